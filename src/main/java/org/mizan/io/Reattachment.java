package org.mizan.io;

import java.util.List;
import java.util.Objects;
import org.mizan.model.Decision;
import org.mizan.model.Review;

/**
 * The decisions of a saved review sheet, fitted to the article's current text.
 *
 * @param sheet      the decisions that re-attached, with anchors pointing into the current text
 * @param unattached the decisions that did not, each with the reason, for telling the reader
 * @param moved      how many re-attached decisions now point at a different position
 */
public record Reattachment(Review.Sheet sheet, List<Unattached> unattached, int moved) {

    public Reattachment {
        Objects.requireNonNull(sheet, "sheet");
        unattached = List.copyOf(unattached);
    }

    /** True when every decision re-attached. */
    public boolean complete() {
        return unattached.isEmpty();
    }

    /** A decision whose text is gone from the article (deleted or edited inside the quote). */
    public record Unattached(Decision decision, String reason) {
        public Unattached {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
