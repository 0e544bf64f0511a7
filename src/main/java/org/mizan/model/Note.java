package org.mizan.model;

import java.util.List;
import java.util.Objects;

/** A reader's free-text note on a passage. */
public record Note(TextAnchor anchor, String text) implements Decision {

    public Note {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public List<TextAnchor> anchors() {
        return List.of(anchor);
    }

    @Override
    public Note withAnchors(List<TextAnchor> anchors) {
        return new Note(anchors.getFirst(), text);
    }
}
