package org.mizan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CliticsTest {

    @Test
    void stripsArticleWithItsProclitics() {
        assertEquals("مدينة", Clitics.stem("والمدينة"));
        assertEquals("حكومة", Clitics.stem("بالحكومة"));
        assertEquals("جيش", Clitics.stem("للجيش"));
        assertEquals("سوريين", Clitics.stem("السوريين"));
        CliticSplit s = Clitics.split("فبالمدينة");
        assertEquals("فبال", s.prefixes());
        assertTrue(s.hasArticle());
    }

    @Test
    void leavesAmbiguousInitialLettersAlone() {
        assertEquals("وزير", Clitics.stem("وزير"));
        assertEquals("بلد", Clitics.stem("بلد"));
        assertEquals("الم", Clitics.stem("الم")); // too short to hold an article
    }

    @Test
    void stripsAttachedPronounsFromArticlelessStems() {
        CliticSplit s = Clitics.split("حكومتها");
        assertEquals("حكومت", s.stem("حكومتها"));
        assertEquals("ها", s.suffix());
        assertEquals("الكرامة", "الكرامة".substring(0, Clitics.split("الكرامة").stemEnd()));
    }

    @Test
    void offsetsSkipMarksAndTatweel() {
        String word = "وَالـمَدينة";
        CliticSplit s = Clitics.split(word);
        assertEquals("مَدينة", s.stem(word));
    }

    @Test
    void candidatesListEveryReadingLeastStrippedFirst() {
        List<String> stems = Clitics.candidates("وبأربعة").stream().map(c -> c.stem("وبأربعة")).toList();
        assertEquals(List.of("وبأربعة", "بأربعة", "أربعة"), stems);
        List<String> definite = Clitics.candidates("للمرة").stream().map(c -> c.stem("للمرة")).toList();
        assertEquals(List.of("للمرة", "لمرة"), definite);
        assertEquals("لل", Clitics.candidates("للمرة").get(1).prefixes());
    }
}
