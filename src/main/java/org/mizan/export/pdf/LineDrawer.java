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
        // where each mark goes, worked out in logical order so that stacked marks build outwards
        float[] markX = new float[p.length];
        float[] markY = new float[p.length];
        int lastBase = -1;
        float stackAbove = 0;
        float stackBelow = 0;
        for (int i = line.from(); i < line.to(); i++) {
            if (p.kind[i] != ShapedParagraph.MARK || slot[i] < 0) {
                continue;
            }
            int base = base(p, i, line.from());
            if (base < 0 || slot[base] < 0) {
                markX[i] = x0[slot[i]];
                continue;
            }
            if (base != lastBase) {
                lastBase = base;
                stackAbove = 0;
                stackBelow = 0;
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
            float baseX = x0[slot[base]];
            markX[i] = baseX + offsets[0] * k;
            markY[i] = offsets[1] * k;
        }

        // Text extractors rebuild logical order line by line only when a line is one run of text with
        // real space glyphs between its words, and read the content order of glyphs as visual order:
        // so spaces are drawn, and every glyph is written in visual order, a mark of right-to-left text
        // just before its letter. The mark's text is invisible and has no advance, so it sits exactly
        // where its letter starts (the pen is never moved between them); its ink is drawn apart.
        // A lam-alef ligature's glyph stands for the lam; its alef is an empty glyph of no width written
        // just before it (see LamAlef): at the slot of the letter absorbed into the ligature, which comes
        // first in visual order, so that marks between the two letters keep their place.
        boolean[] partnered = new boolean[p.length];
        for (int v = 0; v < vis.length; v++) {
            int i = vis[v];
            if (p.kind[i] == ShapedParagraph.SKIP && p.ligature[i] >= 0) {
                partnered[p.ligature[i]] = true;
            }
        }
        int[] run = new int[2 * vis.length];
        int n = 0;
        float runX = 0;
        boolean moved = true;
        for (int v = 0; v < vis.length; v++) {
            int i = vis[v];
            byte kind = p.kind[i];
            int carrier = kind == ShapedParagraph.SKIP && p.ligature[i] >= 0 ? font.alefCarrier(p.glyph[p.ligature[i]])
                    : kind == ShapedParagraph.DRAW && !partnered[i] ? font.alefCarrier(p.glyph[i]) : -1;
            if (carrier >= 0) {
                if (n == 0) {
                    runX = x0[v];
                }
                run[n++] = carrier;
            }
            if (kind == ShapedParagraph.MARK) {
                if (n > 0) {
                    moved = show(c, font, size, run, n, runX, baseline, moved);
                    n = 0;
                }
                if (moved) {
                    c.glyphs(font, size, x0[v], baseline, new int[0], 0, 0);
                    moved = false;
                }
                c.invisibleGlyphHere(font, size, p.glyph[i]);
                continue;
            }
            if (kind != ShapedParagraph.DRAW && kind != ShapedParagraph.SPACE) {
                continue;
            }
            if (n == 0) {
                runX = x0[v];
            }
            run[n++] = kind == ShapedParagraph.SPACE ? ' ' : p.glyph[i];
            if (kind == ShapedParagraph.SPACE && place[1] != 0) {
                show(c, font, size, run, n, runX, baseline, moved);
                n = 0;
                moved = true;
            }
        }
        if (n > 0) {
            show(c, font, size, run, n, runX, baseline, moved);
        }
        for (int i = line.from(); i < line.to(); i++) {
            if (p.kind[i] == ShapedParagraph.MARK && slot[i] >= 0) {
                c.outline(font, size, markX[i], baseline + markY[i], p.glyph[i]);
            }
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

    /** Shows a run, placing the pen first only if it was moved; returns false (the pen is in place). */
    private static boolean show(PageCanvas c, FontFace font, float size, int[] run, int n, float x, float baseline,
                                boolean moved) {
        if (moved) {
            c.glyphs(font, size, x, baseline, run, 0, n);
        } else {
            c.glyphsHere(font, size, run, 0, n);
        }
        return false;
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
