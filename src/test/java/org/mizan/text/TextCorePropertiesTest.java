package org.mizan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mizan.model.Span;

/** Invariants of the text primitives on arbitrary input, Arabic-heavy. */
class TextCorePropertiesTest {

    @Provide
    Arbitrary<String> arabicish() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("أإآاىيةهوبلكفالمنسعشقثتحجخدذرزطظغصضءئؤ ١٢٣0123456789.,٫٬،؛؟!%:/\n\u064B\u064E\u0651\u0652\u0640\u200F\u200E\u200C\u202B\uFEFB\uFDF2@#_-\"«»")
                        .ofMaxLength(200),
                Arbitraries.strings().all().ofMaxLength(100));
    }

    @Property(tries = 400)
    void normalisationMapsBackMonotonically(@ForAll("arabicish") String text) {
        NormalizedText n = ArabicNormalizer.forMatching().normalize(text);
        int[] map = n.toOriginal();
        assertEquals(n.text().length() + 1, map.length);
        assertEquals(text.length(), map[map.length - 1]);
        for (int i = 0; i < map.length; i++) {
            assertTrue(map[i] >= 0 && map[i] <= text.length());
            if (i > 0) {
                assertTrue(map[i - 1] <= map[i], "map decreases at " + i);
            }
        }
        for (int s = 0; s < n.text().length(); s += 3) {
            int e = Math.min(n.text().length(), s + 5);
            Span span = n.originalSpan(s, e, text);
            assertTrue(span.end() <= text.length() && span.start() <= span.end());
        }
    }

    @Property(tries = 400)
    void tokensAreOrderedDisjointAndNonBlank(@ForAll("arabicish") String text) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        int last = 0;
        for (Token t : tokens) {
            assertTrue(t.start() >= last && t.end() <= text.length());
            assertTrue(!t.text(text).isBlank());
            last = t.end();
        }
    }

    @Property(tries = 300)
    void sentencesAreOrderedDisjointAndTrimmed(@ForAll("arabicish") String text) {
        int last = 0;
        for (Span s : new SentenceSplitter().split(text)) {
            assertTrue(s.start() >= last && s.end() <= text.length() && s.length() > 0);
            last = s.end();
        }
    }

    @Property(tries = 300)
    void cliticSplitsStayInsideTheWord(@ForAll("arabicish") String word) {
        CliticSplit s = Clitics.split(word);
        assertTrue(s.prefixEnd() <= s.stemEnd() && s.stemEnd() <= word.length());
        for (CliticSplit c : Clitics.candidates(word)) {
            assertTrue(c.prefixEnd() <= c.stemEnd() && c.stemEnd() <= word.length());
        }
    }
}
