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
            x += p.advance[i] * k;
            x1[v] = x;
            if (p.kind[i] == ShapedParagraph.SPACE) {
                x += place[1];
            }
        }
        int[] slot = new int[p.length];
        java.util.Arrays.fill(slot, -1);
        for (int s = 0; s < vis.length; s++) {
            slot[vis[s]] = s;
        }
        // marks of each base letter, in logical order
        int[] firstMark = new int[p.length];
        java.util.Arrays.fill(firstMark, -1);
        for (int i = line.to() - 1; i >= line.from(); i--) {
            if (p.kind[i] == ShapedParagraph.MARK) {
                int base = base(p, i, line.from());
                if (base >= 0 && slot[base] >= 0) {
                    firstMark[base] = i;
                }
            }
        }

        // Text extractors rebuild logical order line by line only when a line is one run of text with
        // real space glyphs between its words, and merge a mark into its letter only when the mark
        // comes right after that letter in the stream: so spaces are drawn, and marks follow their base.
        int[] run = new int[vis.length];
        int n = 0;
        float runX = 0;
        for (int v = 0; v < vis.length; v++) {
            int i = vis[v];
            byte kind = p.kind[i];
            if (kind != ShapedParagraph.DRAW && kind != ShapedParagraph.SPACE) {
                continue;
            }
            if (n == 0) {
                runX = x0[v];
            }
            run[n++] = kind == ShapedParagraph.SPACE ? ' ' : p.glyph[i];
            boolean marks = kind == ShapedParagraph.DRAW && firstMark[i] >= 0;
            if (marks || (kind == ShapedParagraph.SPACE && place[1] != 0)) {
                c.glyphs(font, size, runX, baseline, run, 0, n);
                n = 0;
            }
            if (marks) {
                drawMarks(c, p, i, firstMark[i], line.to(), font, size, x0[v], x1[v], baseline);
            }
        }
        if (n > 0) {
            c.glyphs(font, size, runX, baseline, run, 0, n);
        }

        if (sink != null) {
            for (int i = line.from(); i < line.to(); i++) {
                int s = slot[i];
                if (s < 0) {
                    continue;
                }
                float a = x0[s];
                float b = x1[s];
                int owner = p.kind[i] == ShapedParagraph.MARK ? base(p, i, line.from())
                        : p.kind[i] == ShapedParagraph.SKIP ? p.ligature[i] : -1;
                if (owner >= 0 && slot[owner] >= 0) {
                    a = x0[slot[owner]];
                    b = x1[slot[owner]];
                }
                sink.place(p.start + i, s, a, b);
            }
        }
    }

    /** Draws the marks following {@code base} (from {@code first}) stacked over or under it. */
    private static void drawMarks(PageCanvas c, ShapedParagraph p, int base, int first, int lineEnd, FontFace font,
                                  float size, float baseX, float baseEnd, float baseline) {
        float k = size / 1000f;
        float stackAbove = 0;
        float stackBelow = 0;
        for (int i = first; i < lineEnd && (p.kind[i] == ShapedParagraph.MARK || p.kind[i] == ShapedParagraph.SKIP); i++) {
            if (p.kind[i] != ShapedParagraph.MARK) {
                continue;
            }
            float[] offsets = markOffset(font, p.glyph[base], p.glyph[i], stackAbove, stackBelow);
            BoundingBox m = font.ink(p.glyph[i]);
            if (m != null) {
                if (offsets[1] >= 0) {
                    stackAbove += m.getHeight() + MARK_GAP;
                } else {
                    stackBelow += m.getHeight() + MARK_GAP;
                }
            }
            // the mark's origin stays inside its letter's advance (moving it a fraction of a point at
            // most on narrow letters such as alef): extractors merge a mark into the letter it lies in
            float inset = Math.min(0.1f, (baseEnd - baseX) / 4);
            float mx = Math.clamp(baseX + offsets[0] * k, baseX + inset, baseEnd - inset);
            c.glyph(font, size, mx, baseline + offsets[1] * k, p.glyph[i]);
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
