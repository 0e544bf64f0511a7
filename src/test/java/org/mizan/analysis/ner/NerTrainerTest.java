package org.mizan.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerTrainerTest {

    /** Sentences written for this test: a title, a two-word name, a place. */
    private static List<TaggedSentence> corpus() {
        String[][] people = {{"سامي", "الحلبي"}, {"نادر", "القيسي"}, {"رامي", "النجار"}, {"هالة", "المصري"}};
        String[] places = {"حلب", "حمص", "بيروت", "دمشق", "صيدا"};
        List<TaggedSentence> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String[] p = people[i % people.length];
            out.add(new TaggedSentence(List.of("وقال", "السيد", p[0], p[1], "في", places[i % places.length], "."),
                    List.of("O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O")));
        }
        return out;
    }

    @Test
    void devSplitIsTheLastTenth() {
        List<TaggedSentence> all = corpus();
        NerTrainer.Split split = NerTrainer.splitDev(all);
        assertEquals(27, split.train().size());
        assertEquals(all.subList(27, 30), split.dev());
    }

    @Test
    void trainingIsDeterministicAndLearnsTheCorpus() throws Exception {
        NerTrainer.Settings quick = new NerTrainer.Settings(3, 1, 3, 8, 2, 5, 7L);
        NerTrainer.Split split = NerTrainer.splitDev(corpus());
        NerTrainer.Result a = new NerTrainer(quick).train(split, msg -> { });
        NerTrainer.Result b = new NerTrainer(quick).train(split, msg -> { });
        ByteArrayOutputStream ba = new ByteArrayOutputStream();
        ByteArrayOutputStream bb = new ByteArrayOutputStream();
        NerModelCodec.write(a.model(), ba);
        NerModelCodec.write(b.model(), bb);
        assertArrayEquals(ba.toByteArray(), bb.toByteArray(), "same data and seed must give the same model");
        assertEquals(1.0, a.devReport().overall().f1(), 1e-9, a.devReport().format());
        assertTrue(a.bestEpoch() >= 1);
        assertEquals(List.of("O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O"),
                a.model().tag(List.of("وقال", "السيد", "رامي", "النجار", "في", "حمص", ".")));
    }

    @Test
    void theCrfWithEpochsChosenOnHeldBackTrainingIsDeterministicAndLearnsTheCorpus() throws Exception {
        NerTrainer.Settings quick = new NerTrainer.Settings(3, 1, 3, 8, 2, 5, 7L).with(true, true);
        NerTrainer.Split split = NerTrainer.splitDev(corpus());
        NerTrainer.Result a = new NerTrainer(quick).train(split, msg -> { });
        NerTrainer.Result b = new NerTrainer(quick).train(split, msg -> { });
        ByteArrayOutputStream ba = new ByteArrayOutputStream();
        ByteArrayOutputStream bb = new ByteArrayOutputStream();
        NerModelCodec.write(a.model(), ba);
        NerModelCodec.write(b.model(), bb);
        assertArrayEquals(ba.toByteArray(), bb.toByteArray(), "same data and seed must give the same model");
        assertEquals(1.0, a.devReport().overall().f1(), 1e-9, a.devReport().format());
        assertEquals(List.of("O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O"),
                a.model().tag(List.of("وقال", "السيد", "رامي", "النجار", "في", "حمص", ".")));
    }

    @Test
    void reportingVerbsAreAFeatureOnlyWhenAskedForAndTheModelRemembersIt() throws Exception {
        List<String> said = List.of("وقال", "السيد", "رامي", "النجار", "في", "حمص", ".");
        List<String> visited = List.of("وزار", "السيد", "رامي", "النجار", "مدينة", "حمص", ".");
        Lexicon none = Lexicon.build(List.of());
        FeatureExtractor plain = new FeatureExtractor(Gazetteer.bundled(), WordClasses.none());
        FeatureExtractor flagged = new FeatureExtractor(Gazetteer.bundled(), WordClasses.none(), true);
        // the name two words after وقال sees the flag; nothing changes in a sentence without a reporting verb
        assertTrue(flagged.extract(said, none)[2].length > plain.extract(said, none)[2].length);
        assertArrayEquals(plain.extract(visited, none)[2], flagged.extract(visited, none)[2]);

        NerTrainer.Settings quick = new NerTrainer.Settings(3, 1, 3, 8, 2, 5, 7L).withReportingVerbs(true);
        NerTrainer.Result r = new NerTrainer(quick).train(NerTrainer.splitDev(corpus()), msg -> { });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NerModelCodec.write(r.model(), bytes);
        NerModel back = NerModelCodec.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(back.reportingVerbs());
        assertEquals(r.model().tag(said), back.tag(said));
        assertEquals(List.of("O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O"), back.tag(said));
    }

    @Test
    void jackknifeFoldsAreContiguousBlocks() {
        assertEquals(0, Lexicon.fold(0, 100, 10));
        assertEquals(0, Lexicon.fold(9, 100, 10));
        assertEquals(1, Lexicon.fold(10, 100, 10));
        assertEquals(9, Lexicon.fold(99, 100, 10));
        // a name that only the first third of the sentences contain is unknown to that third's lexicon
        List<TaggedSentence> sentences = new ArrayList<>(corpus());
        for (int i = 0; i < 10; i++) {
            sentences.set(i, new TaggedSentence(List.of("زار", "طرطوس"), List.of("O", "B-LOC")));
        }
        Lexicon[] folds = Lexicon.jackknife(sentences, 3);
        assertEquals(0, folds[0].word(ArabicForms.key("طرطوس")));
        assertEquals(Labels.index("B-LOC"), folds[1].usualLabel(ArabicForms.key("طرطوس")));
        assertEquals(Labels.index("B-LOC"), folds[2].usualLabel(ArabicForms.key("طرطوس")));
    }
}
