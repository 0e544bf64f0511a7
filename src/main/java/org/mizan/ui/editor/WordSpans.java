package org.mizan.ui.editor;

import org.mizan.model.Span;

/**
 * Grows a span to whole words for display. JavaFX shapes each Text node on its own, so a style
 * boundary inside an Arabic word breaks the joining of its letters; a highlight is therefore
 * painted over whole words while the data span stays exact.
 */
public final class WordSpans {

    private WordSpans() {
    }

    /** True if {@code text} may be cut at {@code offset} without splitting a word (or a surrogate pair). */
    public static boolean safeCut(CharSequence text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return true;
        }
        char before = text.charAt(offset - 1);
        char after = text.charAt(offset);
        if (Character.isHighSurrogate(before) && Character.isLowSurrogate(after)) {
            return false;
        }
        return !(wordChar(before) && wordChar(after));
    }

    /** The span grown at both ends to the nearest safe cut. */
    public static Span display(CharSequence text, Span span) {
        int start = Math.min(span.start(), text.length());
        int end = Math.min(span.end(), text.length());
        while (!safeCut(text, start)) {
            start--;
        }
        while (!safeCut(text, end)) {
            end++;
        }
        return new Span(start, end);
    }

    /** Letters, digits, combining marks, tatweel and joiners: the characters that make one word. */
    static boolean wordChar(char c) {
        if (Character.isLetterOrDigit(c) || c == '\u200D' || c == '\u200C') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || Character.isSurrogate(c);
    }
}
