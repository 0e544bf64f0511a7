package org.mizan.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mizan.model.Span;
import org.mizan.text.ArabicNormalizer;
import org.mizan.text.NormalizedText;

/**
 * Find in one article, insensitive to diacritics, tatweel and alef/yaa variants: the query and the
 * text are folded by the text core's normaliser and matches are mapped back to original offsets.
 */
public final class FindViewModel {

    private final ArabicNormalizer normalizer = ArabicNormalizer.forMatching();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyListWrapper<Span> matches = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final IntegerProperty current = new SimpleIntegerProperty(this, "current", -1);
    private String foldedFor;
    private NormalizedText folded;

    public FindViewModel() {
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
            folded = normalizer.normalize(text);
            foldedFor = text;
        }
        String needle = normalizer.normalize(q.strip()).text();
        if (needle.isEmpty()) {
            return List.of();
        }
        String hay = folded.text();
        List<Span> out = new ArrayList<>();
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) {
            out.add(folded.originalSpan(i, i + needle.length(), text));
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
