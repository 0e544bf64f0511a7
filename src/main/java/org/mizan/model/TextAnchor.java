package org.mizan.model;

import java.util.Objects;

/**
 * Where a decision points, robust to edits: a W3C Web Annotation TextQuoteSelector
 * (exact, prefix, suffix) plus a TextPositionSelector (start, end).
 */
public record TextAnchor(String exact, String prefix, String suffix, int start, int end) {

    public TextAnchor {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad anchor position");
        }
    }
}
