package org.mizan.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrfLearnerTest {

    /** A sentence written for this test: "the minister Samir al-Hakim visited Amman". */
    private static final TaggedSentence SENTENCE = new TaggedSentence(
            List.of("زار", "الوزير", "سمير", "الحكيم", "عمان"),
            List.of("O", "O", "B-PERS", "I-PERS", "B-LOC"));

    private static int[][] features(TaggedSentence s) {
        return new FeatureExtractor(Gazetteer.bundled(), WordClasses.none()).extract(s.tokens(), Lexicon.build(List.of()));
    }

    /** Label sequences BIO allows, counted by brute force. */
    private static int legalPaths(int n) {
        int count = 0;
        int total = (int) Math.pow(Labels.COUNT, n);
        for (int code = 0; code < total; code++) {
            int prev = -1;
            boolean ok = true;
            int c = code;
            for (int i = 0; i < n && ok; i++) {
                int l = c % Labels.COUNT;
                c /= Labels.COUNT;
                ok = i == 0 ? Labels.allowedAtStart(l) : Labels.allowed(prev, l);
                prev = l;
            }
            count += ok ? 1 : 0;
        }
        return count;
    }

    @Test
    void theNormaliserCountsOnlyBioLegalPaths() {
        // with all weights zero every legal path is equally likely, so the loss is log(#legal paths)
        CrfLearner crf = new CrfLearner(FeatureExtractor.BUCKETS, 0.1, 1.0);
        int[][][] f = {features(SENTENCE)};
        int[][] gold = {NerTrainer.legalLabels(SENTENCE)};
        double loss = crf.epoch(f, gold, new int[] {0});
        assertEquals(Math.log(legalPaths(SENTENCE.size())), loss, 1e-6);
    }

    @Test
    void fitsASentenceAndItsLossFalls() {
        CrfLearner crf = new CrfLearner(FeatureExtractor.BUCKETS, 0.1, 1.0);
        int[][][] f = {features(SENTENCE)};
        int[][] gold = {NerTrainer.legalLabels(SENTENCE)};
        double first = crf.epoch(f, gold, new int[] {0});
        double last = first;
        for (int e = 0; e < 20; e++) {
            last = crf.epoch(f, gold, new int[] {0});
        }
        assertTrue(last < first / 10, first + " -> " + last);
        assertArrayEquals(gold[0], crf.snapshot().decode(f[0]));
    }

    @Test
    void anInsideTagAfterOutsideIsReadAsABeginning() {
        TaggedSentence odd = new TaggedSentence(List.of("في", "عمان"), List.of("O", "I-LOC"));
        assertArrayEquals(new int[] {Labels.O, Labels.index("B-LOC")}, NerTrainer.legalLabels(odd));
    }
}
