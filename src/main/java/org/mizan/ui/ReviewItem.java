package org.mizan.ui;

import java.util.Objects;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.ClaimRef;
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

    /**
     * The passages where one side's source says the same again (a headline and the tweet under it):
     * the contradiction is flagged once, and the reviewer reaches each copy from that side's pane.
     * A copy belongs to the side in its article whose words it repeats.
     */
    public java.util.List<Claim> repeatsOf(boolean firstSide) {
        java.util.List<Claim> out = new java.util.ArrayList<>();
        for (ClaimRef r : contradiction.repeats()) {
            Analysis in = r.article().equals(firstArticle.article().source()) ? firstArticle
                    : r.article().equals(secondArticle.article().source()) ? secondArticle : null;
            Claim copy = in == null ? null : in.claim(r.claimId()).orElse(null);
            if (copy != null && sideOf(in, copy) == firstSide) {
                out.add(copy);
            }
        }
        return java.util.List.copyOf(out);
    }

    private boolean sideOf(Analysis in, Claim copy) {
        boolean inFirst = in == firstArticle;
        boolean inSecond = in == secondArticle;
        if (inFirst && !inSecond) {
            return true;
        }
        if (inSecond && !inFirst) {
            return false;
        }
        String words = letters(copy.span().of(in.text()));
        if (words.equals(letters(first.span().of(firstArticle.text())))) {
            return true;
        }
        if (words.equals(letters(second.span().of(secondArticle.text())))) {
            return false;
        }
        return copy.polarity() == first.polarity() || copy.polarity() != second.polarity();
    }

    /** The letters and digits of a passage: quotes, punctuation and vowel marks aside. */
    private static String letters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    TextAnchor firstAnchor() {
        return Anchors.of(firstArticle.text(), first.span());
    }

    TextAnchor secondAnchor() {
        return Anchors.of(secondArticle.text(), second.span());
    }
}
