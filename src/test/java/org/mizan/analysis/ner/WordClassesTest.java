package org.mizan.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClassesTest {

    /** Sentences written for this test: towns and people, each in their own frames. */
    private static List<List<String>> text() {
        String[] towns = {"حلب", "حمص", "صيدا", "طرطوس", "اربد"};
        String[] people = {"سامي", "نادر", "رامي", "هالة", "وليد"};
        String[] verbs = {"قال", "أكد", "أعلن", "نفى"};
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(List.of("وصل", "الوفد", "إلى", towns[i % towns.length], "صباح", "اليوم"));
            out.add(List.of(verbs[i % verbs.length], "السيد", people[i % people.length], "إن", "الاتفاق", "قريب"));
        }
        return out;
    }

    @Test
    void wordsInTheSameFramesShareAClassAndCoarseClassesGroupFineOnes() {
        WordClasses c = WordClasses.learn(text(), 8, 3, 11L);
        assertTrue(c.hasCoarse());
        int town = c.classOf(ArabicForms.key("حلب"));
        for (String t : List.of("حمص", "صيدا", "طرطوس", "اربد")) {
            assertEquals(town, c.classOf(ArabicForms.key(t)), t);
        }
        assertNotEquals(town, c.classOf(ArabicForms.key("سامي")));
        // every fine class lies inside one coarse class
        Map<Integer, Integer> coarseOfFine = new HashMap<>();
        for (List<String> s : text()) {
            for (String w : s) {
                String k = ArabicForms.key(w);
                Integer was = coarseOfFine.putIfAbsent(c.classOf(k), c.coarseOf(k));
                if (was != null) {
                    assertEquals(was, c.coarseOf(k), w);
                }
                assertTrue(c.coarseOf(k) < 3, w);
            }
        }
        // an unseen word still gets both classes, from its ending
        assertEquals(c.coarseOf(ArabicForms.key("درعا")), c.coarseOf(ArabicForms.key("دارا")));
    }

    @Test
    void classesWithoutACoarseLevelGiveNoCoarseFeature() {
        WordClasses c = WordClasses.learn(text(), 8, 11L);
        assertFalse(c.hasCoarse());
        assertEquals(-1, c.coarseOf(ArabicForms.key("حلب")));
        assertFalse(new WordClasses(c.asMap()).hasCoarse(), "a model stored before coarse classes reads as it did");
    }
}
