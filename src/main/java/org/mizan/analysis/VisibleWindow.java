package org.mizan.analysis;

import java.util.Optional;
import org.mizan.model.Span;

/**
 * Which part of a long article the {@link Pipeline.Stage#VISIBLE} stage reads: the paragraphs
 * around what the reader sees, a screen or two before it and a few after (at the smallest zoom a
 * screen holds about 6,000 characters), cut at paragraph ends so the tagger reads whole sentences.
 * A paragraph far longer than a screen is cut at a sentence end, else between words.
 */
public final class VisibleWindow {

    /** Characters read before the first visible one (the reader may scroll up a little). */
    static final int BEFORE = 2_000;
    /** Characters read from the first visible one on: more than a screen at the smallest zoom. */
    static final int AFTER = 10_000;
    /** How much further than that to look for the end of a paragraph before cutting inside it. */
    static final int SLACK = 3_000;
    /**
     * Articles shorter than this get no visible-first stage: their whole actor stage takes well
     * under 100 ms of CPU warm, and reading a window first would only add to it.
     */
    static final int LONG = 60_000;

    private VisibleWindow() {
    }

    /**
     * The window of {@code text} to read first for a reader who sees {@code visible} (offsets past
     * the end are clamped: the text may have changed since), or empty when the article is short.
     */
    public static Optional<Span> around(String text, Span visible) {
        int n = text.length();
        if (n < LONG) {
            return Optional.empty();
        }
        int from = Math.min(visible.start(), n);
        int to = Math.min(Math.max(visible.end(), from), n);
        int start = cutBefore(text, Math.max(0, from - BEFORE));
        int end = cutAfter(text, Math.min(n, Math.max(to, from + AFTER)));
        return Optional.of(new Span(start, end));
    }

    /** A cut at or before {@code at}: just after a line break, else a sentence end, else a space. */
    private static int cutBefore(String text, int at) {
        if (at == 0) {
            return 0;
        }
        int limit = Math.max(0, at - SLACK);
        int line = text.lastIndexOf('\n', at - 1);
        if (line >= limit) {
            return line + 1;
        }
        for (int k = at - 1; k >= limit; k--) {
            if (isSentenceEnd(text, k)) {
                return k + 1;
            }
        }
        for (int k = at - 1; k >= limit; k--) {
            if (Character.isWhitespace(text.charAt(k))) {
                return k + 1;
            }
        }
        return between(text, at);
    }

    /** A cut at or after {@code at}: at a line break, else after a sentence end, else at a space. */
    private static int cutAfter(String text, int at) {
        int n = text.length();
        if (at >= n) {
            return n;
        }
        int limit = Math.min(n, at + SLACK);
        int line = text.indexOf('\n', at);
        if (line >= 0 && line < limit) {
            return line;
        }
        for (int k = at; k < limit; k++) {
            if (isSentenceEnd(text, k)) {
                return k + 1;
            }
        }
        for (int k = at; k < limit; k++) {
            if (Character.isWhitespace(text.charAt(k))) {
                return k;
            }
        }
        return limit == n ? n : between(text, limit);
    }

    private static boolean isSentenceEnd(String text, int k) {
        char c = text.charAt(k);
        return (c == '.' || c == '؟' || c == '!' || c == '?')
                && (k + 1 == text.length() || Character.isWhitespace(text.charAt(k + 1)));
    }

    /** {@code at}, or one earlier when it would split a surrogate pair. */
    private static int between(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }
}
