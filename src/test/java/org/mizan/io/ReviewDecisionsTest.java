package org.mizan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.export.DeficitAnalysis;
import org.mizan.model.Analysis;
import org.mizan.model.Contradiction;
import org.mizan.model.Review;
import org.mizan.model.ReviewStatus;

class ReviewDecisionsTest {

    @TempDir
    Path dir;

    @Test
    void aVerdictSavedOnOneAnalysisIsFoundOnTheNextAfterTheTextWasEdited() throws Exception {
        Analysis before = DeficitAnalysis.analysis();
        Contradiction x = before.contradictions().getFirst();
        Review verdict = ReviewDecisions.review(before, x, ReviewStatus.DISMISSED, "أرقام من سنتين مختلفتين");
        Review.Sheet sheet = Review.Sheet.empty().plus(verdict);
        assertEquals(Optional.of(verdict), ReviewDecisions.find(sheet, before, x));

        Path article = Files.writeString(dir.resolve("عجز.txt"), before.text());
        ReviewStore store = new ReviewStore(dir.resolve("data"));
        store.save(article, sheet, before.text());

        // The article gains a sentence at the top; the engine's new analysis has every span shifted.
        String added = "خبر محدث. ";
        String edited = added + before.text();
        Reattachment r = store.load(article, edited).orElseThrow().reattachment();
        assertTrue(r.complete());
        Analysis after = shifted(before, edited, added.length());
        Optional<Review> found = ReviewDecisions.find(r.sheet(), after, after.contradictions().getFirst());
        assertTrue(found.isPresent());
        assertEquals(ReviewStatus.DISMISSED, found.get().status());
        assertEquals("أرقام من سنتين مختلفتين", found.get().note());
    }

    /** The same findings on a text with {@code delta} characters added at the start. */
    private static Analysis shifted(Analysis a, String text, int delta) {
        var claims = a.claims().stream().map(c -> new org.mizan.model.Claim(c.id(), c.span().shift(delta),
                c.source().map(s -> new org.mizan.model.Source(s.span().shift(delta), s.named(), s.count(), s.canonical())),
                c.via(), c.cue().shift(delta), c.polarity(), c.hedged(), c.frame())).toList();
        return new Analysis(a.article().withText(text), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                claims, a.contradictions());
    }
}
