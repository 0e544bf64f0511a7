package org.mizan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.io.BundledSamples;
import org.mizan.model.Analysis;
import org.mizan.model.Article;

/** Progressive results of the standard engine on the bundled Arabic samples: in order, growing, same end. */
class PipelineProgressTest {

    private static final Pipeline ENGINE = Engine.standard();

    @ParameterizedTest
    @ValueSource(strings = {"detainees-release.txt", "budget-dispute.txt", "port-talks.txt"})
    void partialsArriveInStageOrderAndTheLastEqualsAnalyze(String name) {
        Article article = BundledSamples.load(name);
        List<Pipeline.Partial> partials = new ArrayList<>();

        Analysis progressive = ENGINE.analyze(article, partials::add);

        assertEquals(List.of(Pipeline.Stage.ACTORS, Pipeline.Stage.CLAIMS, Pipeline.Stage.CONTRADICTIONS),
                partials.stream().map(Pipeline.Partial::stage).toList());
        assertSame(progressive, partials.getLast().analysis());
        assertEquals(ENGINE.analyze(article), progressive);
    }

    @ParameterizedTest
    @ValueSource(strings = {"detainees-release.txt", "budget-dispute.txt"})
    void eachPartialKeepsWhatTheStageBeforeFoundAndAddsItsOwn(String name) {
        Article article = BundledSamples.load(name);
        List<Pipeline.Partial> partials = new ArrayList<>();
        Analysis full = ENGINE.analyze(article, partials::add);
        Analysis actors = partials.get(0).analysis();
        Analysis claims = partials.get(1).analysis();

        // the samples are written to have all four: a test on an empty stage could not fail
        assertFalse(full.mentions().isEmpty());
        assertFalse(full.figures().isEmpty());
        assertFalse(full.claims().isEmpty());
        assertFalse(full.contradictions().isEmpty(), name + " has a contradiction");

        assertEquals(full.mentions(), actors.mentions());
        assertEquals(full.actors(), actors.actors());
        assertEquals(full.figures(), actors.figures());
        assertTrue(actors.claims().isEmpty());
        assertTrue(actors.contradictions().isEmpty());

        assertEquals(full.mentions(), claims.mentions());
        assertEquals(full.claims(), claims.claims());
        assertTrue(claims.contradictions().isEmpty());
        for (Pipeline.Partial p : partials) {
            assertSame(article, p.analysis().article());
        }
    }
}
