package org.mizan.ui;

import java.util.Objects;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.Contradiction;
import org.mizan.model.TextAnchor;

/**
 * A contradiction resolved against the analyses it points into: both claims with the article each
 * comes from (the same article for in-article contradictions).
 */
public record ReviewItem(Contradiction contradiction, Analysis firstArticle, Claim first,
                         Analysis secondArticle, Claim second) {

    public ReviewItem {
        Objects.requireNonNull(contradiction);
        Objects.requireNonNull(firstArticle);
        Objects.requireNonNull(first);
        Objects.requireNonNull(secondArticle);
        Objects.requireNonNull(second);
    }

    public boolean crossArticle() {
        return !firstArticle.article().source().equals(secondArticle.article().source());
    }

    /** Resolves a contradiction among the given analyses, or null when a claim cannot be found. */
    public static ReviewItem resolve(Contradiction x, java.util.List<Analysis> analyses) {
        Analysis a = find(analyses, x.first().article());
        Analysis b = find(analyses, x.second().article());
        if (a == null || b == null) {
            return null;
        }
        Claim ca = a.claim(x.first().claimId()).orElse(null);
        Claim cb = b.claim(x.second().claimId()).orElse(null);
        return ca == null || cb == null ? null : new ReviewItem(x, a, ca, b, cb);
    }

    private static Analysis find(java.util.List<Analysis> analyses, String source) {
        return analyses.stream().filter(an -> an.article().source().equals(source)).findFirst().orElse(null);
    }

    TextAnchor firstAnchor() {
        return Anchors.of(firstArticle.text(), first.span());
    }

    TextAnchor secondAnchor() {
        return Anchors.of(secondArticle.text(), second.span());
    }
}
