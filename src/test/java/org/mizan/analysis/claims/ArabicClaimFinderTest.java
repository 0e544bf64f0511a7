package org.mizan.analysis.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.EntityType;
import org.mizan.model.Polarity;
import org.mizan.model.Source;

class ArabicClaimFinderTest {

    private static String text(Analysis a, org.mizan.model.Span s) {
        return s.of(a.text());
    }

    @Test
    void namedSourceWithAppositionAndComplementizer() {
        Analysis a = Fixture.of("وقال وزير الخارجية الأردني، أيمن الصفدي، إن المفاوضات ستبدأ الأسبوع المقبل في عمّان.")
                .mention("أيمن الصفدي", EntityType.PERSON).analysis();
        assertEquals(1, a.claims().size());
        Claim c = a.claims().getFirst();
        assertEquals("وقال", text(a, c.cue()));
        Source s = c.source().orElseThrow();
        assertTrue(s.named());
        assertEquals("أيمن الصفدي", s.canonical().orElseThrow());
        assertTrue(text(a, s.span()).startsWith("وزير الخارجية"), text(a, s.span()));
        assertEquals("المفاوضات ستبدأ الأسبوع المقبل في عمّان", text(a, c.span()));
        assertEquals(Polarity.AFFIRMED, c.polarity());
        assertFalse(c.hedged());
    }

    @Test
    void anonymousSourcesKeepTheirCountAndTheOutletTheySpokeTo() {
        Analysis a = Fixture.of("وأكدت خمسة مصادر أمنية لوكالة \"الأناضول\" أن الجيش قصف مواقع للمسلحين قرب الحدود.")
                .outlet("الأناضول").analysis();
        Claim c = a.claims().getFirst();
        Source s = c.source().orElseThrow();
        assertFalse(s.named());
        assertEquals(OptionalInt.of(5), s.count());
        assertEquals(1, c.via().size());
        assertTrue(text(a, c.via().getFirst().span()).contains("الأناضول"));
        assertEquals("قصف", c.frame().predicate());
    }

    @Test
    void anOutletWithTheLamWrittenOnItIsNamedWithoutTheLam() {
        // a headline (source, outlet, colon) and a sentence with a cue: "لتلفزيون الوادي" names تلفزيون الوادي
        Analysis headline = Fixture.of("#عاجل | مسؤول رفيع في وزارة الزراعة لتلفزيون الوادي: الحكومة لا تنوي رفع أسعار القمح")
                .analysis();
        Analysis sentence = Fixture.of("وقال مسؤول رفيع في وزارة الزراعة لِتلفزيون الوادي إن الحكومة لن ترفع أسعار القمح.")
                .analysis();
        for (Analysis a : List.of(headline, sentence)) {
            assertEquals(1, a.claims().size(), a.text());
            Claim c = a.claims().getFirst();
            assertEquals("مسؤول رفيع في وزارة الزراعة", text(a, c.source().orElseThrow().span()));
            assertEquals(1, c.via().size(), a.text());
            assertEquals("تلفزيون الوادي", text(a, c.via().getFirst().span()));
        }
    }

    @Test
    void nestedAttributionKeepsTheOutletAndTheSources() {
        Analysis a = Fixture.of("ونقلت رويترز عن ثلاثة دبلوماسيين غربيين قولهم إن العقوبات ستُرفع خلال أسابيع.")
                .outlet("رويترز").analysis();
        Claim c = a.claims().getFirst();
        assertEquals("رويترز", text(a, c.via().getFirst().span()));
        Source s = c.source().orElseThrow();
        assertEquals("ثلاثة دبلوماسيين غربيين", text(a, s.span()));
        assertEquals(OptionalInt.of(3), s.count());
        assertFalse(s.named());
        assertEquals("العقوبات ستُرفع خلال أسابيع", text(a, c.span()));
    }

    @Test
    void countsWrittenAsDigitsDualsAndPartitives() {
        Analysis a = Fixture.of("وقالت 4 مصادر إن الاجتماع أُلغي. وذكر مصدران أن الوفد غادر. "
                + "إلا أن اثنين من المسؤولين قالا للصحفيين إن الموعد لم يتغير.").analysis();
        assertEquals(List.of(OptionalInt.of(4), OptionalInt.of(2), OptionalInt.of(2)),
                a.claims().stream().map(c -> c.source().orElseThrow().count()).toList());
    }

    @Test
    void agentlessReportsHaveNoSource() {
        Analysis a = Fixture.of("وتردد أن رئيس الحكومة سيقدم استقالته قبل نهاية الأسبوع.").analysis();
        Claim c = a.claims().getFirst();
        assertTrue(c.source().isEmpty());
        assertEquals("رئيس الحكومة سيقدم استقالته قبل نهاية الأسبوع", text(a, c.span()));
    }

    @Test
    void denialCuesAndNegationInTheMainClauseMakeTheClaimNegated() {
        Analysis a = Fixture.of("ونفت الوزارة أن تكون قد أغلقت المعبر. وقال المتحدث إن القوات لن تنسحب من البلدة. "
                + "وأضاف أن الجنود لا يزالون في مواقعهم.").analysis();
        assertEquals(List.of(Polarity.NEGATED, Polarity.NEGATED, Polarity.AFFIRMED),
                a.claims().stream().map(Claim::polarity).toList());
    }

    @Test
    void negationInsideASubordinateClauseDoesNotNegateTheClaim() {
        Analysis a = Fixture.of("وذكرت الصحيفة أن الحكومة تخطط لخفض الضرائب على الرغم من أن البرلمان لم يوافق بعد.")
                .analysis();
        Claim c = a.claims().getFirst();
        assertEquals(Polarity.AFFIRMED, c.polarity());
        assertEquals("خفض", c.frame().predicate());
    }

    @Test
    void hedgesMarkTheClaim() {
        Analysis a = Fixture.of("وقال المحلل إن الأسعار قد ترتفع الشهر المقبل. ورأى خبير آخر أن الأسعار ستستقر.")
                .analysis();
        assertTrue(a.claims().get(0).hedged());
        assertFalse(a.claims().get(1).hedged());
    }

    @Test
    void quotationAfterAColonIsTheContent() {
        Analysis a = Fixture.of("وقال المتحدث باسم الحركة: \"لن نتراجع عن قرارنا\".").analysis();
        Claim c = a.claims().getFirst();
        assertEquals("لن نتراجع عن قرارنا", text(a, c.span()));
        assertEquals(Polarity.NEGATED, c.polarity());
    }

    @Test
    void accordingToBeforeOrAfterTheContent() {
        Analysis a = Fixture.of("وبحسب مصادر طبية، فإن عدد القتلى ارتفع إلى أربعين. وتضررت عشرات المنازل، وفق الدفاع المدني.")
                .analysis();
        assertEquals(2, a.claims().size());
        assertEquals("مصادر طبية", text(a, a.claims().get(0).source().orElseThrow().span()));
        assertEquals("عدد القتلى ارتفع إلى أربعين", text(a, a.claims().get(0).span()));
        assertEquals("الدفاع المدني", text(a, a.claims().get(1).source().orElseThrow().span()));
        assertEquals("وتضررت عشرات المنازل", text(a, a.claims().get(1).span()));
    }

    @Test
    void aContinuingParticipleKeepsTheSourceAndSplitsTheContent() {
        Analysis a = Fixture.of("وقالت منظمة \"حقوق\" إن السلطات اعتقلت عشرات الناشطين، مشيرة إلى أن بعضهم أُفرج عنه لاحقاً.")
                .mention("حقوق", EntityType.ORGANIZATION).analysis();
        assertEquals(2, a.claims().size());
        assertEquals("حقوق", a.claims().get(1).source().orElseThrow().canonical().orElseThrow());
        assertEquals("مشيرة", text(a, a.claims().get(1).cue()));
    }

    @Test
    void predicateFamiliesJoinInflectedFormsBehindIntentionWords() {
        Analysis a = Fixture.of("قالت الصحيفة إن الحكومة تخطط للانسحاب من المنطقة. وقال الوزير إن الجيش سينسحب من المنطقة. "
                + "وأكد النائب أن القوات انسحبت من المنطقة.").analysis();
        assertEquals(List.of("سحب", "سحب", "سحب"), a.claims().stream().map(c -> c.frame().predicate()).toList());
    }

    @Test
    void placesAfterPrepositionsAndCountriesByAdjective() {
        Analysis a = Fixture.of("وقال المسؤول إن الإدارة الأميركية لا تفكر بالانسحاب من سوريا.").analysis();
        Claim c = a.claims().getFirst();
        assertEquals(List.of("سوريا"), c.frame().places());
        assertEquals(List.of("الولايات المتحدة"), c.frame().actors());
    }

    @Test
    void aNounOrARelativeClauseIsNotAReport() {
        Analysis a = Fixture.of("نفي رسمي لانسحاب القوات من الميناء\nوتحدث البيان عن التحالف الذي أعلن تشكيله العام الماضي.")
                .analysis();
        assertTrue(a.claims().isEmpty(), a.claims().toString());
    }

    @Test
    void aDenialOfThatTakesThePreviousClaimsFrame() {
        Analysis a = Fixture.of("ونقلت صحيفة \"الصباح\" عن مصادر أن الوزير قدّم استقالته. لكن مكتب الوزير نفى ذلك.")
                .outlet("الصباح").analysis();
        assertEquals(2, a.claims().size());
        Claim denial = a.claims().get(1);
        assertEquals("ذلك", text(a, denial.span()));
        assertEquals(Polarity.NEGATED, denial.polarity());
        assertEquals(a.claims().get(0).frame().predicate(), denial.frame().predicate());
        assertEquals("مكتب الوزير", text(a, denial.source().orElseThrow().span()));
    }
}
