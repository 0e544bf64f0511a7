package org.mizan.analysis.contradictions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.analysis.claims.Words;

/**
 * Claims that repeat an earlier claim of the same article: the same source, the same polarity and
 * the same words (punctuation, quotes and vowels aside). News repeats itself this way — a breaking
 * headline and the tweet quoted under it, a summary and the paragraph it sums up — and a reviewer
 * should see one conflict once, not once per copy.
 */
final class Repeats {

    private Repeats() {
    }

    /** For each claim (by its order), the order of the first claim it repeats, or its own. */
    static int[] firstSaying(List<ClaimView> views) {
        int[] first = new int[views.size()];
        Map<String, Integer> byStatement = new HashMap<>();
        Map<Object, Integer> articles = new java.util.IdentityHashMap<>();
        for (ClaimView v : views) {
            int article = articles.computeIfAbsent(v.analysis(), k -> articles.size());
            first[v.order()] = byStatement.computeIfAbsent(statement(article, v), k -> v.order());
        }
        return first;
    }

    /** What identifies one statement: article, source, polarity and the folded words said. */
    private static String statement(int article, ClaimView v) {
        StringBuilder sb = new StringBuilder();
        sb.append(article).append('\u0001').append(v.sourceKey()).append('\u0001')
                .append(v.claim().polarity()).append('\u0001');
        for (Words.Word w : v.words()) {
            if (!w.punct()) {
                sb.append(w.key()).append(' ');
            }
        }
        return sb.toString();
    }
}
