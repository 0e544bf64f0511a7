package org.mizan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> render(String text) {
        return tokenizer.tokenize(text).stream().map(t -> t.kind() + ":" + t.text(text)).toList();
    }

    @Test
    void wordsNumbersAndPunctuationWithOffsets() {
        String text = "قُتل 1,200.5 شخصٍ، وأصيب ١٬٢٠٠٫٥ آخرون.";
        assertEquals(List.of("WORD:قُتل", "NUMBER:1,200.5", "WORD:شخصٍ", "PUNCTUATION:،", "WORD:وأصيب",
                "NUMBER:١٬٢٠٠٫٥", "WORD:آخرون", "PUNCTUATION:."), render(text));
    }

    @Test
    void cliticsGluedToDigitsAndTatweel() {
        assertEquals(List.of("WORD:بـ", "NUMBER:150", "WORD:جندياً"), render("بـ150 جندياً"));
        assertEquals(List.of("NUMBER:2014", "PUNCTUATION:."), render("2014."));
    }

    @Test
    void urlsHandlesAndHashtags() {
        String text = "نشرت @Reuters_AR على https://example.org/a?b=1. وسم #سوريا_الآن و#غزة";
        assertEquals(List.of("WORD:نشرت", "HANDLE:@Reuters_AR", "WORD:على", "URL:https://example.org/a?b=1",
                "PUNCTUATION:.", "WORD:وسم", "HASHTAG:#سوريا_الآن", "WORD:و", "PUNCTUATION:#", "WORD:غزة"),
                render(text));
    }

    @Test
    void symbolsAndLatinText() {
        assertEquals(List.of("SYMBOL:$", "NUMBER:5", "WORD:million", "PUNCTUATION:%", "WORD:F", "PUNCTUATION:-",
                "NUMBER:16"), render("$5 million % F-16"));
    }

    @Test
    void zwnjInsideAWordAndBidiMarksBetweenWords() {
        String text = "\u200Fمي\u200Cخواهم\u200F 3";
        assertEquals(List.of("WORD:مي\u200Cخواهم", "NUMBER:3"), render(text));
    }

    @Test
    void emptyAndWhitespaceOnly() {
        assertEquals(List.of(), render(""));
        assertEquals(List.of(), render(" \n\t\u00A0"));
    }
}
