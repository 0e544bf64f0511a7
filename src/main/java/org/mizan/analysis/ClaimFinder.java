package org.mizan.analysis;

import java.util.List;
import org.mizan.model.Claim;
import org.mizan.model.Figure;
import org.mizan.model.Mention;

/** Finds attributed statements; uses the actors and figures already found. One job; pure. */
@FunctionalInterface
public interface ClaimFinder {
    List<Claim> find(String text, List<Mention> mentions, List<Figure> figures);

    /** Claims with what was learnt reading them, for the contradiction search of the same article. */
    record Found(List<Claim> claims, ClaimNotes notes) {
    }

    /** {@link #find}, plus notes for {@link ContradictionFinder#find(java.util.List, ClaimNotes)}. */
    default Found findNoted(String text, List<Mention> mentions, List<Figure> figures) {
        return new Found(find(text, mentions, figures), ClaimNotes.NONE);
    }

    /**
     * A claim a reader marked by hand, read as this finder reads a content it found itself, so it
     * can be compared with the others: its frame, and its polarity and hedging from its words, where
     * {@code marked.polarity()} is what the source does with the words (AFFIRMED: says them,
     * NEGATED: denies them). A finder that reads no frames returns the claim as it is.
     */
    default Claim read(String text, Claim marked, List<Mention> mentions, List<Figure> figures) {
        return marked;
    }
}
