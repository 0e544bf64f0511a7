package org.mizan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.analysis.Engine;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Claim;
import org.mizan.model.Contradiction;

/** A source that says the same twice is one flag; the review reaches the copy from that source's side. */
class ReviewItemTest {

    private static final String TEXT = "ذكرت صحيفة \"المرصد\" أن واشنطن تعتزم سحب قواتها من سوريا قبل نهاية العام. "
            + "وقال مسؤول في البيت الأبيض لوكالة \"أنباء\" إن الإدارة الأميركية لا تنوي الانسحاب من سوريا.\n"
            + "#عاجل | مسؤول في البيت الأبيض لوكالة أنباء: الإدارة الأميركية لا تنوي الانسحاب من سوريا\n";

    @Test
    void theCopyOfTheDenialIsReachedFromTheDenialsSide() {
        Analysis a = Engine.standard().analyze(Article.of(TEXT, "repeat.txt"));
        List<Contradiction> found = a.contradictions();
        assertEquals(1, found.size(), found.toString());
        ReviewItem item = ReviewItem.resolve(found.getFirst(), List.of(a));
        assertTrue(item != null);
        boolean denialFirst = item.first().span().of(TEXT).contains("لا تنوي");
        List<Claim> copies = item.repeatsOf(denialFirst);
        assertEquals(1, copies.size(), copies.toString());
        Claim copy = copies.getFirst();
        assertTrue(copy.span().start() > TEXT.indexOf("#عاجل"), copy.span().of(TEXT));
        assertEquals("الإدارة الأميركية لا تنوي الانسحاب من سوريا", copy.span().of(TEXT));
        assertEquals(List.of(), item.repeatsOf(!denialFirst));
    }
}
