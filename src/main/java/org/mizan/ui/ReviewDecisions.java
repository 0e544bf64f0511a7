package org.mizan.ui;

import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.mizan.model.Review;
import org.mizan.model.ReviewStatus;

/**
 * The reader's decisions on contradictions, matched to the current analysis by the claims' text
 * (so a decision survives re-analysis, closing and reopening). Stored in the first claim's article.
 */
public final class ReviewDecisions {

    private final ReviewBook book;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    public ReviewDecisions(ReviewBook book) {
        this.book = Objects.requireNonNull(book);
    }

    /** Increases on every decision, so views showing statuses know to refresh. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public Review find(ReviewItem item) {
        Review best = null;
        int bestScore = -1;
        var a = item.firstAnchor();
        var b = item.secondAnchor();
        for (Review r : book.load(item.firstArticle().article().source(), item.firstArticle().text()).reviews()) {
            if (r.kind() != item.contradiction().kind()) {
                continue;
            }
            int s1 = Anchors.score(r.first(), a);
            int s2 = Anchors.score(r.second(), b);
            if (s1 >= 0 && s2 >= 0 && s1 + s2 > bestScore) {
                best = r;
                bestScore = s1 + s2;
            }
        }
        return best;
    }

    public ReviewStatus status(ReviewItem item) {
        Review r = find(item);
        return r == null ? ReviewStatus.UNREVIEWED : r.status();
    }

    public String note(ReviewItem item) {
        Review r = find(item);
        return r == null ? "" : r.note();
    }

    public void decide(ReviewItem item, ReviewStatus status) {
        put(item, status, note(item));
    }

    public void note(ReviewItem item, String note) {
        put(item, status(item), note == null ? "" : note);
    }

    private void put(ReviewItem item, ReviewStatus status, String note) {
        String source = item.firstArticle().article().source();
        Review old = find(item);
        Review updated = new Review(item.firstAnchor(), item.secondAnchor(), item.contradiction().kind(), status, note);
        String text = item.firstArticle().text();
        Review.Sheet sheet = book.load(source, text);
        // Other kinds of decisions on the sheet (notes, corrections) are kept as they are.
        book.save(source, old == null ? sheet.plus(updated) : sheet.replace(old, updated), text);
        revision.set(revision.get() + 1);
    }
}
