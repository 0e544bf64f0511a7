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
import org.mizan.text.SentenceSplitter;

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
     * The sentences around {@code claim} in {@code text}: every sentence of its paragraph that the
     * claim touches (a claim may run over several). Only the paragraph is split, so this stays cheap
     * in a long article.
     */
    public static Span context(String text, Span claim) {
        int from = text.lastIndexOf('\n', Math.max(0, claim.start() - 1)) + 1;
        if (from > claim.start()) {
            from = 0;
        }
        int to = text.indexOf('\n', claim.end());
        if (to < 0) {
            to = text.length();
        }
        int start = claim.start();
        int end = claim.end();
        for (Span s : SPLITTER.split(text.substring(from, to))) {
            Span abs = s.shift(from);
            if (abs.end() > claim.start() && abs.start() < claim.end()) {
                start = Math.min(start, abs.start());
                end = Math.max(end, abs.end());
            }
        }
        return new Span(start, end);
    }

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
}
