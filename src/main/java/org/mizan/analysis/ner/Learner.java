package org.mizan.analysis.ner;

/**
 * A way of fitting the tagger's linear weights one epoch at a time ({@link PerceptronLearner},
 * {@link CrfLearner}); both produce weights for the same Viterbi decoder.
 */
sealed interface Learner permits PerceptronLearner, CrfLearner {

    /** One pass over the sentences in {@code order}; returns its loss (what it is depends on the learner). */
    double epoch(int[][][] features, int[][] gold, int[] order);

    /** The weights to tag with now (a copy: training may go on). */
    LinearTagger snapshot();
}
