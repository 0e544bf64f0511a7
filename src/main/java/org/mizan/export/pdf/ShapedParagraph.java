package org.mizan.export.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.Bidi;

/**
 * One paragraph of text, shaped once: for every UTF-16 index of the paragraph, the code point to
 * draw (a presentation form), what kind of glyph it is, and its advance. Shaping keeps one output
 * char per input char ({@code LENGTH_FIXED_SPACES_NEAR}) so every index still lines up with the
 * article's offsets; a letter absorbed into a lam-alef ligature becomes a zero-width SKIP.
 */
final class ShapedParagraph {

    /** A glyph with an advance. */
    static final byte DRAW = 0;
    /** An inter-word space: advance, nothing drawn (the gap is the space). */
    static final byte SPACE = 1;
    /** A combining mark (harakat, tanween, shadda): drawn over its base, no advance. */
    static final byte MARK = 2;
    /** Nothing drawn, no advance: a letter merged into a ligature, a format or control char. */
    static final byte SKIP = 3;

    private static final ArabicShaping SHAPER = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.LENGTH_FIXED_SPACES_NEAR | ArabicShaping.TEXT_DIRECTION_LOGICAL);

    final CharSequence text;
    /** Absolute index of the paragraph's first char in {@link #text}. */
    final int start;
    final int length;
    final int[] glyph;
    final byte[] kind;
    /** Advance in 1/1000 em. */
    final float[] advance;
    /** For a SKIP char merged into a ligature, the index of the ligature glyph; else -1. */
    final int[] ligature;
    final Bidi bidi;
    final boolean rtl;

    ShapedParagraph(CharSequence text, int start, int end, FontFace font, boolean rtl) {
        this.text = text;
        this.start = start;
        this.length = end - start;
        this.rtl = rtl;
        String logical = text.subSequence(start, end).toString();
        String shaped;
        try {
            shaped = SHAPER.shape(logical);
        } catch (ArabicShapingException e) {
            shaped = logical; // unshaped letters are still legible and keep every offset
        }
        if (shaped.length() != logical.length()) {
            shaped = logical;
        }
        bidi = new Bidi();
        bidi.setPara(oneBidiParagraph(logical), rtl ? Bidi.RTL : Bidi.LTR, null);

        glyph = new int[length];
        kind = new byte[length];
        advance = new float[length];
        ligature = new int[length];
        java.util.Arrays.fill(ligature, -1);
        float space = font.advance(' ');
        for (int i = 0; i < length; i++) {
            char c = logical.charAt(i);
            char s = shaped.charAt(i);
            int type = Character.getType(c);
            if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(logical.charAt(i - 1))) {
                kind[i] = SKIP;
            } else if (Character.isHighSurrogate(c)) {
                int cp = logical.codePointAt(i);
                glyph[i] = font.has(cp) ? cp : FontFace.FALLBACK;
                kind[i] = DRAW;
            } else if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                // ICU turns tanween and other marks into spacing presentation forms (U+FE70..) that
                // show detached; keep the combining mark and place it over its base when drawn.
                glyph[i] = font.has(c) ? c : 0;
                kind[i] = glyph[i] == 0 ? SKIP : MARK;
            } else if (c == ' ' || c == '\t' || c == '\u00A0' || Character.isSpaceChar(c)) {
                kind[i] = SPACE;
                advance[i] = c == '\t' ? 4 * space : space;
            } else if (s == ' ' || type == Character.FORMAT || type == Character.CONTROL) {
                kind[i] = SKIP;
                if (s == ' ' && c != ' ') {
                    ligature[i] = ligatureNeighbour(logical, shaped, i);
                }
            } else {
                int cp = s;
                if (rtl && bidi.getLevelAt(i) % 2 == 1 && UCharacter.isMirrored(c)) {
                    cp = UCharacter.getMirror(c);
                }
                if (!font.has(cp)) {
                    cp = font.has(c) ? c : FontFace.FALLBACK;
                }
                glyph[i] = cp;
                kind[i] = DRAW;
            }
            if (kind[i] == DRAW) {
                advance[i] = font.advance(glyph[i]);
            }
        }
    }

    /**
     * The index next to {@code i} holding the lam-alef ligature it was merged into. Marks between the two
     * letters (a fatha on the lam of "لَا") are stepped over: ICU forms the ligature across them.
     */
    private static int ligatureNeighbour(String logical, String shaped, int i) {
        for (int step : new int[] {-1, 1}) {
            int j = i + step;
            while (j >= 0 && j < shaped.length() && Character.getType(logical.charAt(j)) == Character.NON_SPACING_MARK) {
                j += step;
            }
            if (j >= 0 && j < shaped.length() && LamAlef.isLigature(shaped.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    boolean isSpace(int i) {
        return kind[i] == SPACE;
    }

    /**
     * The text with characters that end a bidi paragraph (U+001C–U+001E, U+0085, U+2029 and line
     * breaks) read as spaces: the caller lays out one paragraph, and ICU's {@code Bidi.setLine}
     * throws for a line that crosses a bidi paragraph boundary. Same length, so offsets hold.
     */
    private static String oneBidiParagraph(String logical) {
        char[] chars = null;
        for (int i = 0; i < logical.length(); i++) {
            if (UCharacter.getDirection(logical.charAt(i)) == UCharacterDirection.BLOCK_SEPARATOR) {
                if (chars == null) {
                    chars = logical.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? logical : new String(chars);
    }
}
