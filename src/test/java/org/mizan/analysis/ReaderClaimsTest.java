package org.mizan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.io.Corrections;
import org.mizan.io.ReviewDecisions;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Claim;
import org.mizan.model.Contradiction;
import org.mizan.model.ContradictionKind;
import org.mizan.model.Polarity;
import org.mizan.model.Review;
import org.mizan.model.Span;

/** A claim the engine misses, marked by the reader, is read like a found one and can contradict one. */
public class ReaderClaimsTest {

    /** Written for this test; the second paragraph states a denial without any reporting verb, so no claim is found in it. */
    public static final String TEXT = String.join("\n",
            "قال وزير الدفاع سامي الحداد يوم الاثنين إن الجيش انسحب من مدينة الرمادي بعد اتفاق مع العشائر.",
            "غير أن الجيش لم ينسحب من مدينة الرمادي حتى مساء الثلاثاء، والوحدات ما زالت في مواقعها داخل الأحياء الشرقية.");

    private static final Pipeline ENGINE = Engine.standard();

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length());
    }

    private static Analysis withReaderClaim(Optional<Span> source, Polarity stance) {
        Analysis found = ENGINE.analyze(Article.of(TEXT, "reader-claims"));
        Review.Sheet sheet = Review.Sheet.of(List.of(ReviewDecisions.setClaim(found,
                span("الجيش لم ينسحب من مدينة الرمادي"), false, source, Optional.of(stance))));
        Analysis corrected = Corrections.apply(found, sheet);
        return ENGINE.withReaderClaims(corrected, Corrections.readerClaims(corrected));
    }

    private static Claim marked(Analysis a) {
        return a.claims().stream().filter(Corrections::readerAdded).findFirst().orElseThrow();
    }

    @Test
    void theEngineAloneFindsOnlyTheMinistersClaimAndNoConflict() {
        Analysis found = ENGINE.analyze(Article.of(TEXT, "reader-claims"));
        assertEquals(List.of("الجيش انسحب من مدينة الرمادي بعد اتفاق مع العشائر"),
                found.claims().stream().map(c -> c.span().of(TEXT)).toList());
        assertTrue(found.contradictions().isEmpty());
        assertSame(found, ENGINE.withReaderClaims(found, Set.of()), "nothing to read: the same analysis");
    }

    @Test
    void anAnonymousClaimTheReaderMarksIsReadFromItsWordsAndContradictsTheMinister() {
        Analysis a = withReaderClaim(Optional.empty(), Polarity.AFFIRMED);
        Claim m = marked(a);
        assertEquals("الجيش لم ينسحب من مدينة الرمادي", m.span().of(TEXT));
        assertEquals(Polarity.NEGATED, m.polarity(), "the source says the words, and the words deny");
        assertEquals("سحب", m.frame().predicate());
        assertEquals(List.of("الرمادي"), m.frame().places());
        assertEquals(1, a.contradictions().size(), a.contradictions().toString());
        Contradiction x = a.contradictions().getFirst();
        assertEquals(ContradictionKind.POLARITY, x.kind());
        assertEquals(Set.of("c1", m.id()), Set.of(x.first().claimId(), x.second().claimId()));
        assertTrue(x.explanationAr().contains("الجيش لم ينسحب"), x.explanationAr());
    }

    @Test
    void aSourceDenyingTheWordsAffirmsTheWithdrawalSoNothingConflicts() {
        Analysis a = withReaderClaim(Optional.empty(), Polarity.NEGATED);
        assertEquals(Polarity.AFFIRMED, marked(a).polarity());
        assertTrue(a.contradictions().isEmpty(), a.contradictions().toString());
    }

    @Test
    void theMinisterContradictingHimselfIsNotAConflictOfSources() {
        Analysis a = withReaderClaim(Optional.of(span("سامي الحداد")), Polarity.AFFIRMED);
        assertEquals(Optional.of("سامي الحداد"), marked(a).source().flatMap(s -> s.canonical()));
        assertTrue(a.contradictions().isEmpty(), a.contradictions().toString());
    }
}
