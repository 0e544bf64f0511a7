package org.mizan.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mizan.model.Figure;
import org.mizan.model.FigureKind;
import org.mizan.model.FigureValue;

/**
 * The real news article in {@code ../shared} (read in place, never copied): the figures a reader
 * of it must see, identified by kind, value and unit rather than by quoting its text. Skipped when
 * {@code ../shared} is not there.
 */
class SharedArticleFiguresTest {

    @Test
    void findsTheArticlesFigures() throws IOException {
        Path article = Path.of("..", "shared", "articles", "syria-withdrawal.txt");
        Assumptions.assumeTrue(Files.isRegularFile(article), "../shared is not available");
        List<Figure> figures = new ArabicFigureFinder().find(Files.readString(article));

        has(figures, FigureKind.DATE, new FigureValue.IsoDate("--01-24"), null, false);
        has(figures, FigureKind.COUNT, new FigureValue.Amount(150), "هجوم", true);
        has(figures, FigureKind.COUNT, new FigureValue.Amount(2500), "جندي", true);
        has(figures, FigureKind.YEAR, new FigureValue.Amount(2014), null, false);
        has(figures, FigureKind.DURATION, new FigureValue.Unknown(), "أشهر", true);
        has(figures, FigureKind.COUNT, new FigureValue.Unknown(), "جنود", true);
        has(figures, FigureKind.DATE, new FigureValue.IsoDate("2024-01-24"), null, false);
        has(figures, FigureKind.DATE, new FigureValue.IsoDate("--08"), null, false);
        has(figures, FigureKind.COUNT, new FigureValue.Amount(2), "مصادر", false);
        has(figures, FigureKind.COUNT, new FigureValue.Amount(3), "مصادر", false);
        assertEquals(2, figures.stream().filter(f -> f.kind() == FigureKind.COUNT
                && f.value().equals(new FigureValue.Amount(4)) && f.unit().equals(Optional.of("مصادر"))).count(),
                "four sources, in words and in digits");
        // The article's two mentions of bilateral relations and its hashtags hold no figure: every
        // figure found is one of the kinds above, or the weekday of "yesterday".
        for (Figure f : figures) {
            assertTrue(f.kind() != FigureKind.NUMBER && f.kind() != FigureKind.ORDINAL, "unexpected " + f);
        }
    }

    private static void has(List<Figure> figures, FigureKind kind, FigureValue value, String unit, boolean approximate) {
        assertTrue(figures.stream().anyMatch(f -> f.kind() == kind && f.value().equals(value)
                && f.unit().equals(Optional.ofNullable(unit)) && f.approximate() == approximate),
                "no " + kind + " " + value + " " + unit + " in " + figures);
    }
}
