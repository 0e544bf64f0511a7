package org.mizan.ui;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mizan.model.ReviewStatus;
import org.mizan.model.Span;

/** Steps through contradictions side by side and records the reader's decision on each. */
public final class ReviewViewModel {

    private final ReviewDecisions decisions;
    private final ObservableList<ReviewItem> items = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", -1);
    private final ObjectBinding<ReviewItem> current;

    public ReviewViewModel(ReviewDecisions decisions) {
        this.decisions = Objects.requireNonNull(decisions);
        current = Bindings.createObjectBinding(
                () -> index.get() >= 0 && index.get() < items.size() ? items.get(index.get()) : null, index, items);
    }

    public ObservableList<ReviewItem> items() {
        return items;
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public ObjectBinding<ReviewItem> currentProperty() {
        return current;
    }

    public ReviewItem current() {
        return current.get();
    }

    public ReviewDecisions decisions() {
        return decisions;
    }

    /** Shows {@code items}, starting at {@code start} (kept on the same contradiction when possible). */
    public void show(List<ReviewItem> list, ReviewItem start) {
        items.setAll(list);
        int i = start == null ? -1 : indexOf(start);
        index.set(i >= 0 ? i : list.isEmpty() ? -1 : 0);
    }

    private int indexOf(ReviewItem item) {
        for (int i = 0; i < items.size(); i++) {
            ReviewItem it = items.get(i);
            if (it.contradiction().id().equals(item.contradiction().id())
                    && it.first().span().equals(item.first().span())
                    && it.firstArticle().article().source().equals(item.firstArticle().article().source())) {
                return i;
            }
        }
        return -1;
    }

    public void next() {
        if (!items.isEmpty()) {
            index.set(Math.floorMod(index.get() + 1, items.size()));
        }
    }

    public void previous() {
        if (!items.isEmpty()) {
            index.set(Math.floorMod(index.get() - 1, items.size()));
        }
    }

    public void confirm() {
        decide(ReviewStatus.CONFIRMED);
    }

    public void dismiss() {
        decide(ReviewStatus.DISMISSED);
    }

    private void decide(ReviewStatus status) {
        ReviewItem it = current();
        if (it != null) {
            decisions.decide(it, status);
        }
    }

    public void note(String text) {
        ReviewItem it = current();
        if (it != null) {
            decisions.note(it, text);
        }
    }

    public ReviewStatus status() {
        ReviewItem it = current();
        return it == null ? ReviewStatus.UNREVIEWED : decisions.status(it);
    }

    /**
     * The sentence around {@code claim} in {@code text}: from the sentence start before the claim to
     * the sentence end after it (a claim may run over several sentences).
     */
    public static Span context(String text, Span claim) {
        var it = java.text.BreakIterator.getSentenceInstance(java.util.Locale.forLanguageTag("ar"));
        it.setText(text);
        int start = claim.start() <= 0 ? 0 : it.preceding(Math.min(claim.start() + 1, text.length()));
        int end = claim.end() >= text.length() ? text.length() : it.following(Math.max(claim.end() - 1, 0));
        if (start == java.text.BreakIterator.DONE) {
            start = 0;
        }
        if (end == java.text.BreakIterator.DONE) {
            end = text.length();
        }
        // Paragraph breaks end a sentence too (headlines and bylines carry no full stop).
        int nl = text.lastIndexOf('\n', claim.start() - 1);
        start = Math.max(start, nl + 1);
        int nr = text.indexOf('\n', claim.end());
        if (nr >= 0) {
            end = Math.min(end, nr);
        }
        start = Math.min(start, claim.start());
        end = Math.max(end, claim.end());
        return new Span(start, end);
    }
}
