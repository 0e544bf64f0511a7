package org.mizan.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicFormsTest {

    @Test
    void keyFoldsSpellingVariantsAndDropsMarks() {
        assertEquals(ArabicForms.key("الأمريكية"), ArabicForms.key("الامريكيه"));
        assertEquals("مدرسه", ArabicForms.key("مَدْرَسَة"));
        assertEquals("مصطفي", ArabicForms.key("مصطفى"));
        assertEquals("الاسلاميه", ArabicForms.key("الإسلاميّة"));
        assertEquals("2024", ArabicForms.key("٢٠٢٤"));
        assertEquals("سلمت", ArabicForms.key("سلّمت"));
        assertEquals("مصر", ArabicForms.key("مصـــر"));
    }

    @Test
    void stemRemovesProcliticsAndArticle() {
        assertEquals("عراق", ArabicForms.stem(ArabicForms.key("للعراق")));
        assertEquals("عراق", ArabicForms.stem(ArabicForms.key("والعراق")));
        assertEquals("عراق", ArabicForms.stem(ArabicForms.key("بالعراق")));
        assertEquals("واشنطن", ArabicForms.stem(ArabicForms.key("وواشنطن")));
    }

    @Test
    void articleIsSeenBehindClitics() {
        assertTrue(ArabicForms.hasArticle(ArabicForms.key("والخارجية")));
        assertTrue(ArabicForms.hasArticle(ArabicForms.key("للعراق")));
        assertFalse(ArabicForms.hasArticle(ArabicForms.key("واشنطن")));
    }

    @Test
    void cliticCharsCountDiacriticsOfTheWrittenWord() {
        // the fatha on the conjunction belongs to it
        assertEquals(2, ArabicForms.charsForLetters("وَواشنطن", 1));
        assertEquals(1, ArabicForms.charsForLetters("وواشنطن", 1));
        assertEquals("تلفزيون", ArabicForms.clean("تلفزيـون"));
    }
}
