package org.mizan.ui.editor;

/** Base direction of one paragraph: the direction of its first strong character (Unicode rule P2), RTL when none. */
public enum ParagraphDirection {
    RTL, LTR;

    public static ParagraphDirection of(CharSequence text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return LTR;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return RTL;
                default:
                    i += Character.charCount(cp);
            }
        }
        return RTL;
    }

    public static ParagraphDirection of(CharSequence text) {
        return of(text, 0, text.length());
    }

    public boolean rtl() {
        return this == RTL;
    }
}
