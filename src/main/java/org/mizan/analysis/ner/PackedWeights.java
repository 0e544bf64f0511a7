package org.mizan.analysis.ner;

import java.util.Arrays;

/**
 * The weights of one or two passes as the tagger reads them: only the buckets that carry a
 * weight in either pass, each as one row holding both passes' label weights side by side.
 * Both passes score the same context features, so one lookup serves both, and the rows of
 * about 150k used buckets (a few MB) stay far more cache-friendly than two dense 38 MB arrays.
 */
final class PackedWeights {

    private static final int L = Labels.COUNT;

    /** Row of each bucket, or -1 when no pass has a weight for it. */
    private final int[] rowOf;
    /**
     * {@code rows * passes * L}: per row, pass 1's labels then pass 2's, as IEEE half floats.
     * Three significant digits are plenty for perceptron weights (the dev score does not move),
     * and half the bytes means half the cache misses and a faster start.
     */
    private final short[] rows;
    private final int passes;

    /** As read from a model file: the used buckets in ascending order and their rows. */
    PackedWeights(int buckets, int[] used, short[] rows, int passes) {
        if (passes < 1 || passes > 2 || rows.length != used.length * passes * L) {
            throw new IllegalArgumentException("weight rows of the wrong size");
        }
        this.passes = passes;
        this.rows = rows;
        this.rowOf = new int[buckets];
        Arrays.fill(rowOf, -1);
        for (int r = 0; r < used.length; r++) {
            rowOf[used[r]] = r;
        }
    }

    /** From dense per-pass weights ({@code buckets * L} each; {@code second} may be null). */
    PackedWeights(float[] first, float[] second) {
        int buckets = first.length / L;
        passes = second == null ? 1 : 2;
        rowOf = new int[buckets];
        int used = 0;
        for (int b = 0; b < buckets; b++) {
            rowOf[b] = nonZero(first, b) || second != null && nonZero(second, b) ? used++ : -1;
        }
        int stride = passes * L;
        rows = new short[used * stride];
        for (int b = 0; b < buckets; b++) {
            int r = rowOf[b];
            if (r >= 0) {
                for (int l = 0; l < L; l++) {
                    rows[r * stride + l] = Float.floatToFloat16(first[b * L + l]);
                    if (second != null) {
                        rows[r * stride + L + l] = Float.floatToFloat16(second[b * L + l]);
                    }
                }
            }
        }
    }

    private static boolean nonZero(float[] w, int bucket) {
        for (int l = 0; l < L; l++) {
            if (w[bucket * L + l] != 0) {
                return true;
            }
        }
        return false;
    }

    int passes() {
        return passes;
    }

    /**
     * Adds the rows of {@code features} to token {@code base}'s scores: pass 1 into
     * {@code first}, pass 2 into {@code second} (ignored for a one-pass model).
     */
    void add(int[] features, int count, float[] first, float[] second, int base) {
        int stride = passes * L;
        for (int k = 0; k < count; k++) {
            int r = rowOf[features[k]];
            if (r < 0) {
                continue;
            }
            int at = r * stride;
            for (int l = 0; l < L; l++) {
                first[base + l] += Float.float16ToFloat(rows[at + l]);
            }
            if (passes == 2) {
                at += L;
                for (int l = 0; l < L; l++) {
                    second[base + l] += Float.float16ToFloat(rows[at + l]);
                }
            }
        }
    }

    /** Adds one pass's rows of {@code features} to the scores at {@code base}. */
    void addPass(int pass, int[] features, int count, float[] emit, int base) {
        int stride = passes * L;
        for (int k = 0; k < count; k++) {
            int r = rowOf[features[k]];
            if (r >= 0) {
                int at = r * stride + pass * L;
                for (int l = 0; l < L; l++) {
                    emit[base + l] += Float.float16ToFloat(rows[at + l]);
                }
            }
        }
    }

    /** Pass 1's weights alone, for a sentence-level model. */
    PackedWeights firstPassOnly() {
        if (passes == 1) {
            return this;
        }
        int[] used = usedBuckets();
        short[] one = new short[used.length * L];
        for (int r = 0; r < used.length; r++) {
            System.arraycopy(rows, r * 2 * L, one, r * L, L);
        }
        return new PackedWeights(rowOf.length, used, one, 1);
    }

    /** The buckets that have a row, ascending (rows were assigned in bucket order). */
    int[] usedBuckets() {
        int[] out = new int[usedRows()];
        for (int b = 0; b < rowOf.length; b++) {
            if (rowOf[b] >= 0) {
                out[rowOf[b]] = b;
            }
        }
        return out;
    }

    int buckets() {
        return rowOf.length;
    }

    /** The rows, {@code passes * L} half floats each (not a copy: callers only read). */
    short[] rows() {
        return rows;
    }

    int usedRows() {
        return rows.length / (passes * L);
    }

    boolean sameAs(PackedWeights o) {
        return passes == o.passes && Arrays.equals(rowOf, o.rowOf) && Arrays.equals(rows, o.rows);
    }
}
