package org.mizan.analysis.contradictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.analysis.claims.Fixture;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.Contradiction;
import org.mizan.model.ContradictionKind;
import org.mizan.model.EntityType;
import org.mizan.model.FigureKind;
import org.mizan.model.FigureValue;

class FrameContradictionFinderTest {

    private static final FrameContradictionFinder FINDER = new FrameContradictionFinder();

    private static List<Contradiction> find(Analysis a) {
        return FINDER.find(List.of(a));
    }

    private static boolean flags(Analysis a, List<Contradiction> found, String first, String second) {
        Claim p = Fixture.claimWith(a, first);
        Claim q = Fixture.claimWith(a, second);
        return found.stream().anyMatch(x -> x.first().claimId().equals(p.id()) && x.second().claimId().equals(q.id())
                || x.first().claimId().equals(q.id()) && x.second().claimId().equals(p.id()));
    }

    @Test
    void aReportAndADenialOfTheSameWithdrawalConflictAndRankFirst() {
        Analysis a = Fixture.of("ذكرت صحيفة \"المرصد\" أن واشنطن تعتزم سحب قواتها من سوريا قبل نهاية العام. "
                + "وقال مسؤول عراقي إنه لا انسحاب فورياً للقوات الأميركية من العراق. "
                + "في المقابل، قال مسؤول في البيت الأبيض لوكالة \"أنباء\" إن الإدارة الأميركية لا تنوي الانسحاب من سوريا.")
                .mention("سوريا", EntityType.LOCATION).mention("العراق", EntityType.LOCATION)
                .mention("واشنطن", EntityType.LOCATION).outlet("المرصد").outlet("أنباء").analysis();
        List<Contradiction> found = find(a);
        assertFalse(found.isEmpty());
        Contradiction top = found.getFirst();
        assertEquals(ContradictionKind.POLARITY, top.kind());
        assertTrue(flags(a, List.of(top), "سحب قواتها من سوريا", "لا تنوي الانسحاب من سوريا"), found.toString());
        assertFalse(flags(a, found, "لا انسحاب فورياً", "سحب قواتها من سوريا"), "Iraq is not Syria: " + found);
        assertTrue(top.explanationAr().contains("المرصد") && top.explanationAr().contains("مسؤول في البيت الأبيض"),
                top.explanationAr());
        assertTrue(top.explanationEn().contains("المرصد") && top.explanationEn().contains("مسؤول في البيت الأبيض"),
                top.explanationEn());
        assertTrue(top.score() > 0 && top.score() <= 1);
    }

    @Test
    void oneSourceSayingTheSameTwiceIsOneConflictWithTheCopyKept() {
        // a denial, then the breaking-news line repeating it word for word: one conflict with the report
        Analysis a = Fixture.of("ذكرت صحيفة \"المرصد\" أن واشنطن تعتزم سحب قواتها من سوريا قبل نهاية العام. "
                + "وقال مسؤول في البيت الأبيض لوكالة \"أنباء\" إن الإدارة الأميركية لا تنوي الانسحاب من سوريا.\n"
                + "#عاجل | مسؤول في البيت الأبيض لوكالة أنباء: الإدارة الأميركية لا تنوي الانسحاب من سوريا\n")
                .mention("سوريا", EntityType.LOCATION).mention("واشنطن", EntityType.LOCATION)
                .outlet("المرصد").outlet("أنباء").analysis();
        List<Claim> denials = a.claims().stream()
                .filter(c -> c.span().of(a.text()).equals("الإدارة الأميركية لا تنوي الانسحاب من سوريا")).toList();
        assertEquals(2, denials.size(), a.claims().toString());
        List<Contradiction> found = find(a);
        assertEquals(1, found.size(), found.toString());
        Contradiction x = found.getFirst();
        Claim report = Fixture.claimWith(a, "سحب قواتها من سوريا");
        assertEquals(report.id(), x.first().claimId());
        assertEquals(denials.getFirst().id(), x.second().claimId());
        assertEquals(List.of(denials.getLast().id()), x.repeats().stream().map(r -> r.claimId()).toList());
    }

    @Test
    void aStoryRetoldManyTimesGivesEachClaimOnlyItsBestFewConflicts() {
        String[] people = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
            "العاشر", "الحادي عشر", "الثاني عشر"};
        StringBuilder text = new StringBuilder();
        for (String p : people) {
            text.append("وقال المتحدث ").append(p).append(" إن القوات ستنسحب من سوريا. ")
                    .append("ونفى المسؤول ").append(p).append(" أن تكون القوات ستنسحب من سوريا. ");
        }
        Analysis a = Fixture.of(text.toString()).mention("سوريا", EntityType.LOCATION).analysis();
        List<Contradiction> found = find(a);
        java.util.Map<String, Integer> perClaim = new java.util.HashMap<>();
        for (Contradiction x : found) {
            perClaim.merge(x.first().claimId(), 1, Integer::sum);
            perClaim.merge(x.second().claimId(), 1, Integer::sum);
        }
        // 12 reports against 12 denials would be 144 flags; every claim still takes part in some
        assertEquals(24, perClaim.size(), found.size() + " flags: " + perClaim);
        assertTrue(perClaim.values().stream().allMatch(n -> n <= FrameContradictionFinder.MAX_PER_CLAIM), perClaim.toString());
    }

    @Test
    void aStatedChangeOverTimeIsNotAContradiction() {
        Analysis a = Fixture.of("وذكرت الصحيفة أن الحكومة لم تكن مستعدة للانسحاب من المنطقة خلال المعارك. "
                + "وقال الوزير إن الحكومة تخطط الآن للانسحاب من المنطقة.").analysis();
        assertTrue(find(a).isEmpty(), find(a).toString());
    }

    @Test
    void differentSubjectsOfTheSameVerbDoNotConflict() {
        Analysis a = Fixture.of("وقال الجيش إن إسرائيل ستنسحب من المدينة. وقالت الحركة إن حماس لن تنسحب من المدينة.")
                .mention("إسرائيل", EntityType.LOCATION).mention("حماس", EntityType.ORGANIZATION).analysis();
        assertTrue(find(a).isEmpty(), find(a).toString());
    }

    @Test
    void oppositeVerbsOnTheSameSubjectConflict() {
        Analysis a = Fixture.of("وقالت النقابة إن الإدارة وافقت على زيادة الأجور. لكن الإدارة أكدت أنها رفضت زيادة الأجور.")
                .analysis();
        List<Contradiction> found = find(a);
        assertEquals(1, found.size(), found.toString());
        assertEquals(ContradictionKind.POLARITY, found.getFirst().kind());
    }

    @Test
    void oneSourceRepeatingItselfIsNotFlagged() {
        Analysis a = Fixture.of("وقال الوزير سامي خليل إن المصنع سيُغلق. وقال الوزير سامي خليل إن المصنع لن يُغلق قبل الصيف.")
                .mention("سامي خليل", EntityType.PERSON).analysis();
        assertTrue(find(a).isEmpty(), find(a).toString());
    }

    @Test
    void twoCountsOfTheSameReleaseConflictButOtherQuantitiesDoNot() {
        Analysis a = Fixture.of("وأعلنت الشرطة أنها أطلقت سراح 45 موقوفاً من سجن المدينة. "
                + "وقالت جمعية \"كرامة\" إن الشرطة أفرجت عن 20 موقوفاً فقط، مشيرة إلى أن 300 شخص ما زالوا في السجن. "
                + "وذكر المحامي أن الشرطة اعتقلت 60 شخصاً.")
                .mention("كرامة", EntityType.ORGANIZATION)
                .count("45 موقوفاً", 45, "موقوف").count("20 موقوفاً", 20, "موقوف")
                .count("300 شخص", 300, "شخص").count("60 شخصاً", 60, "شخص").analysis();
        List<Contradiction> found = find(a);
        assertTrue(found.stream().noneMatch(x -> x.kind() == ContradictionKind.NUMERIC
                && !flags(a, List.of(x), "أفرجت عن 20", "45 موقوفاً")), found.toString());
        assertFalse(flags(a, found, "300 شخص", "45 موقوفاً"), found.toString());
        assertFalse(flags(a, found, "اعتقلت 60", "300 شخص"), found.toString());
    }

    @Test
    void deathTollsWordedDifferentlyAreOneQuantity() {
        Analysis a = Fixture.of("وقالت وزارة الصحة إن 12 شخصاً لقوا حتفهم وأصيب 30 آخرون. "
                + "وأفاد الهلال الأحمر بأن عدد القتلى بلغ 25 قتيلاً.")
                .count("12 شخصاً", 12, "شخص").count("30 آخرون", 30, null).count("25 قتيلاً", 25, "قتيل")
                .analysis();
        List<Contradiction> found = find(a);
        assertEquals(1, found.size(), found.toString());
        assertEquals(ContradictionKind.NUMERIC, found.getFirst().kind());
        assertTrue(found.getFirst().explanationEn().contains("12") && found.getFirst().explanationEn().contains("25"));
    }

    @Test
    void boundsAndApproximationsAreHonoured() {
        Analysis conflicting = Fixture.of("وقالت منظمة الإغاثة إن ما لا يقل عن 300 عائلة نزحت من القرية. "
                + "وقال المحافظ إن عدد العائلات النازحة أقل من مئة عائلة.")
                .figure("ما لا يقل عن 300 عائلة", FigureKind.COUNT, new FigureValue.Amount(300), "عائلة", true)
                .figure("أقل من مئة عائلة", FigureKind.COUNT, new FigureValue.Amount(100), "عائلة", true).analysis();
        assertEquals(1, find(conflicting).size(), find(conflicting).toString());

        Analysis compatible = Fixture.of("وقالت منظمة الإغاثة إن نحو 100 عائلة نزحت من القرية. "
                + "وقال المحافظ إن عدد العائلات النازحة بلغ 95 عائلة.")
                .figure("نحو 100 عائلة", FigureKind.COUNT, new FigureValue.Amount(100), "عائلة", true)
                .count("95 عائلة", 95, "عائلة").analysis();
        assertTrue(find(compatible).isEmpty(), find(compatible).toString());
    }

    @Test
    void percentagesOfDifferentThingsDoNotConflict() {
        Analysis a = Fixture.of("وقال الوزير إن معدل البطالة انخفض إلى 8%. وقال المعهد إن نسبة التضخم بلغت 25%. "
                + "وكشف تقرير مستقل أن معدل البطالة الفعلي يبلغ 15%.")
                .figure("8%", FigureKind.PERCENT, new FigureValue.Amount(8), null, false)
                .figure("25%", FigureKind.PERCENT, new FigureValue.Amount(25), null, false)
                .figure("15%", FigureKind.PERCENT, new FigureValue.Amount(15), null, false).analysis();
        List<Contradiction> found = find(a);
        assertEquals(1, found.size(), found.toString());
        assertTrue(flags(a, found, "انخفض إلى 8%", "يبلغ 15%"));
    }

    @Test
    void theSameEventDatedDifferentlyIsADateConflict() {
        Analysis a = Fixture.of("وقال الوزير إن القمة ستُعقد في 5 أيار في القاهرة. "
                + "لكن دبلوماسياً عربياً أفاد بأن القمة لن تُعقد قبل 20 أيار.")
                .date("5 أيار", "--05-05").date("20 أيار", "--05-20").analysis();
        List<Contradiction> found = find(a);
        assertEquals(1, found.size(), found.toString());
        assertEquals(ContradictionKind.DATE, found.getFirst().kind());
    }

    @Test
    void conflictsAcrossTwoArticlesNameEachArticle() {
        Analysis one = Fixture.of("وذكرت وكالة \"الشرق\" أن الحكومة قررت رفع أسعار الوقود.", "a.txt").analysis();
        Analysis two = Fixture.of("ونفى وزير الطاقة أن تكون الحكومة قررت رفع أسعار الوقود.", "b.txt").analysis();
        List<Contradiction> found = FINDER.find(List.of(one, two));
        assertEquals(1, found.size(), found.toString());
        assertEquals("a.txt", found.getFirst().first().article());
        assertEquals("b.txt", found.getFirst().second().article());
    }

    @Test
    void aCallForSomethingAssertsNothing() {
        Analysis a = Fixture.of("ودعا البرلمان إلى انسحاب القوات من الحدود. وقال الجيش إن القوات لن تنسحب من الحدود.")
                .analysis();
        assertTrue(find(a).isEmpty(), find(a).toString());
    }
}
