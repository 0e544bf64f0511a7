package org.mizan.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a claim is about, in a form two claims can be compared by.
 *
 * @param predicate the predicate family, normalised by root or lemma (e.g. "انسحب" for انسحاب/الانسحاب/ينسحب)
 * @param actors    canonical names of the actors the content mentions
 * @param places    canonical names of the places the content mentions
 * @param figures   spans of figures inside the content
 * @param time      a time expression the content is anchored to, if any (ISO-8601, partial allowed)
 */
public record Frame(String predicate, List<String> actors, List<String> places, List<Span> figures,
                    Optional<String> time) {

    public Frame {
        Objects.requireNonNull(predicate, "predicate");
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        figures = List.copyOf(figures);
        Objects.requireNonNull(time, "time");
    }
}
