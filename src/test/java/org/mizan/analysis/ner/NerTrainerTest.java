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
        NerTrainer.Result a = assertDeterministicAndLearnsTheCorpus(quick);
        assertTrue(a.bestEpoch() >= 1);
    }

    @Test
    void theCrfWithEpochsChosenOnHeldBackTrainingIsDeterministicAndLearnsTheCorpus() throws Exception {
        NerTrainer.Settings quick = new NerTrainer.Settings(3, 1, 3, 8, 2, 5, 7L).with(true, true);
        assertDeterministicAndLearnsTheCorpus(quick);
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
    void cliticFeaturesLetAnAttachedNameShareTheBareWordsFeatures() throws Exception {
        assertEquals("العراق", FeatureExtractor.bare(ArabicForms.key("وللعراق")));
        assertEquals("العراق", FeatureExtractor.bare(ArabicForms.key("بالعراق")));
        assertEquals("واشنطن", FeatureExtractor.bare(ArabicForms.key("وواشنطن")));
        assertEquals("حلب", FeatureExtractor.bare(ArabicForms.key("حلب")));
        List<TaggedSentence> train = corpus();
        Lexicon lexicon = Lexicon.build(train);
        FeatureExtractor plain = new FeatureExtractor(Gazetteer.bundled(), WordClasses.none());
        FeatureExtractor clitic = new FeatureExtractor(Gazetteer.bundled(), WordClasses.none(),
                FeatureExtractor.CLITIC_FORMS);
        List<String> attached = List.of("وصل", "السيد", "رامي", "النجار", "لحمص", ".");
        List<String> bare = List.of("وصل", "السيد", "رامي", "النجار", "حمص", ".");
        // the plain features of لحمص and حمص differ in the form; with the option they also share the
        // bare word's class and its lexicon code (حمص is a B-LOC in training)
        int plainShared = shared(plain.extract(attached, lexicon)[4], plain.extract(bare, lexicon)[4]);
        int cliticShared = shared(clitic.extract(attached, lexicon)[4], clitic.extract(bare, lexicon)[4]);
        assertTrue(cliticShared >= plainShared + 3, plainShared + " -> " + cliticShared);
        // the neighbours see it too
        assertTrue(shared(clitic.extract(attached, lexicon)[3], clitic.extract(bare, lexicon)[3])
                > shared(plain.extract(attached, lexicon)[3], plain.extract(bare, lexicon)[3]));

        NerTrainer.Settings quick = new NerTrainer.Settings(3, 1, 3, 8, 2, 5, 7L).withCliticForms(true);
        NerTrainer.Result r = new NerTrainer(quick).train(NerTrainer.splitDev(train), msg -> { });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NerModelCodec.write(r.model(), bytes);
        NerModel back = NerModelCodec.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(FeatureExtractor.CLITIC_FORMS, back.options());
        assertEquals(List.of("O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O"),
                back.tag(List.of("وقال", "السيد", "رامي", "النجار", "في", "حمص", ".")));
    }

    /** How many distinct features two tokens have in common. */
    private static int shared(int[] a, int[] b) {
        java.util.Set<Integer> common = new java.util.HashSet<>(java.util.Arrays.stream(a).boxed().toList());
        common.retainAll(java.util.Arrays.stream(b).boxed().toList());
        return common.size();
    }

    @Test
    void anEnsembleIsDeterministicAndOneMemberIsTheSingleLearner() throws Exception {
        NerTrainer.Settings quick = new NerTrainer.Settings(3, 1, 3, 8, 2, 5, 7L);
        NerTrainer.Split split = NerTrainer.splitDev(corpus());
        byte[] single = bytes(new NerTrainer(quick).train(split, msg -> { }).model());
        // bagging only ever applies to members after the first
        assertArrayEquals(single, bytes(new NerTrainer(quick.withEnsemble(1, 0.5)).train(split, msg -> { }).model()));
        NerTrainer.Settings three = quick.withEnsemble(3, 0.3);
        NerTrainer.Result a = new NerTrainer(three).train(split, msg -> { });
        byte[] ensemble = bytes(a.model());
        assertArrayEquals(ensemble, bytes(new NerTrainer(three).train(split, msg -> { }).model()));
        assertTrue(!java.util.Arrays.equals(single, ensemble), "three members average to other weights");
        assertEquals(1.0, a.devReport().overall().f1(), 1e-9, a.devReport().format());
        assertEquals(List.of("O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O"),
                a.model().tag(List.of("وقال", "السيد", "نادر", "القيسي", "في", "صيدا", ".")));
    }

    private static byte[] bytes(NerModel model) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NerModelCodec.write(model, out);
        return out.toByteArray();
    }

    @Test
    void wordsInShortQuotedSpansSeeTheWordBeforeTheMark() {
        Lexicon none = Lexicon.build(List.of());
        FeatureExtractor plain = new FeatureExtractor(Gazetteer.bundled(), WordClasses.none());
        FeatureExtractor quotes = new FeatureExtractor(Gazetteer.bundled(), WordClasses.none(),
                FeatureExtractor.QUOTES);
        List<String> programme = List.of("قدمت", "برنامج", "«", "ليالي", "الشرق", "»", "أمس", ".");
        List<String> stadium = List.of("على", "ملعب", "«", "ليالي", "الشرق", "»", "أمس", ".");
        int[][] a = quotes.extract(programme, none);
        int[][] b = plain.extract(programme, none);
        for (int i : new int[] {3, 4}) {
            assertEquals(b[i].length + 2, a[i].length, "token " + i);
        }
        for (int i : new int[] {0, 1, 2, 5, 6, 7}) {
            assertArrayEquals(b[i], a[i], "token " + i);
        }
        // with the option, ليالي after برنامج « and after ملعب « differ in one more feature: the trigger
        int[] c = quotes.extract(stadium, none)[3];
        int[] d = plain.extract(stadium, none)[3];
        assertEquals(a[3].length - shared(a[3], c), b[3].length - shared(b[3], d) + 1);
        // a quotation of speech (longer than a name) and an unclosed mark say nothing
        List<String> speech = List.of("وقال", "«", "لن", "نقبل", "بأي", "حل", "لا", "يضمن", "حقوقنا", "»", ".");
        assertArrayEquals(plain.extract(speech, none)[3], quotes.extract(speech, none)[3]);
        List<String> open = List.of("برنامج", "«", "ليالي", "الشرق");
        assertArrayEquals(plain.extract(open, none)[2], quotes.extract(open, none)[2]);
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

    /** Trains twice with {@code settings}: byte-identical models that score 1.0 on dev and tag a new sentence right. */
    private static NerTrainer.Result assertDeterministicAndLearnsTheCorpus(NerTrainer.Settings settings) throws Exception {
        NerTrainer.Split split = NerTrainer.splitDev(corpus());
        NerTrainer.Result a = new NerTrainer(settings).train(split, msg -> { });
        NerTrainer.Result b = new NerTrainer(settings).train(split, msg -> { });
        ByteArrayOutputStream ba = new ByteArrayOutputStream();
        ByteArrayOutputStream bb = new ByteArrayOutputStream();
        NerModelCodec.write(a.model(), ba);
        NerModelCodec.write(b.model(), bb);
        assertArrayEquals(ba.toByteArray(), bb.toByteArray(), "same data and seed must give the same model");
        assertEquals(1.0, a.devReport().overall().f1(), 1e-9, a.devReport().format());
        assertEquals(List.of("O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O"),
                a.model().tag(List.of("وقال", "السيد", "رامي", "النجار", "في", "حمص", ".")));
        return a;
    }
}
