package org.mizan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mizan.analysis.figures.ArabicFigureFinder;
import org.mizan.model.Figure;
import org.mizan.model.FigureKind;

/** How the side panel writes figure values (no screen needed). */
class PanelRowsTest {

    private static Figure only(String text, FigureKind kind) {
        return new ArabicFigureFinder().find(text).stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aYearIsShownAsWritten() {
        assertEquals("2014", PanelRows.value(only("تأسس التحالف عام 2014 في بغداد.", FigureKind.YEAR)));
    }

    @Test
    void anApproximateCountKeepsItsMarkAndSeparators() {
        String v = PanelRows.value(only("ينتشر نحو 2500 جندي أمريكي في العراق.", FigureKind.COUNT));
        assertEquals("≈ 2,500", v.replace('٬', ','));
    }
}
