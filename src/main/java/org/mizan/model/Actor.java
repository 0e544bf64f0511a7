package org.mizan.model;

import java.util.List;
import java.util.Objects;

/** All mentions of one actor, grouped under its canonical name. */
public record Actor(String canonical, EntityType type, List<Mention> mentions) {

    public Actor {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an actor needs at least one mention");
        }
    }
}
