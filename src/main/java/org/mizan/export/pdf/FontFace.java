package org.mizan.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One embedded TrueType face with cached metrics. Text is drawn as glyph ids picked here from the
 * font's Unicode cmap (the shaping is done by ICU beforehand), so PDFBox's own GSUB pass, which is
 * several times slower and not needed for pre-shaped text, never runs. Metrics are in 1/1000 em.
 */
final class FontFace {

    /** Drawn in place of a character the font has no glyph for: PDF/A forbids showing .notdef. */
    static final int FALLBACK = 0xFFFD;

    /**
     * Invisible format characters whose glyphs, in fonts such as Vazirmatn, are empty and have no advance.
     * The text never draws them (format characters are skipped), so their glyphs are free to carry the
     * alef of a lam-alef ligature in the ToUnicode map: see {@link LamAlef}.
     */
    private static final int[] CARRIER_CANDIDATES = {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF};

    final PDType0Font pdf;
    private final CmapLookup cmap;
    private final TrueTypeFont ttf;
    private final float scale;
    private final int[] gids = new int[0x10000];
    private final float[] advances = new float[0x10000];
    private final BoundingBox[] boxes = new BoundingBox[0x10000];
    private final java.util.Map<Integer, float[]> outlines = new java.util.HashMap<>();
    private final float ascent;
    private final float descent;
    /** What each glyph drawn stands for, written as the font's ToUnicode map once the font is subset. */
    private final LogicalToUnicode toUnicode;
    /** Per alef of {@link LamAlef}, the code point whose empty glyph carries it; null if the font has too few. */
    private final int[] carriers;

    private FontFace(PDType0Font pdf) throws IOException {
        this.pdf = pdf;
        this.ttf = ((PDCIDFontType2) pdf.getDescendantFont()).getTrueTypeFont();
        this.cmap = ttf.getUnicodeCmapLookup();
        this.scale = 1000f / ttf.getUnitsPerEm();
        this.ascent = ttf.getHorizontalHeader().getAscender() * scale;
        this.descent = ttf.getHorizontalHeader().getDescender() * scale;
        Arrays.fill(gids, -1);
        this.toUnicode = new LogicalToUnicode(ttf.getNumberOfGlyphs());
        this.carriers = findCarriers();
    }

    private int[] findCarriers() {
        int[] found = new int[LamAlef.alefCount()];
        int n = 0;
        for (int cp : CARRIER_CANDIDATES) {
            if (n < found.length && has(cp) && advance(cp) == 0 && ink(cp) == null) {
                found[n++] = cp;
            }
        }
        return n == found.length ? found : null;
    }

    /**
     * The code point to draw (an empty glyph of no width) for the alef of lam-alef ligature {@code ligatureCp},
     * or -1 when the font has no such glyphs: the ligature's own glyph then stands for both letters.
     */
    int alefCarrier(int ligatureCp) {
        return carriers == null || !LamAlef.isLigature(ligatureCp) ? -1 : carriers[LamAlef.alefIndex(ligatureCp)];
    }

    /** The logical text of the glyph drawn for {@code cp}. */
    private String text(int cp) {
        if (carriers != null) {
            for (int a = 0; a < carriers.length; a++) {
                if (carriers[a] == cp) {
                    return String.valueOf(LamAlef.alef(a));
                }
            }
            if (LamAlef.isLigature(cp)) {
                return "\u0644"; // the lam: its alef has a glyph of its own
            }
        }
        return LogicalToUnicode.logical(cp);
    }

    /** Loads a bundled font (a classpath resource) into {@code doc}, to be embedded as a subset. */
    static FontFace load(PDDocument doc, String resource) throws IOException {
        try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("bundled font missing: " + resource);
            }
            return new FontFace(PDType0Font.load(doc, in, true));
        }
    }

    /** The glyph id for a BMP code point, 0 when the font has none. */
    int gid(int cp) {
        if (cp >= gids.length) {
            return 0;
        }
        int g = gids[cp];
        if (g < 0) {
            g = cmap.getGlyphId(cp);
            gids[cp] = g;
            try {
                advances[cp] = g == 0 ? 0 : ttf.getAdvanceWidth(g) * scale;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return g;
    }

    /**
     * Marks {@code cp} as drawn: its glyph joins the embedded subset and the ToUnicode map, and the glyph
     * id to show is returned.
     */
    int draw(int cp) {
        int g = gid(cp);
        if (!toUnicode.has(g)) {
            pdf.addToSubset(cp);
            toUnicode.drawn(g, text(cp));
        }
        return g;
    }

    /**
     * Embeds the subset of the glyphs drawn, with the ToUnicode map of {@link LogicalToUnicode}. Call once,
     * after the last glyph is drawn; the document must then be written without a second subsetting pass
     * ({@link PdfExporter}), which would put PDFBox's presentation-form map back.
     */
    void embed(PDDocument doc) throws IOException {
        pdf.subset();
        toUnicode.install(doc, pdf);
    }

    boolean has(int cp) {
        return gid(cp) != 0;
    }

    /** Advance width in 1/1000 em; 0 for a code point the font lacks. */
    float advance(int cp) {
        gid(cp);
        return cp < advances.length ? advances[cp] : 0;
    }

    /** The glyph's ink box in 1/1000 em, or null for an empty glyph. */
    BoundingBox ink(int cp) {
        if (cp >= boxes.length || !has(cp)) {
            return null;
        }
        BoundingBox b = boxes[cp];
        if (b == null) {
            try {
                GlyphData g = ttf.getGlyph().getGlyph(gid(cp));
                BoundingBox raw = g == null ? null : g.getBoundingBox();
                b = raw == null ? new BoundingBox(0, 0, 0, 0)
                        : new BoundingBox(raw.getLowerLeftX() * scale, raw.getLowerLeftY() * scale,
                                raw.getUpperRightX() * scale, raw.getUpperRightY() * scale);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            boxes[cp] = b;
        }
        return b.getWidth() == 0 && b.getHeight() == 0 ? null : b;
    }

    /**
     * The glyph's outline in 1/1000 em as a flat list of segments: {@code 0,x,y} move, {@code 1,x,y}
     * line, {@code 2,x1,y1,x2,y2,x3,y3} cubic curve, {@code 3} close.
     */
    float[] outline(int cp) {
        return outlines.computeIfAbsent(cp, c -> {
            try {
                GlyphData g = ttf.getGlyph().getGlyph(gid(c));
                if (g == null) {
                    return new float[0];
                }
                java.awt.geom.PathIterator it = g.getPath().getPathIterator(null);
                float[] seg = new float[6];
                float[] out = new float[64];
                int n = 0;
                float lastX = 0;
                float lastY = 0;
                while (!it.isDone()) {
                    if (n + 7 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    int type = it.currentSegment(seg);
                    switch (type) {
                        case java.awt.geom.PathIterator.SEG_MOVETO, java.awt.geom.PathIterator.SEG_LINETO -> {
                            out[n++] = type == java.awt.geom.PathIterator.SEG_MOVETO ? 0 : 1;
                            out[n++] = lastX = seg[0] * scale;
                            out[n++] = lastY = seg[1] * scale;
                        }
                        case java.awt.geom.PathIterator.SEG_QUADTO -> {
                            // a quadratic TrueType curve as the equivalent cubic
                            float qx = seg[0] * scale;
                            float qy = seg[1] * scale;
                            float ex = seg[2] * scale;
                            float ey = seg[3] * scale;
                            out[n++] = 2;
                            out[n++] = lastX + 2f / 3 * (qx - lastX);
                            out[n++] = lastY + 2f / 3 * (qy - lastY);
                            out[n++] = ex + 2f / 3 * (qx - ex);
                            out[n++] = ey + 2f / 3 * (qy - ey);
                            out[n++] = lastX = ex;
                            out[n++] = lastY = ey;
                        }
                        case java.awt.geom.PathIterator.SEG_CUBICTO -> {
                            out[n++] = 2;
                            for (int i = 0; i < 6; i++) {
                                out[n++] = seg[i] * scale;
                            }
                            lastX = out[n - 2];
                            lastY = out[n - 1];
                        }
                        default -> out[n++] = 3;
                    }
                    it.next();
                }
                return Arrays.copyOf(out, n);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Typographic ascent in 1/1000 em (positive). */
    float ascent() {
        return ascent;
    }

    /** Typographic descent in 1/1000 em (negative). */
    float descent() {
        return descent;
    }

    /** Width of a plain string (no shaping) in 1/1000 em. */
    float width(CharSequence s) {
        float w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += advance(s.charAt(i));
        }
        return w;
    }
}
