package org.mizan.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mizan.model.Decision;
import org.mizan.model.Review;
import org.mizan.model.TextAnchor;

/**
 * Fits saved decisions to an edited text, the way W3C Web Annotation selectors are meant to be
 * used: the position is tried first (the quote still there means nothing moved), then every
 * place the quote occurs, scored by how much of the saved prefix and suffix agree with the text
 * around it, nearest to the old position on a tie. A quote that no longer occurs, or occurs only
 * in places with no matching context, does not re-attach.
 */
public final class Reattacher {

    private Reattacher() {
    }

    public static Reattachment reattach(Review.Sheet sheet, String text) {
        List<Decision> kept = new ArrayList<>();
        List<Reattachment.Unattached> lost = new ArrayList<>();
        int moved = 0;
        for (Decision d : sheet.decisions()) {
            List<TextAnchor> anchors = new ArrayList<>();
            String missing = null;
            boolean changedPlace = false;
            for (TextAnchor a : d.anchors()) {
                Optional<TextAnchor> found = locate(a, text);
                if (found.isEmpty()) {
                    missing = "the text \u00AB" + abbreviate(a.exact()) + "\u00BB is no longer in the article";
                    break;
                }
                changedPlace |= found.get().start() != a.start();
                anchors.add(found.get());
            }
            if (missing != null) {
                lost.add(new Reattachment.Unattached(d, missing));
            } else {
                kept.add(d.withAnchors(anchors));
                if (changedPlace) {
                    moved++;
                }
            }
        }
        return new Reattachment(Review.Sheet.of(kept), lost, moved);
    }

    /** Where the anchored text is in {@code text} now, as a fresh anchor; empty if it is gone. */
    public static Optional<TextAnchor> locate(TextAnchor a, String text) {
        String exact = a.exact();
        int context = a.prefix().length() + a.suffix().length();
        // The same words at the same place, with their surroundings: nothing moved. (A repeated phrase
        // that slid into the old place has other surroundings and falls through to the search.)
        if (a.end() <= text.length() && text.startsWith(exact, a.start())
                && (context == 0 || enoughContext(contextScore(text, a.start(), exact.length(), a), context))) {
            return Optional.of(Anchors.of(text, a.start(), a.end()));
        }
        if (exact.isEmpty()) {
            return locateEmpty(a, text);
        }
        int best = -1;
        int bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;
        int count = 0;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            count++;
            int score = contextScore(text, at, exact.length(), a);
            int distance = Math.abs(at - a.start());
            if (score > bestScore || score == bestScore && distance < bestDistance) {
                best = at;
                bestScore = score;
                bestDistance = distance;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        // A short quote found only in unrelated places (no context agrees) is a coincidence, not the same passage.
        boolean trusted = context == 0 || enoughContext(bestScore, context)
                || count == 1 && exact.strip().length() >= 12;
        return trusted ? Optional.of(Anchors.of(text, best, best + exact.length())) : Optional.empty();
    }

    /** At least a quarter of the saved context (up to 4 characters) agrees: an edit right beside a quote still finds it. */
    private static boolean enoughContext(int score, int context) {
        return score * 4 >= Math.min(context, 16);
    }

    /** A zero-length anchor (a point between two characters) is found by its context alone. */
    private static Optional<TextAnchor> locateEmpty(TextAnchor a, String text) {
        String around = a.prefix() + a.suffix();
        if (around.isEmpty()) {
            return Optional.empty();
        }
        int best = -1;
        for (int at = text.indexOf(around); at >= 0; at = text.indexOf(around, at + 1)) {
            int p = at + a.prefix().length();
            if (best < 0 || Math.abs(p - a.start()) < Math.abs(best - a.start())) {
                best = p;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(Anchors.of(text, best, best));
    }

    /** Characters of the saved prefix and suffix that agree with the text around {@code [at, at+len)}. */
    static int contextScore(String text, int at, int len, TextAnchor a) {
        String prefix = a.prefix();
        int p = 0;
        while (p < prefix.length() && at - 1 - p >= 0
                && text.charAt(at - 1 - p) == prefix.charAt(prefix.length() - 1 - p)) {
            p++;
        }
        String suffix = a.suffix();
        int end = at + len;
        int s = 0;
        while (s < suffix.length() && end + s < text.length() && text.charAt(end + s) == suffix.charAt(s)) {
            s++;
        }
        return p + s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "\u2026";
    }
}
