package org.mizan.analysis;

import java.util.List;
import java.util.Optional;
import org.mizan.model.Claim;
import org.mizan.model.Figure;
import org.mizan.model.Frame;
import org.mizan.model.Mention;
import org.mizan.model.Span;

/** Finds attributed statements; uses the actors and figures already found. One job; pure. */
@FunctionalInterface
public interface ClaimFinder {
    List<Claim> find(String text, List<Mention> mentions, List<Figure> figures);

    /**
     * What the words {@code content} assert, read as this finder reads a content it found itself: for
     * a claim a reader marked by hand, so it can be compared with the others. A finder that reads no
     * frames gives an empty one.
     */
    default Frame frame(String text, Span content, List<Mention> mentions, List<Figure> figures) {
        return new Frame("", List.of(), List.of(), List.of(), Optional.empty());
    }
}
