package org.mizan.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    @Test
    void oneReplacedWordIsOneSubstitutionGap() {
        Alignment a = Alignment.of(List.of("وزر", "نفط", "علن", "خطط", "جدد"), List.of("وزر", "نفط", "رفض", "خطط", "جدد"));
        assertEquals(4, a.common());
        assertEquals(List.of(new Alignment.Gap(List.of("علن"), List.of("رفض"))), a.gaps());
        assertTrue(a.gaps().get(0).substitution());
    }

    @Test
    void insertionsDeletionsAndReorderingLeaveTheirOwnGaps() {
        Alignment a = Alignment.of(List.of("a", "b", "c", "d"), List.of("b", "c", "x", "d", "y"));
        assertEquals(3, a.common());
        assertEquals(3, a.gaps().size());
        assertEquals(new Alignment.Gap(List.of("a"), List.of()), a.gaps().get(0));
        assertEquals(new Alignment.Gap(List.of(), List.of("x")), a.gaps().get(1));
        assertEquals(new Alignment.Gap(List.of(), List.of("y")), a.gaps().get(2));
        assertEquals(0, Alignment.of(List.of(), List.of()).gaps().size());
    }

    @Test
    void featuresOfARealMinimalEditContradiction() {
        // a ministry's decision reversed by one word, everything else kept
        Map<String, Double> f = StanceFeatures.of("وزارة الصحة تسمح بفتح المدارس في حلب الأسبوع المقبل",
                "وزارة الصحة تمنع فتح المدارس في حلب الأسبوع المقبل");
        assertTrue(f.containsKey("onlySub=1x1"), f.toString());
        assertTrue(f.containsKey("swapOppPole") && f.containsKey("opp:ALLOW") && f.containsKey("flip"), f.toString());
        // a paraphrase that reorders and swaps a verb for its synonym
        Map<String, Double> p = StanceFeatures.of("ارتفاع أسعار الذهب في الأسواق المصرية",
                "أسعار الذهب في مصر تقفز");
        assertTrue(p.containsKey("samePole") && p.containsKey("noflip"), p.toString());
        // the country, its capital and its adjective are one word to compare
        Map<String, Double> c = StanceFeatures.of("بكين تفرض رسوما جديدة", "رسوم صينية جديدة");
        assertTrue(c.containsKey("s:@الصين"), c.toString());
        Map<String, Double> swap = StanceFeatures.of("الأردن يستورد الغاز من مصر", "الأردن يستورد الغاز من العراق");
        assertTrue(swap.containsKey("swapKind=CC") && swap.containsKey("countryDiff"), swap.toString());
    }
}
