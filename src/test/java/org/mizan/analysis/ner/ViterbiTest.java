package org.mizan.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ViterbiTest {

    private static final int L = Labels.COUNT;

    @Test
    void bioConstraintsOverrideStrongInsideScores() {
        float[] w = new float[FeatureExtractor.BUCKETS * L];
        // feature 7 strongly wants I-PERS everywhere; I-PERS may not open a sentence or follow O
        w[7 * L + Labels.index("I-PERS")] = 10;
        w[7 * L + Labels.index("B-PERS")] = 6;
        LinearTagger t = new LinearTagger(w, new float[L * L], new float[L]);
        int[] labels = t.decode(new int[][] {{7}, {7}, {7}});
        assertArrayEquals(new int[] {Labels.index("B-PERS"), Labels.index("I-PERS"), Labels.index("I-PERS")}, labels);
    }

    @Test
    void transitionsCanChangeTheBestPath() {
        float[] w = new float[FeatureExtractor.BUCKETS * L];
        w[1 * L + Labels.index("B-LOC")] = 2;
        w[1 * L + Labels.O] = 1.5f;
        w[2 * L + Labels.index("B-LOC")] = 2;
        float[] trans = new float[L * L];
        // two places in a row are unusual: penalise B-LOC B-LOC
        trans[Labels.index("B-LOC") * L + Labels.index("B-LOC")] = -5;
        LinearTagger t = new LinearTagger(w, trans, new float[L]);
        assertArrayEquals(new int[] {Labels.O, Labels.index("B-LOC")}, t.decode(new int[][] {{1}, {2}}));
    }

    @Test
    void labelsKnowTheirTypes() {
        assertEquals("PERS", Labels.type(Labels.index("I-PERS")));
        assertEquals(false, Labels.allowed(Labels.index("B-LOC"), Labels.index("I-ORG")));
        assertEquals(true, Labels.allowed(Labels.index("B-ORG"), Labels.index("I-ORG")));
        assertEquals(0, new LinearTagger(new float[FeatureExtractor.BUCKETS * L], new float[L * L], new float[L])
                .decode(new int[0][]).length);
    }
}
