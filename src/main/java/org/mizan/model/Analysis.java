package org.mizan.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything the engine found in one article. Replaced whole on re-analysis. */
public record Analysis(Article article, List<Mention> mentions, List<Actor> actors, List<Figure> figures,
                       List<Claim> claims, List<Contradiction> contradictions) {

    public Analysis {
        Objects.requireNonNull(article, "article");
        mentions = List.copyOf(mentions);
        actors = List.copyOf(actors);
        figures = List.copyOf(figures);
        claims = List.copyOf(claims);
        contradictions = List.copyOf(contradictions);
    }

    public String text() {
        return article.text();
    }

    public Optional<Claim> claim(String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
