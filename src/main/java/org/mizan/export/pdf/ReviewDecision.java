package org.mizan.export.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.Contradiction;
import org.mizan.model.Review;
import org.mizan.model.ReviewStatus;
import org.mizan.model.TextAnchor;

/** A reader's decision on one contradiction, as printed in the PDF. */
public record ReviewDecision(ReviewStatus status, String note) {

    public static final ReviewDecision NONE = new ReviewDecision(ReviewStatus.UNREVIEWED, "");

    public ReviewDecision {
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }

    /**
     * Decisions keyed by contradiction id, matched from a review sheet: a review applies when its
     * kind matches and both anchors point at the two claims (by position, or by exact text when the
     * text moved).
     */
    public static Map<String, ReviewDecision> fromSheet(Analysis analysis, Review.Sheet sheet) {
        Map<String, ReviewDecision> out = new HashMap<>();
        String text = analysis.text();
        for (Contradiction x : analysis.contradictions()) {
            Claim a = analysis.claim(x.first().claimId()).orElse(null);
            Claim b = analysis.claim(x.second().claimId()).orElse(null);
            if (a == null || b == null) {
                continue;
            }
            for (Review r : sheet.reviews()) {
                if (r.kind() == x.kind() && matches(r.first(), a, text) && matches(r.second(), b, text)) {
                    out.put(x.id(), new ReviewDecision(r.status(), r.note()));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean matches(TextAnchor anchor, Claim claim, String text) {
        if (anchor.start() == claim.span().start() && anchor.end() == claim.span().end()) {
            return true;
        }
        return !anchor.exact().isEmpty() && anchor.exact().equals(claim.span().of(text));
    }
}
