package org.mizan.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped model on sentences written for this test (not from any corpus). */
class NerModelTest {

    private static List<String> tokens(String s) {
        return Arrays.asList(s.split(" "));
    }

    @Test
    void tagsPlacesAndPeopleInFreshSentences() {
        NerModel m = NerModel.bundled();
        List<String> toks = tokens("وصل رئيس الوزراء البريطاني إلى القاهرة أمس في زيارة تستمر يومين .");
        List<String> tags = m.tag(toks);
        assertEquals("B-LOC", tags.get(toks.indexOf("القاهرة")), tags.toString());
        assertEquals("O", tags.get(toks.indexOf("أمس")), tags.toString());

        toks = tokens("وقال الرئيس الفرنسي جاك شيراك في مؤتمر صحفي في باريس إن فرنسا تدعم الاتفاق .");
        tags = m.tag(toks);
        assertEquals("B-PERS", tags.get(toks.indexOf("جاك")), tags.toString());
        assertEquals("I-PERS", tags.get(toks.indexOf("شيراك")), tags.toString());
        assertEquals("B-LOC", tags.get(toks.indexOf("باريس")), tags.toString());
        assertEquals("B-LOC", tags.get(toks.indexOf("فرنسا")), tags.toString());
    }

    @Test
    void outputIsAlwaysLegalBio() {
        NerModel m = NerModel.bundled();
        List<String> tags = m.tag(tokens("أعلنت منظمة الأمم المتحدة للطفولة في نيويورك أن الأمين العام كوفي أنان سيزور بغداد ."));
        String prev = "O";
        for (String t : tags) {
            if (t.startsWith("I-")) {
                assertTrue(prev.substring(Math.min(2, prev.length())).equals(t.substring(2)), tags.toString());
            }
            prev = t;
        }
        assertTrue(tags.stream().anyMatch(t -> !t.equals("O")), tags.toString());
    }

    @Test
    void theSecondPassUsesTheDocument() {
        NerModel m = NerModel.bundled();
        List<List<String>> doc = List.of(
                tokens("قال الرئيس الفرنسي جاك شيراك إن بلاده ستساعد ."),
                tokens("وأضاف شيراك أن المساعدات ستصل قريبا ."));
        List<List<String>> tags = m.tagDocument(doc);
        assertEquals(2, tags.size());
        assertEquals("B-PERS", tags.get(1).get(1), tags.toString()); // "وأضاف شيراك": the surname alone
    }

    @Test
    void cachedWordScoresGiveTheSameTagsAsTheFullFeatureLists() {
        // The model sums word features once per word (cached) and context features per token;
        // training sees them as one list per token. Both must score alike, also for a word seen
        // a second time (from the cache) and at sentence edges.
        NerModel m = NerModel.bundled().sentencePassOnly();
        FeatureExtractor fx = new FeatureExtractor(Gazetteer.bundled(), m.classes());
        List<List<String>> doc = List.of(
                tokens("وقال وزير الخارجية المصري سامح شكري للصحفيين في القاهرة إن مصر لن تقبل ."),
                tokens("وأضاف شكري أن وفدا من الاتحاد الأوروبي سيصل إلى القاهرة الأحد ."),
                tokens("الأمم المتحدة"),
                tokens("بغداد"));
        List<int[]> fast = m.decodeDocument(doc);
        for (int s = 0; s < doc.size(); s++) {
            int[] slow = m.decodeFeatures(fx.extract(doc.get(s), m.lexicon()));
            assertTrue(Arrays.equals(slow, fast.get(s)), doc.get(s) + ": " + Arrays.toString(slow) + " vs "
                    + Arrays.toString(fast.get(s)));
        }
        assertTrue(fast.get(0)[doc.get(0).indexOf("القاهرة")] == Labels.index("B-LOC"));
    }

    @Test
    void codecRoundTripKeepsEveryWeight() throws Exception {
        NerModel m = NerModel.bundled();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NerModelCodec.write(m, out);
        NerModel back = NerModelCodec.read(new ByteArrayInputStream(out.toByteArray()));
        assertTrue(m.weights().sameAs(back.weights()));
        assertTrue(Arrays.equals(m.sentencePass().between(), back.sentencePass().between()));
        assertTrue(Arrays.equals(m.documentPass().between(), back.documentPass().between()));
        assertTrue(Arrays.equals(m.documentPass().start(), back.documentPass().start()));
        assertEquals(m.lexicon().word("العراق"), back.lexicon().word("العراق"));
        List<String> s = tokens("وأكد وزير الخارجية السوري فاروق الشرع في دمشق .");
        assertEquals(m.tag(s), back.tag(s));
        // writing is deterministic: the same model gives the same bytes
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        NerModelCodec.write(back, again);
        assertTrue(Arrays.equals(out.toByteArray(), again.toByteArray()));
    }
}
