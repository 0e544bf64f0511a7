package org.mizan.analysis.ner;

/**
 * One set of perceptron weights: per hashed feature and label, per label pair, per first label.
 *
 * @param weights     {@code buckets * Labels.COUNT}, feature-major (buckets a power of two)
 * @param transitions {@code Labels.COUNT * Labels.COUNT}, previous-label-major
 * @param start       {@code Labels.COUNT}
 */
public record LinearTagger(float[] weights, float[] transitions, float[] start) {

    public LinearTagger {
        int rows = weights.length / Labels.COUNT;
        if (weights.length % Labels.COUNT != 0 || Integer.bitCount(rows) != 1
                || transitions.length != Labels.COUNT * Labels.COUNT || start.length != Labels.COUNT) {
            throw new IllegalArgumentException("weight arrays of the wrong size");
        }
    }

    /** log2 of the number of feature buckets. */
    public int bits() {
        return Integer.numberOfTrailingZeros(weights.length / Labels.COUNT);
    }

    /** The best BIO-legal label sequence for featurised tokens. */
    public int[] decode(int[][] features) {
        return Viterbi.decode(Viterbi.emissions(features, weights), features.length, transitions, start);
    }

    /** The best BIO-legal label sequence for tokens whose scores are already summed. */
    int[] decode(float[] emissions, int n) {
        return Viterbi.decode(emissions, n, transitions, start);
    }
}
