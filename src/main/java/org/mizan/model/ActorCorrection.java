package org.mizan.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reader's correction of one actor mention.
 *
 * @param anchor    the mention's text
 * @param action    add a missed mention, remove a wrong one, or change its details
 * @param type      the corrected entity type (for ADD and CHANGE)
 * @param canonical the corrected canonical name, e.g. to merge two aliases (for ADD and CHANGE)
 */
public record ActorCorrection(TextAnchor anchor, CorrectionAction action, Optional<EntityType> type,
                              Optional<String> canonical) implements Decision {

    public ActorCorrection {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
    }

    @Override
    public List<TextAnchor> anchors() {
        return List.of(anchor);
    }

    @Override
    public ActorCorrection withAnchors(List<TextAnchor> anchors) {
        return new ActorCorrection(anchors.getFirst(), action, type, canonical);
    }
}
