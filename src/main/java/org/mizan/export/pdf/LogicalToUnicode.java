package org.mizan.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font's ToUnicode map, written by us instead of PDFBox: every glyph drawn maps to the
 * <em>logical</em> letters it stands for, not to the code point it was picked by. Arabic is drawn with
 * presentation-form glyphs (U+FB50–U+FDFF, U+FE70–U+FEFF: initial, medial, final and isolated forms and
 * the lam-alef ligatures), and PDFBox maps each such glyph back to that presentation form, so a viewer that
 * does not normalise copies and searches letters no keyboard types. Here a presentation form maps to its
 * compatibility decomposition (ﺳ → س); any other glyph maps to the code point drawn. The lam-alef
 * ligatures are split over two glyphs by {@link FontFace} when it can (see {@link LamAlef}).
 *
 * <p>The map is keyed by glyph id: the content streams show glyph ids (Identity-H) and the embedded subset
 * keeps the original ids through its CIDToGIDMap, so CID = original glyph id.
 */
final class LogicalToUnicode {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** bfchar entries per block: the CMap syntax allows at most 100. */
    private static final int BLOCK = 100;

    /** Glyph id → text; null for a glyph not drawn. Indexed by id, so the CMap lists codes ascending. */
    private final String[] text;
    private int size;

    LogicalToUnicode(int glyphs) {
        text = new String[glyphs];
    }

    /** Records that glyph {@code gid} was drawn standing for {@code letters}; the first record wins. */
    void drawn(int gid, String letters) {
        if (gid > 0 && gid < text.length && text[gid] == null) {
            text[gid] = letters;
            size++;
        }
    }

    /** Whether glyph {@code gid} was recorded (glyph 0, .notdef, always counts as recorded: it has no text). */
    boolean has(int gid) {
        return gid <= 0 || gid >= text.length || text[gid] != null;
    }

    /** The logical text a glyph drawn for {@code cp} stands for. */
    static String logical(int cp) {
        if (isArabicPresentationForm(cp)) {
            String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            // a spacing mark form (U+FE70..) decomposes to a space and the mark: the mark is the text
            return d.strip().isEmpty() ? d : d.strip();
        }
        return new String(Character.toChars(cp));
    }

    static boolean isArabicPresentationForm(int cp) {
        return cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF && cp != 0xFEFF;
    }

    int size() {
        return size;
    }

    /** Sets this map as {@code font}'s ToUnicode; call after the font was subset, which rewrites it. */
    void install(PDDocument doc, PDType0Font font) throws IOException {
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap());
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    /** The CMap program (PDF 32000-1 §9.10.3), bfchar entries only. */
    byte[] cmap() {
        StringBuilder sb = new StringBuilder(256 + size * 20);
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int gid = 0;
        for (int left = size; left > 0; ) {
            int n = Math.min(BLOCK, left);
            sb.append(n).append(" beginbfchar\n");
            for (int i = 0; i < n; i++, gid++) {
                while (text[gid] == null) {
                    gid++;
                }
                sb.append('<');
                hex(sb, gid);
                sb.append("> <");
                String s = text[gid];
                for (int j = 0; j < s.length(); j++) {
                    hex(sb, s.charAt(j));
                }
                sb.append(">\n");
            }
            sb.append("endbfchar\n");
            left -= n;
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void hex(StringBuilder sb, int v) {
        sb.append(HEX[(v >> 12) & 15]).append(HEX[(v >> 8) & 15]).append(HEX[(v >> 4) & 15]).append(HEX[v & 15]);
    }
}
