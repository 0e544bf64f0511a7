package org.mizan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mizan.model.Span;

/**
 * Find in one article, insensitive to diacritics, tatweel and alef/yaa variants: the query and the
 * text are folded the same way and matches are mapped back to original offsets.
 */
public final class FindViewModel {

    private final TextFolding folding;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyListWrapper<Span> matches = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final IntegerProperty current = new SimpleIntegerProperty(this, "current", -1);
    private String foldedFor;
    private TextFolding.Folded folded;

    public FindViewModel(TextFolding folding) {
        this.folding = Objects.requireNonNull(folding);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Span> matches() {
        return matches.getReadOnlyProperty();
    }

    /** Index into {@link #matches()} of the current match, -1 when there is none. */
    public IntegerProperty currentProperty() {
        return current;
    }

    /** Finds the query in {@code text}; the current match becomes the first one at or after {@code from}. */
    public List<Span> search(String text, int from) {
        List<Span> found = find(text, query.get());
        matches.setAll(found);
        int idx = -1;
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).start() >= from) {
                idx = i;
                break;
            }
        }
        current.set(found.isEmpty() ? -1 : Math.max(idx, 0));
        return found;
    }

    public List<Span> find(String text, String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (!text.equals(foldedFor)) {
            folded = folding.fold(text);
            foldedFor = text;
        }
        String needle = folding.fold(q.strip()).text();
        if (needle.isEmpty()) {
            return List.of();
        }
        String hay = folded.text();
        List<Span> out = new ArrayList<>();
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) {
            out.add(new Span(folded.originalStart(i), folded.originalEnd(i + needle.length() - 1)));
        }
        return out;
    }

    /** Moves to the next match (wrapping) and returns it, or null when there is none. */
    public Span next() {
        return step(1);
    }

    public Span previous() {
        return step(-1);
    }

    private Span step(int delta) {
        int n = matches.size();
        if (n == 0) {
            return null;
        }
        int i = Math.floorMod(current.get() + delta, n);
        current.set(i);
        return matches.get(i);
    }

    public Span currentMatch() {
        int i = current.get();
        return i >= 0 && i < matches.size() ? matches.get(i) : null;
    }
}
