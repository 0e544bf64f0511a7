package org.mizan.analysis.ner;

/**
 * The label-sequence weights of one pass: per label pair and per first label.
 *
 * @param between {@code Labels.COUNT * Labels.COUNT}, previous-label-major
 * @param start   {@code Labels.COUNT}
 */
record Transitions(float[] between, float[] start) {

    Transitions {
        if (between.length != Labels.COUNT * Labels.COUNT || start.length != Labels.COUNT) {
            throw new IllegalArgumentException("transition arrays of the wrong size");
        }
    }

    static Transitions of(LinearTagger t) {
        return new Transitions(t.transitions(), t.start());
    }

    /** The best BIO-legal label sequence for {@code n} tokens' scores. */
    int[] decode(float[] emissions, int n) {
        return Viterbi.decode(emissions, n, between, start);
    }
}
