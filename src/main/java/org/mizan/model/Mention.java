package org.mizan.model;

import java.util.Objects;

/**
 * One mention of a named actor in the text.
 *
 * @param span      the characters of the name (without attached clitics such as و or لـ)
 * @param type      entity class
 * @param canonical the canonical name of the actor this mention belongs to (alias grouping)
 * @param outlet    true when the organisation is a media outlet (newspaper, agency, channel)
 */
public record Mention(Span span, EntityType type, String canonical, boolean outlet) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
        if (canonical.isBlank()) {
            throw new IllegalArgumentException("blank canonical name");
        }
    }
}
