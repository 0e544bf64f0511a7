package org.mizan.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.model.Figure;
import org.mizan.model.FigureKind;

/**
 * Inputs no article has but a file or a paste can: what the finder makes of them. How fast it does
 * so is measured in {@code org.mizan.bench.TextFiguresBench}, not here.
 */
class AdversarialInputTest {

    private final ArabicFigureFinder finder = new ArabicFigureFinder();

    @Test
    void aHundredThousandDigitsAreOneNumberTooLargeToHaveAValue() {
        String digits = "9".repeat(100_000);
        List<Figure> figures = finder.find("بلغ العدد " + digits + " شخص");
        // 10^100000 is not a finite double: no value can be given, so no figure is claimed
        assertTrue(figures.isEmpty(), figures.toString());
    }

    @Test
    void aLongRunOfDigitGroupsIsStillOneNumber() {
        String number = "0," + "000,".repeat(20_000) + "007";
        List<Figure> figures = finder.find(number + " دولار");
        assertEquals(1, figures.size());
        assertEquals(FigureKind.MONEY, figures.get(0).kind());
        assertEquals(new org.mizan.model.FigureValue.Amount(7), figures.get(0).value());
    }

    @Test
    void aLineWithoutSpacesYieldsNoFigure() {
        String line = "وبالمئةعشراتالآلافكانونالثانيأمسالأربعاء".repeat(2_500);
        assertTrue(finder.find(line).isEmpty());
    }

    @Test
    void manyFiguresInARowStayOrderedAndDisjoint() {
        String text = "بين 1 و2 و3 ".repeat(5_000) + "-1".repeat(5_000);
        int last = 0;
        for (Figure f : finder.find(text)) {
            assertTrue(f.span().start() >= last && f.span().end() <= text.length());
            last = f.span().end();
        }
    }
}
