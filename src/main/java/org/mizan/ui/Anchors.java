package org.mizan.ui;

import org.mizan.model.Span;
import org.mizan.model.TextAnchor;

/** Text anchors (quote plus position) that let a decision find its claims again after edits. */
final class Anchors {

    static final int CONTEXT = 32;

    private Anchors() {
    }

    static TextAnchor of(String text, Span span) {
        return new TextAnchor(span.of(text), text.substring(Math.max(0, span.start() - CONTEXT), span.start()),
                text.substring(span.end(), Math.min(text.length(), span.end() + CONTEXT)), span.start(), span.end());
    }

    /** How well {@code stored} matches {@code actual}: -1 when the quotes differ, else higher is closer. */
    static int score(TextAnchor stored, TextAnchor actual) {
        if (!stored.exact().equals(actual.exact())) {
            return -1;
        }
        int s = 0;
        if (stored.prefix().equals(actual.prefix())) {
            s += 2;
        }
        if (stored.suffix().equals(actual.suffix())) {
            s += 2;
        }
        if (stored.start() == actual.start()) {
            s += 1;
        }
        return s;
    }
}
