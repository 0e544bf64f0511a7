package org.mizan.export.pdf;

import org.apache.fontbox.util.BoundingBox;

/**
 * Draws a laid-out line: glyphs left to right in visual order, runs split at spaces, combining
 * marks placed over their base letter. Reports where every char of the line landed, which is
 * what highlight quads are built from.
 */
final class LineDrawer {

    /** Receives the x-range of each char drawn (marks and ligature parts get their base's range). */
    interface Sink {
        void place(int absIndex, int visualIndex, float x0, float x1);
    }

    /** Gap between a mark and the letter it sits on, 1/1000 em. */
    private static final float MARK_GAP = 40;

    private LineDrawer() {
    }

    /** The x where the line's first visual glyph starts and the extra width per space. */
    static float[] placement(Line line, float size, float boxLeft, float boxWidth, Align align) {
        float w = line.width() * size / 1000f;
        float extra = 0;
        float x = switch (align) {
            case LEFT -> boxLeft;
            case RIGHT -> boxLeft + boxWidth - w;
            case CENTER -> boxLeft + (boxWidth - w) / 2;
            case JUSTIFY -> {
                boolean ltr = !line.para().rtl;
                if (!line.last() && line.spaces() > 0 && boxWidth - w < boxWidth * 0.25f) {
                    extra = (boxWidth - w) / line.spaces();
                    yield boxLeft;
                }
                yield ltr ? boxLeft : boxLeft + boxWidth - w;
            }
        };
        return new float[] {x, extra};
    }

    static void draw(PageCanvas c, Line line, FontFace font, float size, float boxLeft, float boxWidth,
                     Align align, float baseline, Sink sink) {
        ShapedParagraph p = line.para();
        int[] vis = line.visual();
        if (vis.length == 0) {
            return;
        }
        float[] place = placement(line, size, boxLeft, boxWidth, align);
        float k = size / 1000f;
        float[] x0 = new float[vis.length];
        float[] x1 = new float[vis.length];
        float x = place[0];
        for (int v = 0; v < vis.length; v++) {
            int i = vis[v];
            x0[v] = x;
            if (p.kind[i] == ShapedParagraph.SPACE) {
                x += place[1];
            }
            x += p.advance[i] * k;
            x1[v] = x;
        }
        // runs of glyphs between spaces, one text operator each
        int v = 0;
        while (v < vis.length) {
            while (v < vis.length && p.kind[vis[v]] != ShapedParagraph.DRAW) {
                v++;
            }
            int runStart = v;
            int n = 0;
            int[] cps = new int[vis.length - v];
            while (v < vis.length && p.kind[vis[v]] != ShapedParagraph.SPACE) {
                if (p.kind[vis[v]] == ShapedParagraph.DRAW) {
                    cps[n++] = p.glyph[vis[v]];
                }
                v++;
            }
            if (n > 0) {
                c.glyphs(font, size, x0[runStart], baseline, cps, 0, n);
            }
        }
        // logical index -> visual slot, for marks and ligature parts that take their base's place
        int[] slot = new int[p.length];
        java.util.Arrays.fill(slot, -1);
        for (int s = 0; s < vis.length; s++) {
            slot[vis[s]] = s;
        }
        float stackAbove = 0;
        float stackBelow = 0;
        int lastBase = -1;
        for (int i = line.from(); i < line.to(); i++) {
            int s = slot[i];
            if (s < 0) {
                continue;
            }
            float a = x0[s];
            float b = x1[s];
            if (p.kind[i] == ShapedParagraph.SKIP && p.ligature[i] >= 0 && slot[p.ligature[i]] >= 0) {
                a = x0[slot[p.ligature[i]]];
                b = x1[slot[p.ligature[i]]];
            } else if (p.kind[i] == ShapedParagraph.MARK) {
                int base = base(p, i, line.from());
                if (base != lastBase) {
                    stackAbove = 0;
                    stackBelow = 0;
                    lastBase = base;
                }
                if (base >= 0 && slot[base] >= 0) {
                    a = x0[slot[base]];
                    b = x1[slot[base]];
                    float[] offsets = markOffset(font, p.glyph[base], p.glyph[i], stackAbove, stackBelow);
                    BoundingBox m = font.ink(p.glyph[i]);
                    if (m != null) {
                        if (offsets[1] >= 0) {
                            stackAbove += m.getHeight() + MARK_GAP;
                        } else {
                            stackBelow += m.getHeight() + MARK_GAP;
                        }
                    }
                    c.glyph(font, size, a + offsets[0] * k, baseline + offsets[1] * k, p.glyph[i]);
                } else {
                    c.glyph(font, size, a, baseline, p.glyph[i]);
                }
            }
            if (sink != null) {
                sink.place(p.start + i, s, a, b);
            }
        }
    }

    /** The letter a mark belongs to: the nearest preceding drawn char (ligature parts resolve to the ligature). */
    private static int base(ShapedParagraph p, int mark, int lineFrom) {
        for (int j = mark - 1; j >= lineFrom; j--) {
            if (p.kind[j] == ShapedParagraph.DRAW) {
                return j;
            }
            if (p.kind[j] == ShapedParagraph.SKIP && p.ligature[j] >= 0) {
                return p.ligature[j];
            }
            if (p.kind[j] == ShapedParagraph.SPACE) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where to draw a mark relative to its base glyph's origin, 1/1000 em: centred on the base's ink,
     * and lifted above (or dropped below) tall letters and marks already stacked there.
     */
    private static float[] markOffset(FontFace font, int baseCp, int markCp, float stackAbove, float stackBelow) {
        BoundingBox base = font.ink(baseCp);
        BoundingBox mark = font.ink(markCp);
        if (mark == null) {
            return new float[] {0, 0};
        }
        float baseCenter = base == null ? font.advance(baseCp) / 2 : (base.getLowerLeftX() + base.getUpperRightX()) / 2;
        float dx = baseCenter - (mark.getLowerLeftX() + mark.getUpperRightX()) / 2;
        float dy;
        if (mark.getLowerLeftY() >= 0) {
            float top = (base == null ? 0 : base.getUpperRightY()) + stackAbove;
            dy = Math.max(0, top + MARK_GAP - mark.getLowerLeftY());
        } else {
            float bottom = (base == null ? 0 : Math.min(0, base.getLowerLeftY())) - stackBelow;
            dy = Math.min(0, bottom - MARK_GAP - mark.getUpperRightY());
        }
        return new float[] {dx, dy};
    }
}
