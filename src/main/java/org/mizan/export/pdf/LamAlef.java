package org.mizan.export.pdf;

/**
 * The lam-alef ligatures (U+FEF5–U+FEFC): one glyph drawn for two letters, lam then one of four alefs.
 * A ToUnicode entry of two letters for one glyph is read back differently by different tools (poppler's
 * {@code pdftotext} reverses it with the rest of a right-to-left line and gives "ال" for "لا"), so the
 * text layer gives every glyph at most one letter: the ligature glyph stands for the lam, and the alef
 * is carried by an empty glyph of zero width written just before it in the content (it comes after the
 * lam once the line is read right to left). See {@link FontFace#alefCarrier}.
 */
final class LamAlef {

    /** The alef of each ligature pair (isolated, final): madda, hamza above, hamza below, plain. */
    private static final char[] ALEF = {'\u0622', '\u0623', '\u0625', '\u0627'};

    private LamAlef() {
    }

    static boolean isLigature(int cp) {
        return cp >= 0xFEF5 && cp <= 0xFEFC;
    }

    /** Which of the four alefs ({@code 0..3}) a ligature holds. */
    static int alefIndex(int ligatureCp) {
        return (ligatureCp - 0xFEF5) / 2;
    }

    static char alef(int index) {
        return ALEF[index];
    }

    static int alefCount() {
        return ALEF.length;
    }
}
