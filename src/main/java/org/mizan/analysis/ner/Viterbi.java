package org.mizan.analysis.ner;

/**
 * Exact first-order decoding over per-token label scores (emissions), with BIO-illegal
 * transitions excluded. Emissions are computed once per token by the caller, so decoding is
 * only the 9 x 9 label lattice.
 */
final class Viterbi {

    private static final float NEG = -1e30f;
    private static final int L = Labels.COUNT;
    /** Per current label, the previous labels BIO allows (an I-X only after B-X or I-X). */
    private static final int[][] PREVIOUS = new int[L][];

    static {
        for (int cur = 0; cur < L; cur++) {
            int k = 0;
            int[] p = new int[L];
            for (int prev = 0; prev < L; prev++) {
                if (Labels.allowed(prev, cur)) {
                    p[k++] = prev;
                }
            }
            PREVIOUS[cur] = java.util.Arrays.copyOf(p, k);
        }
    }

    private Viterbi() {
    }

    /**
     * @param emit        {@code n * Labels.COUNT} scores, token-major
     * @param n           tokens
     * @param transitions previous-label-major
     */
    static int[] decode(float[] emit, int n, float[] transitions, float[] start) {
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        float[] score = new float[L];
        float[] next = new float[L];
        byte[] back = new byte[n * L];
        for (int l = 0; l < L; l++) {
            score[l] = Labels.allowedAtStart(l) ? start[l] + emit[l] : NEG;
        }
        for (int i = 1; i < n; i++) {
            int base = i * L;
            for (int cur = 0; cur < L; cur++) {
                int[] prevs = PREVIOUS[cur];
                float best = NEG;
                int arg = 0;
                for (int prev : prevs) {
                    float s = score[prev] + transitions[prev * L + cur];
                    if (s > best) {
                        best = s;
                        arg = prev;
                    }
                }
                next[cur] = best + emit[base + cur];
                back[base + cur] = (byte) arg;
            }
            float[] t = score;
            score = next;
            next = t;
        }
        int arg = 0;
        for (int l = 1; l < L; l++) {
            if (score[l] > score[arg]) {
                arg = l;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * L + arg];
        }
        return out;
    }

    /** Adds the weight rows of {@code features} to the scores of one token at {@code base}. */
    static void addRows(int[] features, int count, float[] weights, float[] emit, int base) {
        for (int k = 0; k < count; k++) {
            int row = features[k] * L;
            for (int l = 0; l < L; l++) {
                emit[base + l] += weights[row + l];
            }
        }
    }

    /** The emissions of featurised tokens under {@code weights}. */
    static float[] emissions(int[][] features, float[] weights) {
        float[] emit = new float[features.length * L];
        for (int i = 0; i < features.length; i++) {
            addRows(features[i], features[i].length, weights, emit, i * L);
        }
        return emit;
    }
}
