package org.mizan.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mizan.analysis.figures.ArabicFigureFinder;
import org.mizan.model.Figure;
import org.mizan.model.FigureKind;

/** Values as the PDF's notes and figure index write them. */
class FormatsTest {

    private static Figure only(String text, FigureKind kind) {
        return new ArabicFigureFinder().find(text).stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void yearsAreWrittenWithoutThousandsSeparators() {
        assertEquals("2014", Formats.value(only("تأسس التحالف عام 2014 في بغداد.", FigureKind.YEAR)));
        assertEquals("2023", Formats.value(only("ارتفعت الواردات في عام ٢٠٢٣ بشكل كبير.", FigureKind.YEAR)));
    }

    @Test
    void quantitiesKeepTheirSeparators() {
        assertEquals("2,500 جندي", Formats.value(only("ينتشر نحو 2500 جندي أمريكي في العراق.", FigureKind.COUNT)));
        assertEquals("3,500,000 USD", Formats.value(only("خصصت الأمم المتحدة 3.5 مليون دولار للبرنامج.", FigureKind.MONEY)));
    }

    @Test
    void aFractionalYearValueIsStillShown() {
        Figure odd = new Figure(new org.mizan.model.Span(0, 4), FigureKind.YEAR,
                new org.mizan.model.FigureValue.Amount(2014.5), Optional.empty(), false);
        assertEquals("2,014.5", Formats.value(odd));
    }
}
