package org.mizan.model;

import java.util.List;

/**
 * Something the reader decided about the article (a verdict on a contradiction, a note, a
 * correction), kept across sessions. It points into the text only through anchors, so it can be
 * re-attached after the article is edited.
 */
public sealed interface Decision permits Review, Note, ActorCorrection, ClaimCorrection {

    /** Every piece of text the decision points at; the decision survives an edit only if all re-attach. */
    List<TextAnchor> anchors();

    /** The same decision pointing at moved text; {@code anchors} are in the order of {@link #anchors()}. */
    Decision withAnchors(List<TextAnchor> anchors);
}
