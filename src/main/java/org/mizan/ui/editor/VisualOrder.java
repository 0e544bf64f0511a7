package org.mizan.ui.editor;

import java.text.Bidi;
import java.util.Arrays;

/**
 * Caret stops of one visual line in left-to-right screen order, from the Unicode bidi algorithm
 * (java.text.Bidi, the implementation JavaFX lays text out with). Pure logic, no JavaFX.
 */
public final class VisualOrder {

    private VisualOrder() {
    }

    /**
     * Caret offsets of the line {@code [lineStart, lineEnd)} of {@code paragraph}, left to right
     * on screen; offsets are paragraph-relative and include {@code lineEnd}.
     */
    public static int[] stops(String paragraph, ParagraphDirection base, int lineStart, int lineEnd) {
        if (lineEnd <= lineStart) {
            return new int[] {lineStart};
        }
        Bidi bidi = new Bidi(paragraph, base.rtl() ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        Bidi line = bidi.createLineBidi(lineStart, lineEnd);
        int runs = line.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) line.getRunLevel(r);
            order[r] = r;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        int[] out = new int[(lineEnd - lineStart) + runs + 1];
        int n = 0;
        for (Integer r : order) {
            int s = lineStart + line.getRunStart(r);
            int e = lineStart + line.getRunLimit(r);
            boolean ltr = (line.getRunLevel(r) & 1) == 0;
            for (int k = 0; k <= e - s; k++) {
                int off = ltr ? s + k : e - k;
                if (n == 0 || out[n - 1] != off) {
                    out[n++] = off;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The offset one stop to the left ({@code dx < 0}) or right ({@code dx > 0}) of {@code caret}
     * on its line, or -1 when the caret is already at that end of the line.
     */
    public static int step(int[] stops, int caret, int dx) {
        for (int i = 0; i < stops.length; i++) {
            if (stops[i] == caret) {
                int j = i + Integer.signum(dx);
                return j >= 0 && j < stops.length ? stops[j] : -1;
            }
        }
        return -1;
    }
}
