package org.mizan.export.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each char of the article landed: its line, its visual slot on that line and its x-range.
 * Highlight quads are read from here after the text is drawn, so a span broken over lines or pages
 * gets one quad per line piece.
 */
final class TextGeometry implements LineDrawer.Sink {

    /** One drawn line: page index and the vertical extent a highlight covers. */
    record LineBox(int page, float bottom, float top) {
    }

    private final int[] line;
    private final int[] slot;
    private final float[] x0;
    private final float[] x1;
    private final List<LineBox> lines = new ArrayList<>();

    TextGeometry(int length) {
        line = new int[length];
        slot = new int[length];
        x0 = new float[length];
        x1 = new float[length];
        Arrays.fill(line, -1);
    }

    void beginLine(int page, float bottom, float top) {
        lines.add(new LineBox(page, bottom, top));
    }

    @Override
    public void place(int absIndex, int visualIndex, float a, float b) {
        line[absIndex] = lines.size() - 1;
        slot[absIndex] = visualIndex;
        x0[absIndex] = a;
        x1[absIndex] = b;
    }

    /** One rectangle of a span on one line. */
    record Piece(int page, float left, float bottom, float right, float top) {
    }

    /**
     * The rectangles covering {@code [start, end)}: per line, one per run of adjacent visual slots
     * (a span stays one piece per line unless bidi reordering splits it visually).
     */
    List<Piece> pieces(int start, int end) {
        List<Piece> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (line[i] < 0) {
                i++;
                continue;
            }
            int ln = line[i];
            int j = i;
            List<int[]> slots = new ArrayList<>();
            while (j < end && (line[j] == ln || line[j] < 0)) {
                if (line[j] == ln) {
                    slots.add(new int[] {slot[j], j});
                }
                j++;
            }
            slots.sort((a, b) -> Integer.compare(a[0], b[0]));
            LineBox box = lines.get(ln);
            int k = 0;
            while (k < slots.size()) {
                float left = x0[slots.get(k)[1]];
                float right = x1[slots.get(k)[1]];
                int prev = slots.get(k)[0];
                k++;
                while (k < slots.size() && slots.get(k)[0] <= prev + 1) {
                    left = Math.min(left, x0[slots.get(k)[1]]);
                    right = Math.max(right, x1[slots.get(k)[1]]);
                    prev = slots.get(k)[0];
                    k++;
                }
                if (right > left) {
                    out.add(new Piece(box.page(), left, box.bottom(), right, box.top()));
                }
            }
            i = j;
        }
        return out;
    }
}
