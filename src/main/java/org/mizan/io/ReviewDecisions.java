package org.mizan.io;

import java.util.Optional;
import org.mizan.model.ActorCorrection;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.ClaimCorrection;
import org.mizan.model.Contradiction;
import org.mizan.model.CorrectionAction;
import org.mizan.model.EntityType;
import org.mizan.model.Mention;
import org.mizan.model.Note;
import org.mizan.model.Polarity;
import org.mizan.model.Review;
import org.mizan.model.ReviewStatus;
import org.mizan.model.Span;
import org.mizan.model.TextAnchor;

/**
 * Builds decisions from what the engine found and finds the decision that belongs to a finding,
 * so the UI never makes anchors by hand. A decision matches a finding when its anchors sit
 * exactly on the finding's spans (after {@link Reattacher} has fitted them to the current text).
 */
public final class ReviewDecisions {

    private ReviewDecisions() {
    }

    /** A verdict on a contradiction between two claims of {@code analysis}. */
    public static Review review(Analysis analysis, Contradiction x, ReviewStatus status, String note) {
        return new Review(anchor(analysis, claimSpan(analysis, x.first().claimId())),
                anchor(analysis, claimSpan(analysis, x.second().claimId())), x.kind(), status, note);
    }

    /** The reader's verdict on {@code x}, if there is one in {@code sheet}. */
    public static Optional<Review> find(Review.Sheet sheet, Analysis analysis, Contradiction x) {
        Optional<Span> a = analysis.claim(x.first().claimId()).map(Claim::span);
        Optional<Span> b = analysis.claim(x.second().claimId()).map(Claim::span);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return sheet.reviews().stream()
                .filter(r -> r.kind() == x.kind() && on(r.first(), a.get()) && on(r.second(), b.get()))
                .findFirst();
    }

    public static Note note(Analysis analysis, Span span, String text) {
        return new Note(anchor(analysis, span), text);
    }

    /** Hides a mention the engine got wrong. */
    public static ActorCorrection removeMention(Analysis analysis, Mention m) {
        return new ActorCorrection(anchor(analysis, m.span()), CorrectionAction.REMOVE, Optional.empty(), Optional.empty());
    }

    /** Adds a mention the engine missed, or changes one it found (type and/or canonical name). */
    public static ActorCorrection setMention(Analysis analysis, Span span, boolean found, EntityType type,
                                             String canonical) {
        return new ActorCorrection(anchor(analysis, span), found ? CorrectionAction.CHANGE : CorrectionAction.ADD,
                Optional.of(type), Optional.of(canonical));
    }

    /** Hides a claim the engine got wrong. */
    public static ClaimCorrection removeClaim(Analysis analysis, Claim c) {
        return new ClaimCorrection(anchor(analysis, c.span()), CorrectionAction.REMOVE, Optional.empty(), Optional.empty());
    }

    /** Adds a missed claim or changes a found one's source and/or polarity. */
    public static ClaimCorrection setClaim(Analysis analysis, Span content, boolean found, Optional<Span> source,
                                           Optional<Polarity> polarity) {
        return new ClaimCorrection(anchor(analysis, content), found ? CorrectionAction.CHANGE : CorrectionAction.ADD,
                source.map(s -> anchor(analysis, s)), polarity);
    }

    /** The actor correction sitting exactly on {@code span}, if any. */
    public static Optional<ActorCorrection> actorCorrection(Review.Sheet sheet, Span span) {
        return sheet.actors().stream().filter(c -> on(c.anchor(), span)).findFirst();
    }

    /** The claim correction whose content sits exactly on {@code span}, if any. */
    public static Optional<ClaimCorrection> claimCorrection(Review.Sheet sheet, Span span) {
        return sheet.claims().stream().filter(c -> on(c.content(), span)).findFirst();
    }

    private static boolean on(TextAnchor a, Span s) {
        return a.start() == s.start() && a.end() == s.end();
    }

    private static TextAnchor anchor(Analysis analysis, Span span) {
        return Anchors.of(analysis.text(), span);
    }

    private static Span claimSpan(Analysis analysis, String id) {
        return analysis.claim(id).map(Claim::span)
                .orElseThrow(() -> new IllegalArgumentException("claim " + id + " is not in this article"));
    }
}
