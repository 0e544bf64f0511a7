package org.mizan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.analysis.actors.ArabicActorFinder;
import org.mizan.analysis.claims.ArabicClaimFinder;
import org.mizan.analysis.contradictions.FrameContradictionFinder;
import org.mizan.analysis.figures.ArabicFigureFinder;
import org.mizan.bench.BenchCorpus;
import org.mizan.export.AnalysisJson;
import org.mizan.io.BundledSamples;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Figure;
import org.mizan.model.Mention;
import org.mizan.model.Span;

/**
 * The reader's way of running the engine (visible paragraphs first, then the whole article in
 * stages) gives byte for byte the JSON of the plain sequential pipeline, on the bundled samples
 * and on a generated article of 1 MB; and the first partial of a long article is where the reader
 * looks, and agrees with the whole-article reading there.
 */
class VisibleFirstPipelineTest {

    private static final Pipeline ENGINE = Engine.standard();
    /** A long article of the samples' paragraphs, about 1 MB of UTF-8, read once for all tests. */
    private static Article longArticle;
    private static String longSequentialJson;
    private static List<Pipeline.Partial> longPartials;

    /** The stages one after the other on the calling thread, by hand: what "sequential" means here. */
    private static Analysis sequential(Article article) {
        String text = article.text();
        List<Figure> figures = new ArabicFigureFinder().find(text);
        ActorFinder.Result actors = new ArabicActorFinder().find(text);
        ClaimFinder.Found claims = new ArabicClaimFinder().findNoted(text, actors.mentions(), figures);
        Analysis withoutContradictions = new Analysis(article, actors.mentions(), actors.actors(), figures,
                claims.claims(), List.of());
        return new Analysis(article, actors.mentions(), actors.actors(), figures, claims.claims(),
                new FrameContradictionFinder().find(List.of(withoutContradictions), claims.notes()));
    }

    private static synchronized void readLongArticle() {
        if (longArticle == null) {
            longArticle = Article.of(new BenchCorpus().longArticle(1_000_000), "long.txt");
            longSequentialJson = AnalysisJson.write(sequential(longArticle));
            List<Pipeline.Partial> partials = new ArrayList<>();
            ENGINE.analyze(longArticle, new Span(0, 0), partials::add);
            longPartials = partials;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"detainees-release.txt", "budget-dispute.txt", "port-talks.txt", "flood-relief.txt"})
    void theReadersWayGivesTheSequentialJsonOnTheSamples(String name) {
        Article article = BundledSamples.load(name);
        List<Pipeline.Partial> partials = new ArrayList<>();

        Analysis staged = ENGINE.analyze(article, new Span(0, 0), partials::add);

        Analysis reference = sequential(article);
        assertFalse(reference.claims().isEmpty() || reference.mentions().isEmpty(), "a sample with findings");
        String json = AnalysisJson.write(reference);
        assertEquals(json, AnalysisJson.write(staged));
        assertEquals(json, AnalysisJson.write(ENGINE.analyze(article)));
        // a sample is short: no visible-first partial, the whole-article stages as before
        assertEquals(List.of(Pipeline.Stage.ACTORS, Pipeline.Stage.CLAIMS, Pipeline.Stage.CONTRADICTIONS),
                partials.stream().map(Pipeline.Partial::stage).toList());
    }

    @Test
    void theReadersWayGivesTheSequentialJsonOnAGeneratedMegabyte() {
        readLongArticle();
        assertTrue(longArticle.text().length() > 500_000, "about 1 MB of UTF-8");

        assertEquals(List.of(Pipeline.Stage.VISIBLE, Pipeline.Stage.ACTORS, Pipeline.Stage.CLAIMS,
                Pipeline.Stage.CONTRADICTIONS), longPartials.stream().map(Pipeline.Partial::stage).toList());
        String staged = AnalysisJson.write(longPartials.getLast().analysis());
        assertTrue(staged.length() > 1_000_000, "a megabyte of findings");
        assertEquals(longSequentialJson, staged);
    }

    @Test
    void theFirstPartialOfALongArticleHoldsTheVisibleParagraphsOnlyAndAgreesWithTheWholeArticleThere() {
        readLongArticle();
        String text = longArticle.text();
        Span window = VisibleWindow.around(text, new Span(0, 0)).orElseThrow();
        Analysis visible = longPartials.getFirst().analysis();
        Analysis whole = longPartials.get(1).analysis();

        assertFalse(visible.mentions().isEmpty());
        assertFalse(visible.figures().isEmpty());
        assertTrue(visible.claims().isEmpty() && visible.contradictions().isEmpty());
        assertTrue(visible.article() == longArticle, "offsets into the whole article");
        for (Mention m : visible.mentions()) {
            assertTrue(window.contains(m.span()), m + " outside " + window);
        }
        // figures are read sentence by sentence: the same ones as in the whole article
        assertEquals(whole.figures().stream().filter(f -> window.contains(f.span())).toList(), visible.figures());
        // names: the tagger's second pass and the repeats of a name reach across the window's edge, so a
        // few may differ; the spans and types are nearly all the same
        Set<String> inWhole = whole.mentions().stream().filter(m -> window.contains(m.span()))
                .map(m -> m.span() + " " + m.type()).collect(Collectors.toSet());
        long same = visible.mentions().stream().filter(m -> inWhole.contains(m.span() + " " + m.type())).count();
        assertTrue(same >= 0.9 * Math.max(inWhole.size(), visible.mentions().size()),
                same + " of " + visible.mentions().size() + " visible, " + inWhole.size() + " in the whole article");
        // and the actors group exactly the visible mentions
        assertEquals(Set.copyOf(visible.mentions()), visible.actors().stream().flatMap(a -> a.mentions().stream())
                .collect(Collectors.toSet()));
    }
}
