package org.mizan.analysis;

import java.util.List;
import org.mizan.model.Actor;
import org.mizan.model.Mention;

/** Finds named actors and groups their aliases. One job; pure. */
@FunctionalInterface
public interface ActorFinder {

    /** The mentions in text order, and the same mentions grouped into actors. */
    record Result(List<Mention> mentions, List<Actor> actors) {
        public Result {
            mentions = List.copyOf(mentions);
            actors = List.copyOf(actors);
        }
    }

    Result find(String text);
}
