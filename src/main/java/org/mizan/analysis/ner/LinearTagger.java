package org.mizan.analysis.ner;

/**
 * One set of perceptron weights: per hashed feature and label, per label pair, per first label.
 *
 * @param weights     {@code FeatureExtractor.BUCKETS * Labels.COUNT}, feature-major
 * @param transitions {@code Labels.COUNT * Labels.COUNT}, previous-label-major
 * @param start       {@code Labels.COUNT}
 */
public record LinearTagger(float[] weights, float[] transitions, float[] start) {

    public LinearTagger {
        if (weights.length != FeatureExtractor.BUCKETS * Labels.COUNT
                || transitions.length != Labels.COUNT * Labels.COUNT || start.length != Labels.COUNT) {
            throw new IllegalArgumentException("weight arrays of the wrong size");
        }
    }

    /** The best BIO-legal label sequence for featurised tokens. */
    public int[] decode(int[][] features) {
        return Viterbi.decode(features, weights, transitions, start);
    }
}
