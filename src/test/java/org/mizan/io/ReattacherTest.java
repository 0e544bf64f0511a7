package org.mizan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mizan.model.ActorCorrection;
import org.mizan.model.ClaimCorrection;
import org.mizan.model.ContradictionKind;
import org.mizan.model.CorrectionAction;
import org.mizan.model.EntityType;
import org.mizan.model.Note;
import org.mizan.model.Polarity;
import org.mizan.model.Review;
import org.mizan.model.ReviewStatus;
import org.mizan.model.TextAnchor;

class ReattacherTest {

    static final String TEXT = Texts.REPORT;

    static TextAnchor anchor(String text, String quote, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(quote, at + 1);
        }
        return Anchors.of(text, at, at + quote.length());
    }

    static Review.Sheet sheet(String text) {
        return new Review.Sheet(
                List.of(new Review(anchor(text, "كلفته بلغت 40 مليون دينار", 0),
                        anchor(text, "الكلفة الحقيقية تجاوزت 55 مليون دينار", 0),
                        ContradictionKind.NUMERIC, ReviewStatus.CONFIRMED, "الرقمان لا يتفقان")),
                List.of(new Note(anchor(text, "قبل نهاية الصيف", 0), "تحقق من الموعد")),
                List.of(new ActorCorrection(anchor(text, "نقابة المهندسين", 0), CorrectionAction.CHANGE,
                        Optional.of(EntityType.ORGANIZATION), Optional.of("نقابة المهندسين"))),
                List.of(new ClaimCorrection(anchor(text, "الجسر سيخفف الازدحام في الشوارع القديمة", 0),
                        CorrectionAction.CHANGE, Optional.of(anchor(text, "رئيس البلدية", 0)),
                        Optional.of(Polarity.AFFIRMED))));
    }

    /** Every anchor of the sheet quotes exactly the text at its position. */
    static void assertAnchoredIn(Review.Sheet sheet, String text) {
        sheet.decisions().forEach(d -> d.anchors().forEach(a ->
                assertEquals(a.exact(), text.substring(a.start(), a.end()), a.toString())));
    }

    @Test
    void unchangedTextKeepsEveryDecisionInPlace() {
        Review.Sheet s = sheet(TEXT);
        Reattachment r = Reattacher.reattach(s, TEXT);
        assertTrue(r.complete());
        assertEquals(0, r.moved());
        assertEquals(s, r.sheet());
    }

    @Test
    void textInsertedBeforeShiftsEveryDecision() {
        String inserted = "عاجل: ";
        String edited = inserted + TEXT.replace("بعد أعمال", "بعد أعمال شاقة وطويلة");
        Review.Sheet s = sheet(TEXT);
        Reattachment r = Reattacher.reattach(s, edited);
        assertTrue(r.complete(), r.unattached().toString());
        assertEquals(s.size(), r.sheet().size());
        assertEquals(s.size(), r.moved());
        assertAnchoredIn(r.sheet(), edited);
        int shift = inserted.length() + " شاقة وطويلة".length();
        Review first = r.sheet().reviews().getFirst();
        assertEquals(s.reviews().getFirst().first().start() + shift, first.first().start());
        assertEquals("الرقمان لا يتفقان", first.note());
    }

    @Test
    void textDeletedBeforeShiftsEveryDecisionBack() {
        String removed = "صباح الأحد ";
        String edited = TEXT.replace(removed, "");
        Reattachment r = Reattacher.reattach(sheet(TEXT), edited);
        assertTrue(r.complete(), r.unattached().toString());
        assertAnchoredIn(r.sheet(), edited);
        assertEquals(sheet(TEXT).notes().getFirst().anchor().start() - removed.length(),
                r.sheet().notes().getFirst().anchor().start());
    }

    @Test
    void decisionWhoseQuoteWasEditedIsReportedNotGuessed() {
        String edited = TEXT.replace("تجاوزت 55 مليون", "تجاوزت 60 مليون");
        Reattachment r = Reattacher.reattach(sheet(TEXT), edited);
        assertEquals(1, r.unattached().size());
        assertTrue(r.unattached().getFirst().decision() instanceof Review);
        assertTrue(r.unattached().getFirst().reason().contains("الكلفة الحقيقية تجاوزت 55"), r.unattached().toString());
        assertEquals(sheet(TEXT).size() - 1, r.sheet().size());
        assertAnchoredIn(r.sheet(), edited);
    }

    @Test
    void repeatedQuoteReattachesToTheOccurrenceWithTheSameSurroundings() {
        String text = "قال الوزير إن المفاوضات انتهت. ثم عاد المتحدث وأكد ذلك. وفي المساء قال الوزير إن الاتفاق قريب.";
        TextAnchor second = anchor(text, "قال الوزير", 1);
        // Text inserted before moves the second occurrence onto... nothing; the first one slides near the old place.
        String edited = "في تطور جديد اليوم، وبعد اجتماع مطول استمر حتى الفجر، " + text;
        Optional<TextAnchor> found = Reattacher.locate(second, edited);
        assertTrue(found.isPresent());
        assertEquals(edited.lastIndexOf("قال الوزير"), found.get().start());

        // A repeated phrase sliding exactly into the old position is not mistaken for the anchored one.
        TextAnchor first = anchor(text, "قال الوزير", 0);
        String slid = text.substring(0, first.start()) + text.substring(text.indexOf("وفي المساء "));
        TextAnchor secondInOriginal = anchor(text, "قال الوزير", 1);
        Optional<TextAnchor> again = Reattacher.locate(secondInOriginal, slid);
        assertTrue(again.isPresent());
        assertEquals(slid.indexOf("قال الوزير"), again.get().start());
    }

    @Test
    void shortQuoteWhoseSurroundingsAreAllGoneIsNotReattachedByCoincidence() {
        String text = "أكد المدير أن الشركة ستوظف مئة عامل هذا العام، وأن الرواتب سترتفع.";
        TextAnchor a = anchor(text, "مئة", 0);
        String rewritten = "قالت النقابة إن مئة موظف غادروا الشركة منذ الربيع الماضي دون تعويض.";
        assertEquals(Optional.empty(), Reattacher.locate(a, rewritten));
    }

    @Test
    void randomEditsOutsideTheQuotesAlwaysReattachAtTheRightPlace() {
        Random random = new Random(77);
        String[] words = {"وقال", "المصدر", "إن", "الحكومة", "ستعلن", "قرارا", "جديدا", "خلال", "أيام", "،"};
        Review.Sheet original = sheet(TEXT);
        List<String> quotes = original.decisions().stream().flatMap(d -> d.anchors().stream())
                .map(TextAnchor::exact).distinct().toList();
        // Each quote occurs once in the text and no inserted word recreates it, so indexOf finds it independently.
        quotes.forEach(q -> assertEquals(TEXT.indexOf(q), TEXT.lastIndexOf(q), q));
        int edits = 0;
        for (int trial = 0; trial < 200; trial++) {
            String edited = TEXT;
            for (int e = 0; e < 4; e++) {
                String current = edited;
                List<int[]> quoted = quotes.stream()
                        .map(q -> new int[] {current.indexOf(q), current.indexOf(q) + q.length()}).toList();
                int at = random.nextInt(current.length() + 1);
                if (random.nextBoolean()) {
                    if (quoted.stream().noneMatch(q -> at > q[0] && at < q[1])) {
                        edited = current.substring(0, at) + " " + words[random.nextInt(words.length)] + " "
                                + current.substring(at);
                        edits++;
                    }
                } else {
                    int end = Math.min(current.length(), at + 1 + random.nextInt(8));
                    if (quoted.stream().noneMatch(q -> at < q[1] && end > q[0])) {
                        edited = current.substring(0, at) + current.substring(end);
                        edits++;
                    }
                }
            }
            Reattachment r = Reattacher.reattach(original, edited);
            assertTrue(r.complete(), "trial " + trial + ": " + r.unattached());
            for (var d : r.sheet().decisions()) {
                for (TextAnchor a : d.anchors()) {
                    assertEquals(edited.indexOf(a.exact()), a.start(), "trial " + trial + ": " + a.exact());
                }
            }
        }
        assertTrue(edits > 400, "edits made: " + edits);
    }
}
