package org.mizan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mizan.model.Span;

class ArabicNormalizerTest {

    private final ArabicNormalizer norm = ArabicNormalizer.forMatching();

    @Test
    void stripsTashkeelAndTatweelAndUnifiesLetters() {
        NormalizedText n = norm.normalize("أَعْلَنَتْ وِزارَةُ الـدفاع إِنّ القُوّاتِ انسحبت إلى مدينةٍ آمِنة");
        assertEquals("اعلنت وزاره الدفاع ان القوات انسحبت الي مدينه امنه", n.text());
    }

    @Test
    void mapsDigitsAndSeparatorsToAscii() {
        assertEquals("قتل 1,200.5 شخص و25%", norm.normalize("قتل ١٬٢٠٠٫٥ شخص و۲۵٪").text());
    }

    @Test
    void stripsBidiAndFormatControls() {
        String text = "\u200Fقال\u200E \u202Bالوزير\u202C\u2066 2024\u2069\u061C";
        assertEquals("قال الوزير 2024", norm.normalize(text).text());
    }

    @Test
    void offsetsMapBackToTheOriginalWord() {
        String text = "قالَ الـمُـتَحَدِّثُ باسمِ الجيشِ";
        NormalizedText n = norm.normalize(text);
        int at = n.text().indexOf("المتحدث");
        Span span = n.originalSpan(at, at + "المتحدث".length(), text);
        assertEquals("الـمُـتَحَدِّثُ", span.of(text));
        assertEquals(text.length(), n.originalOffset(n.text().length()));
    }

    @Test
    void decomposesPresentationFormsWithEveryCharMappedToTheLigature() {
        String text = "\uFEFBبد"; // lam-alef ligature
        NormalizedText n = norm.normalize(text);
        assertEquals("لابد", n.text());
        assertEquals(0, n.originalOffset(0));
        assertEquals(0, n.originalOffset(1));
        assertEquals(1, n.originalOffset(2));
    }

    @Test
    void mapIsMonotonic() {
        NormalizedText n = norm.normalize("إِنَّ ﷲ \u200F١٢ـــ٣ ﻻ");
        for (int i = 1; i < n.toOriginal().length; i++) {
            assertTrue(n.toOriginal()[i - 1] <= n.toOriginal()[i]);
        }
    }

    @Test
    void keyFoldsLikeNormalizeAndLowercasesLatin() {
        assertEquals("الاولي", norm.key("الأُولى"));
        assertEquals("january", norm.key("January"));
        assertEquals(norm.normalize("مِئَة").text(), norm.key("مِئَة"));
    }
}
