package org.mizan.analysis.ner;

import java.util.Arrays;

/**
 * Trains the tagger's linear model as an averaged structured perceptron (Collins 2002): decode
 * each sentence with the current weights and, where the best path differs from the gold one,
 * add the gold path's features and subtract the predicted path's. The average of the weights
 * over every step is what tags. Same weights and decoder as {@link CrfLearner}, so the two can be
 * compared under one protocol.
 */
final class PerceptronLearner implements Learner {

    private static final int L = Labels.COUNT;

    private final Averaged w;
    private final Averaged trans = new Averaged(L * L);
    private final Averaged start = new Averaged(L);
    private long clock = 1;

    PerceptronLearner(int buckets) {
        this.w = new Averaged(buckets * L);
    }

    /** One pass; returns the number of sentences it got wrong. */
    @Override
    public double epoch(int[][][] features, int[][] gold, int[] order) {
        int mistakes = 0;
        for (int idx : order) {
            int[][] f = features[idx];
            int[] g = gold[idx];
            int[] pred = Viterbi.decode(Viterbi.emissions(f, w.current), f.length, trans.current, start.current);
            if (!Arrays.equals(pred, g)) {
                mistakes++;
                update(f, g, pred);
            }
            clock++;
        }
        return mistakes;
    }

    @Override
    public LinearTagger snapshot() {
        return new LinearTagger(w.average(clock), trans.average(clock), start.average(clock));
    }

    private void update(int[][] f, int[] gold, int[] pred) {
        for (int i = 0; i < gold.length; i++) {
            if (gold[i] != pred[i]) {
                for (int feature : f[i]) {
                    w.add(feature * L + gold[i], 1, clock);
                    w.add(feature * L + pred[i], -1, clock);
                }
            }
            int g = i == 0 ? -1 : gold[i - 1];
            int p = i == 0 ? -1 : pred[i - 1];
            if (g != p || gold[i] != pred[i]) {
                if (i == 0) {
                    start.add(gold[i], 1, clock);
                    start.add(pred[i], -1, clock);
                } else {
                    trans.add(g * L + gold[i], 1, clock);
                    trans.add(p * L + pred[i], -1, clock);
                }
            }
        }
    }

    /**
     * Weights with the lazy averaging trick: avg = w - (sum of clock * delta) / clock. Only the
     * entries ever updated are visited when averaging (most hashed buckets never are).
     */
    private static final class Averaged {
        final float[] current;
        final double[] stamped;
        final boolean[] touched;
        int[] touchedList = new int[1024];
        int touchedCount;

        Averaged(int size) {
            current = new float[size];
            stamped = new double[size];
            touched = new boolean[size];
        }

        void add(int i, float delta, long clock) {
            current[i] += delta;
            stamped[i] += clock * (double) delta;
            if (!touched[i]) {
                touched[i] = true;
                if (touchedCount == touchedList.length) {
                    touchedList = Arrays.copyOf(touchedList, touchedCount * 2);
                }
                touchedList[touchedCount++] = i;
            }
        }

        float[] average(long clock) {
            float[] out = new float[current.length];
            for (int k = 0; k < touchedCount; k++) {
                int i = touchedList[k];
                out[i] = (float) (current[i] - stamped[i] / clock);
            }
            return out;
        }
    }
}
