package org.mizan.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mizan.analysis.claims.Words;

class PolesTest {

    private static Optional<Poles> pole(String word) {
        return Poles.of(Words.key(word));
    }

    @Test
    void inflectedAndCliticisedFormsFindTheirClass() {
        assertEquals(Optional.of(Poles.UP), pole("وارتفعت"));
        assertEquals(Optional.of(Poles.UP), pole("الارتفاع"));
        assertEquals(Optional.of(Poles.DOWN), pole("بانخفاض"));
        assertEquals(Optional.of(Poles.DOWN), pole("تراجعت"));
        assertEquals(Optional.of(Poles.FAIL), pole("فشلت"));
        assertEquals(Optional.of(Poles.DENY), pole("تنفي"));
        assertEquals(Optional.of(Poles.OPPOSE), pole("يرفضون"));
    }

    @Test
    void listedFormsDecideNotTheCoarseRootFamily() {
        // تصعيد "escalation" shares the root of صعود "rise": the listed form decides
        assertEquals(Optional.of(Poles.VIOLENCE), pole("التصعيد"));
        assertEquals(Optional.of(Poles.UP), pole("صعود"));
        // إدانة "condemnation" and دون "without" fold to one family
        assertEquals(Optional.of(Poles.OPPOSE), pole("إدانة"));
        assertEquals(Optional.of(Poles.WITHOUT), pole("دون"));
    }

    @Test
    void oppositesPairUpAndOrdinaryWordsHaveNoClass() {
        for (Poles p : Poles.values()) {
            if (p != Poles.IGNORE && p != Poles.WITHOUT) {
                assertEquals(p, p.opposite().opposite(), p.name());
            }
        }
        // same root families as محاكمة and يدين, but no class of their own
        assertTrue(pole("الحكومة").isEmpty());
        assertTrue(pole("مدينة").isEmpty());
    }
}
