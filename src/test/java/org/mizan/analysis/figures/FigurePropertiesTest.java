package org.mizan.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mizan.export.AnalysisJson;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Figure;
import org.mizan.model.FigureKind;
import org.mizan.model.FigureValue;

/** Invariants of the figure finder on arbitrary and on figure-dense generated text. */
class FigurePropertiesTest {

    private static final ArabicFigureFinder FINDER = new ArabicFigureFinder();

    /** Words figures are made of, glued with spaces, punctuation and marks in random order. */
    @Provide
    Arbitrary<String> figureSoup() {
        Arbitrary<String> word = Arbitraries.of("نحو", "150", "هجوماً", "بين", "و20", "وعشرين", "ثلاثة", "آلاف",
                "مليون", "ونصف", "دولار", "كويتي", "دينار", "24", "من", "كانون", "الثاني", "آب", "الماضي", "أمس",
                "الأربعاء", "عام", "2014", "عدة", "أشهر", "مئات", "الجنود", "%", "بالمئة", "في", "المئة", "الأول",
                "الـ", "بـ", "-", "/", ":", "،", ".", "٢٠٢٤", "١٢٫٥", "1,200.5", "January", "24,", "أكثر", "أقل",
                "ما", "يقرب", "$", "F-16", "G20", "عشر", "أحد", "واحد", "يومين", "ساعة", "واحدة", "أو", "إلى",
                "الثمانينات", "القرن", "مساء", "يوم", "\u064B", "\u0640", "\u200F", "www.x.org/1", "#وسم_2024", "@a1");
        Arbitrary<String> sep = Arbitraries.of(" ", " ", " ", "", "\n", "، ");
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                word.list().ofMaxSize(40).flatMap(ws -> sep.list().ofSize(ws.size()).map(ss -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < ws.size(); i++) {
                        sb.append(ws.get(i)).append(ss.get(i));
                    }
                    return sb.toString();
                })));
    }

    @Property(tries = 600)
    void spansLieInTheTextInOrderWithoutOverlap(@ForAll("figureSoup") String text) {
        List<Figure> figures = FINDER.find(text);
        int last = 0;
        for (Figure f : figures) {
            assertTrue(f.span().start() >= last, "overlap or disorder at " + f);
            assertTrue(f.span().end() <= text.length() && f.span().length() > 0);
            last = f.span().end();
        }
        JsonNode json = AnalysisJson.toTree(new Analysis(Article.of(text, "t"), List.of(), List.of(), figures,
                List.of(), List.of())).get("figures");
        assertEquals(figures.size(), json.size());
        for (int i = 0; i < figures.size(); i++) {
            JsonNode n = json.get(i);
            assertEquals(text.substring(n.get("start").asInt(), n.get("end").asInt()), n.get("text").asText());
            FigureValue v = figures.get(i).value();
            switch (v) {
                case FigureValue.Amount a -> assertEquals(a.value(), n.get("value").asDouble());
                case FigureValue.Range r -> assertTrue(n.get("value").asDouble() < n.get("high").asDouble());
                case FigureValue.IsoDate d -> assertEquals(d.iso(), n.get("value").asText());
                case FigureValue.Unknown u -> assertTrue(n.get("value").isNull());
            }
        }
    }

    @Property(tries = 300)
    void anyDigitCountWithANounIsACount(@ForAll @IntRange(min = 3, max = 99_999_999) int n,
                                        @ForAll("script") String script) {
        String digits = toScript(String.valueOf(n), script);
        String text = "قالت الوزارة إن " + digits + " مواطن عادوا";
        List<Figure> figures = FINDER.find(text);
        assertEquals(1, figures.size(), text);
        Figure f = figures.get(0);
        assertEquals(FigureKind.COUNT, f.kind());
        assertEquals(new FigureValue.Amount(n), f.value());
        assertEquals(Optional.of("مواطن"), f.unit());
        assertEquals(digits + " مواطن", f.span().of(text));
    }

    @Property(tries = 400)
    void numberWordsReadBackToTheirValue(@ForAll @IntRange(min = 3, max = 999_999) int n) {
        String words = ArabicNumberWords.masculine(n);
        String text = "أفادت التقارير بوصول " + words + " زائر إلى المعرض";
        List<Figure> figures = FINDER.find(text);
        assertEquals(1, figures.size(), text + " → " + figures);
        assertEquals(new FigureValue.Amount(n), figures.get(0).value(), text);
        assertEquals(words + " زائر", figures.get(0).span().of(text));
    }

    @Provide
    Arbitrary<String> script() {
        return Arbitraries.of("latin", "arabic-indic", "persian");
    }

    private static String toScript(String ascii, String script) {
        char zero = switch (script) {
            case "arabic-indic" -> '\u0660';
            case "persian" -> '\u06F0';
            default -> '0';
        };
        StringBuilder sb = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            sb.append((char) (zero + (c - '0')));
        }
        return sb.toString();
    }
}
