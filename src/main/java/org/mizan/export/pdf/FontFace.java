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

    final PDType0Font pdf;
    private final CmapLookup cmap;
    private final TrueTypeFont ttf;
    private final float scale;
    private final int[] gids = new int[0x10000];
    private final float[] advances = new float[0x10000];
    private final BoundingBox[] boxes = new BoundingBox[0x10000];
    private final float ascent;
    private final float descent;

    private FontFace(PDType0Font pdf) throws IOException {
        this.pdf = pdf;
        this.ttf = ((PDCIDFontType2) pdf.getDescendantFont()).getTrueTypeFont();
        this.cmap = ttf.getUnicodeCmapLookup();
        this.scale = 1000f / ttf.getUnitsPerEm();
        this.ascent = ttf.getHorizontalHeader().getAscender() * scale;
        this.descent = ttf.getHorizontalHeader().getDescender() * scale;
        Arrays.fill(gids, -1);
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
