package org.mizan.analysis;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.mizan.model.Actor;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Claim;
import org.mizan.model.Figure;
import org.mizan.model.Mention;
import org.mizan.model.Span;

/**
 * Runs the annotators in dependency order: figures and actors first, then claims (which need
 * both), then contradictions (which need claims). Pure: article in, analysis out.
 *
 * <p>The stages differ a lot in cost (on a long article of one story retold, the contradiction
 * search takes most of the time), so a caller may ask for each stage's result as it is done and
 * show actors and figures before claims and contradictions are known.
 */
public final class Pipeline {

    private final FigureFinder figures;
    private final ActorFinder actors;
    private final ClaimFinder claims;
    private final ContradictionFinder contradictions;

    public Pipeline(FigureFinder figures, ActorFinder actors, ClaimFinder claims,
                    ContradictionFinder contradictions) {
        this.figures = Objects.requireNonNull(figures);
        this.actors = Objects.requireNonNull(actors);
        this.claims = Objects.requireNonNull(claims);
        this.contradictions = Objects.requireNonNull(contradictions);
    }

    /**
     * What a partial result already holds; from {@link #ACTORS} on, each stage's result also holds
     * everything before it.
     */
    public enum Stage {
        /**
         * Figures and actor mentions of the paragraphs around where the reader looks only (a long
         * article, {@link #analyze(Article, Span, Consumer)}), read as if they were the whole text:
         * a name's other mentions elsewhere are not known yet, so its canonical name and, rarely, a
         * span or type may differ from {@link #ACTORS}, which replaces it.
         */
        VISIBLE,
        /** Figures and actor mentions; no claims, no contradictions yet. */
        ACTORS,
        /** Also claims; no contradictions yet. */
        CLAIMS,
        /** Everything: equal to {@link #analyze(Article)}. */
        CONTRADICTIONS;

        public boolean isFinal() {
            return this == CONTRADICTIONS;
        }
    }

    /** One stage's result: the analysis so far (later stages' lists empty). */
    public record Partial(Stage stage, Analysis analysis) {

        public Partial {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(analysis, "analysis");
        }
    }

    public Analysis analyze(Article article) {
        return analyze(article, p -> { });
    }

    /**
     * {@link #analyze(Article, Consumer)} for a reader looking at {@code visible} of a long article:
     * before the whole-article stages it hands over a {@link Stage#VISIBLE} partial, the figures and
     * actors of the paragraphs around {@code visible} ({@link VisibleWindow}), which on 2 MB costs a
     * hundredth of the whole-article actor stage, so highlights appear where the reader looks long
     * before the rest is read. The later partials and the result are those of
     * {@link #analyze(Article, Consumer)}; a short article gets no VISIBLE partial (its actor stage
     * comes soon enough).
     */
    public Analysis analyze(Article article, Span visible, Consumer<Partial> partial) {
        VisibleWindow.around(article.text(), visible)
                .ifPresent(w -> partial.accept(new Partial(Stage.VISIBLE, visiblePart(article, w))));
        return analyze(article, partial);
    }

    /** Figures and actors of {@code window} of the article's text, read on their own, at the article's offsets. */
    private Analysis visiblePart(Article article, Span window) {
        String slice = window.of(article.text());
        int at = window.start();
        List<Figure> foundFigures = figures.find(slice).stream()
                .map(f -> new Figure(f.span().shift(at), f.kind(), f.value(), f.unit(), f.approximate())).toList();
        ActorFinder.Result found = actors.find(slice);
        List<Mention> mentions = found.mentions().stream().map(m -> shifted(m, at)).toList();
        List<Actor> grouped = found.actors().stream().map(a -> new Actor(a.canonical(), a.type(),
                a.mentions().stream().map(m -> shifted(m, at)).toList())).toList();
        return new Analysis(article, mentions, grouped, foundFigures, List.of(), List.of());
    }

    private static Mention shifted(Mention m, int by) {
        return new Mention(m.span().shift(by), m.type(), m.canonical(), m.outlet());
    }

    /**
     * Analyses {@code article}, handing {@code partial} the result after each stage, in stage order,
     * on the calling thread; the last one handed over is the returned, complete analysis.
     */
    public Analysis analyze(Article article, Consumer<Partial> partial) {
        String text = article.text();
        List<Figure> foundFigures = figures.find(text);
        ActorFinder.Result foundActors = actors.find(text);
        partial.accept(new Partial(Stage.ACTORS, new Analysis(article, foundActors.mentions(), foundActors.actors(),
                foundFigures, List.of(), List.of())));
        ClaimFinder.Found found = claims.findNoted(text, foundActors.mentions(), foundFigures);
        List<Claim> foundClaims = found.claims();
        Analysis withoutContradictions = new Analysis(article, foundActors.mentions(), foundActors.actors(),
                foundFigures, foundClaims, List.of());
        partial.accept(new Partial(Stage.CLAIMS, withoutContradictions));
        // the claim finder's notes spare the search re-reading every claim's frame (a third of its cost)
        Analysis full = new Analysis(article, foundActors.mentions(), foundActors.actors(), foundFigures, foundClaims,
                contradictions.find(List.of(withoutContradictions), found.notes()));
        partial.accept(new Partial(Stage.CONTRADICTIONS, full));
        return full;
    }

    /**
     * The analysis after a reader's corrections, with the claims the reader marked by hand
     * ({@code readerClaims}, by id) read like found ones ({@link ClaimFinder#read}: their polarity
     * then says what the source does with the words) and the contradictions searched again, so a
     * claim the engine missed takes part in the search. The same object when there are none.
     */
    public Analysis withReaderClaims(Analysis corrected, java.util.Set<String> readerClaims) {
        if (readerClaims.isEmpty()) {
            return corrected;
        }
        String text = corrected.text();
        List<Claim> read = corrected.claims().stream().map(c -> !readerClaims.contains(c.id()) ? c
                : claims.read(text, c, corrected.mentions(), corrected.figures())).toList();
        Analysis withoutContradictions = new Analysis(corrected.article(), corrected.mentions(), corrected.actors(),
                corrected.figures(), read, List.of());
        return new Analysis(corrected.article(), corrected.mentions(), corrected.actors(), corrected.figures(), read,
                contradictions.find(List.of(withoutContradictions)));
    }

    /** Contradictions across several analysed articles (and within each). */
    public List<org.mizan.model.Contradiction> acrossArticles(List<Analysis> analyses) {
        return contradictions.find(analyses);
    }
}
