package org.mizan.io;

import org.mizan.model.Span;
import org.mizan.model.TextAnchor;

/** Makes {@link TextAnchor}s: the quoted text with up to {@link #CONTEXT} characters either side, plus its position. */
public final class Anchors {

    /** Characters of context kept on each side of a quote. */
    public static final int CONTEXT = 32;

    private Anchors() {
    }

    public static TextAnchor of(String text, Span span) {
        return of(text, span.start(), span.end());
    }

    public static TextAnchor of(String text, int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") outside a text of " + text.length());
        }
        int from = start - CONTEXT;
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        int to = end + CONTEXT;
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        return new TextAnchor(text.substring(start, end), text.substring(Math.max(0, from), start),
                text.substring(end, Math.min(text.length(), to)), start, end);
    }

    /** The span an anchor's position names. */
    public static Span span(TextAnchor anchor) {
        return new Span(anchor.start(), anchor.end());
    }
}
