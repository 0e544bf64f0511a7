package org.mizan.analysis;

import java.util.List;
import org.mizan.model.Claim;
import org.mizan.model.Figure;
import org.mizan.model.Mention;

/** Finds attributed statements; uses the actors and figures already found. One job; pure. */
@FunctionalInterface
public interface ClaimFinder {
    List<Claim> find(String text, List<Mention> mentions, List<Figure> figures);
}
