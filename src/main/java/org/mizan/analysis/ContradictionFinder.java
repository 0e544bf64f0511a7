package org.mizan.analysis;

import java.util.List;
import org.mizan.model.Analysis;
import org.mizan.model.Contradiction;

/**
 * Pairs claims that cannot both be true. Runs over one analysis or over several open articles
 * (cross-article contradictions use the same method).
 */
@FunctionalInterface
public interface ContradictionFinder {
    /** @param analyses analyses whose claims are already filled in; contradictions are ignored */
    List<Contradiction> find(List<Analysis> analyses);

    /**
     * {@link #find(List)} with the claim finder's notes on these analyses' claims: the same result,
     * without reading again what the claim finder already read.
     */
    default List<Contradiction> find(List<Analysis> analyses, ClaimNotes notes) {
        return find(analyses);
    }
}
