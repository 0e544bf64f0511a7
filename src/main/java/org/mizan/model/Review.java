package org.mizan.model;

import java.util.List;
import java.util.Objects;

/** A reader's decision on one flagged contradiction, anchored to both claims' text. */
public record Review(TextAnchor first, TextAnchor second, ContradictionKind kind, ReviewStatus status,
                     String note) {

    public Review {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
    }

    /** All decisions for one article. */
    public record Sheet(List<Review> reviews) {
        public Sheet {
            reviews = List.copyOf(reviews);
        }
    }
}
