package org.mizan.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.model.Figure;
import org.mizan.model.FigureValue;
import org.mizan.model.Span;

/**
 * The table of figure cases in {@code figures/cases.psv}: each row names one figure that must be
 * found with exactly that text, kind, value, unit and approximate flag, or (kind NONE) a piece of
 * text no figure may touch.
 */
class ArabicFigureFinderTableTest {

    private static final ArabicFigureFinder FINDER = new ArabicFigureFinder();

    record Case(int line, String sentence, String figure, String kind, String value, String unit, String approx) {
        @Override
        public String toString() {
            return line + ": " + sentence + " → " + figure;
        }
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = ArabicFigureFinderTableTest.class.getResourceAsStream("/figures/cases.psv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Case> out = new java.util.ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] c = l.split("\\|", -1);
                if (c.length != 6) {
                    throw new IllegalStateException("line " + (i + 1) + " has " + c.length + " columns");
                }
                out.add(new Case(i + 1, c[0], c[1], c[2], c[3], c[4], c[5]));
            }
            return out;
        }
    }

    static Stream<Arguments> rows() throws IOException {
        return cases().stream().map(Arguments::of);
    }

    @Test
    void tableHasAtLeast150Cases() throws IOException {
        assertTrue(cases().size() >= 150, "only " + cases().size() + " cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void figure(Case c) {
        List<Figure> found = FINDER.find(c.sentence());
        int at = c.sentence().indexOf(c.figure());
        assertTrue(at >= 0, "expected text not in sentence");
        Span expected = new Span(at, at + c.figure().length());
        String seen = describe(c.sentence(), found);
        if (c.kind().equals("NONE")) {
            for (Figure f : found) {
                assertTrue(!f.span().overlaps(expected), "false figure: " + seen);
            }
            return;
        }
        Figure f = found.stream().filter(x -> x.span().equals(expected)).findFirst()
                .orElseGet(() -> fail("no figure [" + c.figure() + "]; found " + seen));
        assertEquals(c.kind(), f.kind().name(), seen);
        assertEquals(c.value(), value(f.value()), seen);
        assertEquals(c.unit().equals("-") ? Optional.empty() : Optional.of(c.unit()), f.unit(), seen);
        assertEquals(Boolean.parseBoolean(c.approx()), f.approximate(), seen);
    }

    static String value(FigureValue v) {
        return switch (v) {
            case FigureValue.Amount a -> number(a.value());
            case FigureValue.Range r -> number(r.low()) + ".." + number(r.high());
            case FigureValue.IsoDate d -> d.iso();
            case FigureValue.Unknown u -> "null";
        };
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    static String describe(String text, List<Figure> figures) {
        StringBuilder sb = new StringBuilder();
        for (Figure f : figures) {
            sb.append("[").append(f.span().of(text)).append(" ").append(f.kind()).append(" ").append(value(f.value()))
                    .append(" ").append(f.unit().orElse("-")).append(f.approximate() ? " ~" : "").append("] ");
        }
        return sb.toString();
    }
}
