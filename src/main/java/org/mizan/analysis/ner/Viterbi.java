package org.mizan.analysis.ner;

/** Exact first-order decoding over hashed features, with BIO-illegal transitions excluded. */
final class Viterbi {

    private static final float NEG = -1e30f;

    private Viterbi() {
    }

    static int[] decode(int[][] features, float[] weights, float[] transitions, float[] start) {
        int n = features.length;
        int labels = Labels.COUNT;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        float[] emit = new float[labels];
        float[] score = new float[labels];
        float[] next = new float[labels];
        int[] back = new int[n * labels];
        emissions(features[0], weights, emit);
        for (int l = 0; l < labels; l++) {
            score[l] = Labels.allowedAtStart(l) ? start[l] + emit[l] : NEG;
        }
        for (int i = 1; i < n; i++) {
            emissions(features[i], weights, emit);
            for (int cur = 0; cur < labels; cur++) {
                float best = NEG;
                int arg = 0;
                for (int prev = 0; prev < labels; prev++) {
                    if (!Labels.allowed(prev, cur)) {
                        continue;
                    }
                    float s = score[prev] + transitions[prev * labels + cur];
                    if (s > best) {
                        best = s;
                        arg = prev;
                    }
                }
                next[cur] = best + emit[cur];
                back[i * labels + cur] = arg;
            }
            float[] t = score;
            score = next;
            next = t;
        }
        int arg = 0;
        for (int l = 1; l < labels; l++) {
            if (score[l] > score[arg]) {
                arg = l;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * labels + arg];
        }
        return out;
    }

    private static void emissions(int[] features, float[] weights, float[] emit) {
        int labels = Labels.COUNT;
        java.util.Arrays.fill(emit, 0);
        for (int f : features) {
            int base = f * labels;
            for (int l = 0; l < labels; l++) {
                emit[l] += weights[base + l];
            }
        }
    }
}
