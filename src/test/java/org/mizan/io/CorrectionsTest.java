package org.mizan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mizan.model.Actor;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Claim;
import org.mizan.model.ClaimRef;
import org.mizan.model.Contradiction;
import org.mizan.model.ContradictionKind;
import org.mizan.model.EntityType;
import org.mizan.model.Frame;
import org.mizan.model.Mention;
import org.mizan.model.Polarity;
import org.mizan.model.Review;
import org.mizan.model.Source;
import org.mizan.model.Span;

/** Manual corrections of actors and claims applied to an analysis, found again after edits. */
class CorrectionsTest {

    static final String TEXT = "قال الوزير نادر السعدي إن المصنع أنتج 500 طن من القمح هذا العام.\n"
            + "لكن نقابة المزارعين ذكرت أن الإنتاج لم يتجاوز 300 طن، وأضاف السعدي أن الأرقام دقيقة.\n"
            + "وزار وفد من دولار المدينة صباح الأحد.";

    static Span first(String text, String s) {
        int i = text.indexOf(s);
        if (i < 0) {
            throw new IllegalArgumentException(s);
        }
        return new Span(i, i + s.length());
    }

    /** What an engine might find in TEXT, mistakes included (دولار as an organisation, a wrong type). */
    static Analysis analysis(String text) {
        List<Mention> ms = new java.util.ArrayList<>(List.of(
                new Mention(first(text, "نادر السعدي"), EntityType.PERSON, "نادر السعدي", false),
                new Mention(first(text, "نقابة المزارعين"), EntityType.LOCATION, "نقابة المزارعين", false),
                new Mention(first(text, "السعدي أن"), EntityType.PERSON, "السعدي", false)));
        if (text.contains("دولار")) {
            ms.add(new Mention(first(text, "دولار"), EntityType.ORGANIZATION, "دولار", false));
        }
        ms.replaceAll(m -> m.canonical().equals("السعدي")
                ? new Mention(new Span(m.span().start(), m.span().start() + "السعدي".length()), m.type(), m.canonical(), false) : m);
        ms.sort((a, b) -> a.span().compareTo(b.span()));
        Claim c1 = claim("c1", text, "المصنع أنتج 500 طن من القمح هذا العام", "الوزير نادر السعدي", "قال");
        Claim c2 = claim("c2", text, "الإنتاج لم يتجاوز 300 طن", "نقابة المزارعين", "ذكرت");
        Claim c3 = claim("c3", text, "الأرقام دقيقة", "السعدي أن", "وأضاف");
        Contradiction x = new Contradiction("x1", ContradictionKind.NUMERIC, new ClaimRef("a.txt", "c1"),
                new ClaimRef("a.txt", "c2"), 0.8, "تناقض", "conflict");
        List<Actor> actors = List.of();
        return new Analysis(Article.of(text, "a.txt"), ms, actors, List.of(), List.of(c1, c2, c3), List.of(x));
    }

    static Claim claim(String id, String text, String content, String source, String cue) {
        return new Claim(id, first(text, content), Optional.of(new Source(first(text, source), true, OptionalInt.empty(),
                Optional.empty())), List.of(), first(text, cue), Polarity.AFFIRMED, false,
                new Frame("", List.of(), List.of(), List.of(), Optional.empty()));
    }

    static Mention mentionOf(Analysis a, String exact) {
        return a.mentions().stream().filter(m -> m.span().of(a.text()).equals(exact)).findFirst().orElseThrow();
    }

    @Test
    void noCorrectionsLeaveTheAnalysisAsItIs() {
        Analysis a = analysis(TEXT);
        assertSame(a, Corrections.apply(a, Review.Sheet.empty()));
    }

    @Test
    void actorsAreRetypedRenamedMergedRemovedAndAdded() {
        Analysis a = analysis(TEXT);
        Mention union = mentionOf(a, "نقابة المزارعين");
        Mention shortName = mentionOf(a, "السعدي");
        Mention dollar = mentionOf(a, "دولار");
        Review.Sheet sheet = Review.Sheet.of(List.of(
                ReviewDecisions.setMention(a, union.span(), true, EntityType.ORGANIZATION, union.canonical()),
                ReviewDecisions.setMention(a, shortName.span(), true, EntityType.PERSON, "نادر السعدي"),
                ReviewDecisions.removeMention(a, dollar),
                ReviewDecisions.setMention(a, first(TEXT, "المصنع"), false, EntityType.ORGANIZATION, "مصنع القمح")));

        Analysis c = Corrections.apply(a, sheet);
        assertEquals(EntityType.ORGANIZATION, mentionOf(c, "نقابة المزارعين").type());
        assertEquals("نادر السعدي", mentionOf(c, "السعدي").canonical(), "merged into the full name");
        assertTrue(c.mentions().stream().noneMatch(m -> m.span().of(TEXT).equals("دولار")));
        assertEquals(new Mention(first(TEXT, "المصنع"), EntityType.ORGANIZATION, "مصنع القمح", false),
                mentionOf(c, "المصنع"));
        Actor saadi = c.actors().stream().filter(x -> x.canonical().equals("نادر السعدي")).findFirst().orElseThrow();
        assertEquals(2, saadi.mentions().size());
        assertEquals(List.of("نادر السعدي", "مصنع القمح", "نقابة المزارعين"),
                c.actors().stream().map(Actor::canonical).toList(), "actors in order of first mention");
    }

    @Test
    void claimsAreRemovedFlippedAndGivenASource() {
        Analysis a = analysis(TEXT);
        Claim c1 = a.claim("c1").orElseThrow();
        Claim c3 = a.claim("c3").orElseThrow();
        Span saadi = new Span(first(TEXT, "السعدي أن").start(), first(TEXT, "السعدي أن").start() + "السعدي".length());
        Review.Sheet sheet = Review.Sheet.of(List.of(
                ReviewDecisions.setClaim(a, c1.span(), true, Optional.empty(), Optional.of(Polarity.NEGATED)),
                ReviewDecisions.setClaim(a, c3.span(), true, Optional.of(saadi), Optional.empty())));
        Analysis c = Corrections.apply(a, sheet);
        assertEquals(Polarity.NEGATED, c.claim("c1").orElseThrow().polarity());
        Source s = c.claim("c3").orElseThrow().source().orElseThrow();
        assertEquals("السعدي", s.span().of(TEXT));
        assertTrue(s.named(), "an actor is mentioned in it");
        assertEquals(1, c.contradictions().size());

        Analysis removed = Corrections.apply(a, Review.Sheet.of(List.of(ReviewDecisions.removeClaim(a, a.claim("c2").orElseThrow()))));
        assertFalse(removed.claim("c2").isPresent());
        assertTrue(removed.contradictions().isEmpty(), "a contradiction needs both of its claims");
    }

    @Test
    void correctionsFindTheirTextAfterAnEditAndReportWhatIsGone() {
        Analysis a = analysis(TEXT);
        Review.Sheet sheet = Review.Sheet.of(List.of(
                ReviewDecisions.setMention(a, mentionOf(a, "نقابة المزارعين").span(), true, EntityType.ORGANIZATION,
                        "نقابة المزارعين"),
                ReviewDecisions.removeMention(a, mentionOf(a, "دولار"))));
        // A line inserted at the top moves everything: the corrections follow their text.
        String moved = "عاجل: بيان جديد.\n" + TEXT;
        Analysis c = Corrections.apply(analysis(moved), sheet);
        assertEquals(EntityType.ORGANIZATION, mentionOf(c, "نقابة المزارعين").type(), "found again after the insertion");
        assertTrue(c.mentions().stream().noneMatch(m -> m.span().of(moved).equals("دولار")));
        assertTrue(Corrections.unapplied(sheet, moved).isEmpty());

        // The wrong name is edited out of the text: its correction has nothing left to apply to.
        String edited = moved.replace("وزار وفد من دولار المدينة", "وزار وفد المدينة");
        List<org.mizan.model.Decision> gone = Corrections.unapplied(sheet, edited);
        assertEquals(1, gone.size(), gone.toString());
        assertEquals("دولار", ((org.mizan.model.ActorCorrection) gone.getFirst()).anchor().exact());
    }
}
