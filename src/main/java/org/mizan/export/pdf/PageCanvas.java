package org.mizan.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * The content stream of one page, written operator by operator. Glyphs are written as 2-byte
 * glyph ids (Identity-H) straight from {@link FontFace}; each code point drawn is added to the
 * font's subset and to its ToUnicode map, so that viewers copy and search the logical text.
 */
final class PageCanvas {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    final PDPage page;
    private final PDDocument doc;
    private final StringBuilder ops = new StringBuilder(16_384);
    private final Map<FontFace, String> fontNames = new IdentityHashMap<>();
    private boolean inText;
    private FontFace textFont;
    private float textSize;

    PageCanvas(PDDocument doc, PDPage page) {
        this.doc = doc;
        this.page = page;
        if (page.getResources() == null) {
            page.setResources(new PDResources());
        }
    }

    // ---- text ----

    void beginText() {
        if (!inText) {
            ops.append("BT\n");
            inText = true;
            textFont = null;
        }
    }

    void endText() {
        if (inText) {
            ops.append("ET\n");
            inText = false;
        }
    }

    /** Shows code points {@code cps[from, to)} (already shaped, all present in the font) at (x, y). */
    void glyphs(FontFace face, float size, float x, float y, int[] cps, int from, int to) {
        beginText();
        font(face, size);
        num(1).num(0).num(0).num(1).num(x).num(y).ops.append("Tm\n");
        glyphsHere(face, size, cps, from, to);
    }

    /** Shows code points where the previous text ended (the pen position carries on). */
    void glyphsHere(FontFace face, float size, int[] cps, int from, int to) {
        beginText();
        font(face, size);
        ops.append('<');
        for (int i = from; i < to; i++) {
            int cp = cps[i];
            int gid = face.draw(cp);
            ops.append(HEX[(gid >> 12) & 15]).append(HEX[(gid >> 8) & 15]).append(HEX[(gid >> 4) & 15])
                    .append(HEX[gid & 15]);
        }
        ops.append("> Tj\n");
    }

    /**
     * Shows one code point where the previous text ended, in the invisible rendering mode: it is there for text extraction
     * and search only (what is seen is drawn otherwise, see {@link #outline}).
     */
    void invisibleGlyphHere(FontFace face, float size, int cp) {
        beginText();
        ops.append("3 Tr\n");
        glyphsHere(face, size, new int[] {cp}, 0, 1);
        ops.append("0 Tr\n");
    }

    /** Fills a glyph's outline as a path, its origin at (x, y): ink that is not text. */
    void outline(FontFace face, float size, float x, float y, int cp) {
        endText();
        float[] o = face.outline(cp);
        float k = size / 1000f;
        int i = 0;
        boolean any = false;
        while (i < o.length) {
            int type = (int) o[i++];
            switch (type) {
                case 0, 1 -> {
                    num(x + o[i] * k).num(y + o[i + 1] * k).ops.append(type == 0 ? "m\n" : "l\n");
                    i += 2;
                }
                case 2 -> {
                    for (int j = 0; j < 6; j += 2) {
                        num(x + o[i + j] * k).num(y + o[i + j + 1] * k);
                    }
                    ops.append("c\n");
                    i += 6;
                }
                default -> ops.append("h\n");
            }
            any = true;
        }
        if (any) {
            ops.append("f\n");
        }
    }

    /** Shows one code point at (x, y). */
    void glyph(FontFace face, float size, float x, float y, int cp) {
        glyphs(face, size, x, y, new int[] {cp}, 0, 1);
    }

    private void font(FontFace face, float size) {
        if (face != textFont || size != textSize) {
            String name = fontNames.computeIfAbsent(face, f -> page.getResources().add(f.pdf).getName());
            ops.append('/').append(name).append(' ');
            num(size).ops.append("Tf\n");
            textFont = face;
            textSize = size;
        }
    }

    // ---- graphics ----

    void fillColor(float[] rgb) {
        num(rgb[0]).num(rgb[1]).num(rgb[2]).ops.append("rg\n");
    }

    void strokeColor(float[] rgb) {
        num(rgb[0]).num(rgb[1]).num(rgb[2]).ops.append("RG\n");
    }

    void fillRect(float x, float y, float w, float h) {
        endText();
        num(x).num(y).num(w).num(h).ops.append("re f\n");
    }

    void strokeRect(float x, float y, float w, float h, float width) {
        endText();
        num(width).ops.append("w ");
        num(x).num(y).num(w).num(h).ops.append("re S\n");
    }

    void line(float x1, float y1, float x2, float y2, float width) {
        endText();
        num(width).ops.append("w ");
        num(x1).num(y1).ops.append("m ");
        num(x2).num(y2).ops.append("l S\n");
    }

    private PageCanvas num(float v) {
        appendNumber(ops, v);
        ops.append(' ');
        return this;
    }

    /** Writes a number with at most 3 decimals, no exponent (PDF syntax). */
    static void appendNumber(StringBuilder sb, float v) {
        long milli = Math.round(v * 1000.0);
        if (milli < 0) {
            sb.append('-');
            milli = -milli;
        }
        sb.append(milli / 1000);
        long frac = milli % 1000;
        if (frac != 0) {
            sb.append('.');
            if (frac < 100) {
                sb.append('0');
            }
            if (frac < 10) {
                sb.append('0');
            }
            while (frac % 10 == 0) {
                frac /= 10;
            }
            sb.append(frac);
        }
    }

    /** Writes the operators as the page's compressed content stream. */
    void close() throws IOException {
        endText();
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(ops.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        page.setContents(stream);
        ops.setLength(0);
    }
}
