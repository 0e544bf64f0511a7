package org.mizan.analysis.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.analysis.Engine;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Claim;
import org.mizan.model.Span;

/**
 * Regression (robustness benchmark, issue 11): the claim finder scanned every mention and figure of
 * the article for each word, and read a sentence without any sentence end as one piece, so its time
 * grew with the square of the text (n^1.8 on a 128 000-character run of cue words). Sentences now
 * get only the mentions and figures that overlap them, and over-long ones are read in pieces. The
 * speed is checked by {@code org.mizan.bench.AnalysisScalingBenchmark}; these tests hold the fix to
 * its promise: the same claims as before, and every piece of an endless sentence read.
 */
class ClaimFinderQuadraticScanRegressionTest {

    private static final String ARTICLE = "قال وزير المالية أحمد سعيد إن العجز بلغ 3.5 مليار دولار في عام 2024. "
            + "ونفى الناطق باسم الحكومة، محمد علي، أن يكون العجز قد بلغ 5 مليارات دولار. "
            + "وذكرت صحيفة الأهرام أن عدد الضحايا ارتفع إلى 120 شخصا يوم الخميس.";

    @Test
    void claimsOfAnArticleDoNotChangeWhenMoreTextFollowsIt() {
        Analysis alone = Engine.standard().analyze(Article.of(ARTICLE, "a.txt"));
        String longer = ARTICLE + " " + ("وقال المتحدث باسم الوزارة إن 40 شاحنة وصلت إلى الميناء. ").repeat(300);
        Analysis followed = Engine.standard().analyze(Article.of(longer, "a.txt"));

        List<Claim> first = followed.claims().stream().filter(c -> c.span().end() <= ARTICLE.length()).toList();
        assertFalse(alone.claims().isEmpty(), "the article has claims");
        assertEquals(withoutIds(alone.claims()), withoutIds(first));
        assertTrue(followed.claims().size() > 300, "each added sentence is a claim: " + followed.claims().size());
    }

    @Test
    void aSentenceWithoutEndIsReadInPiecesThatCoverItAndKeepSurrogatePairs() {
        String text = ("قال الوزير إن العجز بلغ 3 مليارات دولار 😀 و").repeat(400) + "😀".repeat(2_000);
        Span sentence = new Span(0, text.length());
        List<Span> pieces = ArabicClaimFinder.pieces(text, sentence);

        assertTrue(pieces.size() > 1);
        int at = 0;
        for (Span p : pieces) {
            assertEquals(at, p.start(), "pieces are contiguous");
            assertTrue(p.length() <= ArabicClaimFinder.MAX_SENTENCE && p.length() > 0);
            assertFalse(Character.isLowSurrogate(text.charAt(p.start())), "a piece starts inside a pair at " + p);
            at = p.end();
        }
        assertEquals(text.length(), at);
    }

    @Test
    void claimsAreStillFoundInEveryPieceOfAnEndlessSentence() {
        String text = "قال الوزير إن العجز بلغ 3 مليارات دولار و".repeat(500);
        List<Claim> claims = Engine.standard().analyze(Article.of(text, "endless.txt")).claims();
        assertTrue(claims.stream().anyMatch(c -> c.span().start() > text.length() - ArabicClaimFinder.MAX_SENTENCE),
                "the last piece is read too");
        assertTrue(claims.stream().anyMatch(c -> c.span().end() < ArabicClaimFinder.MAX_SENTENCE));
    }

    /** Claims compared without their ids, which number claims of the whole text. */
    private static List<String> withoutIds(List<Claim> claims) {
        List<String> out = new ArrayList<>();
        for (Claim c : claims) {
            out.add(c.span() + " " + c.cue() + " " + c.source() + " " + c.via() + " " + c.polarity() + " " + c.hedged()
                    + " " + c.frame());
        }
        return out;
    }
}
