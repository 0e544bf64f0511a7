package org.mizan.ui;

import static org.mizan.ui.Await.await;
import static org.mizan.ui.Await.awaitQuietly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mizan.analysis.ActorFinder;
import org.mizan.analysis.Pipeline;
import org.mizan.model.Article;
import org.mizan.model.Mention;

/** The reader applies the engine's stages as they come: actors first, then claims, then contradictions. */
class StagedAnalysisTest {

    private final ScheduledExecutorService bg = Executors.newSingleThreadScheduledExecutor();
    /** Stands in for the FX thread: results are applied one at a time, in order. */
    private final java.util.concurrent.ExecutorService fx = Executors.newSingleThreadExecutor();
    private final Threads threads = new Threads(bg, fx);

    @AfterEach
    void stop() {
        bg.shutdownNow();
        fx.shutdownNow();
    }

    private record Seen(org.mizan.analysis.Pipeline.Stage stage, int mentions, int claims, int contradictions,
                        int claimRows, boolean busy, boolean current, boolean partial) {
    }

    @Test
    void eachStageIsShownInOrderWithGrowingContentAndBusyUntilTheLast() throws Exception {
        Pipeline pipeline = ReaderFixture.pipeline();
        // each stage waits until the one before is on screen, as a slow engine on a long article would
        // (stages that come faster than the FX thread takes them are coalesced)
        DocumentViewModel[] holder = new DocumentViewModel[1];
        Pipeline paced = new Pipeline(ReaderFixture::figures, text -> {
            List<Mention> ms = ReaderFixture.mentions(text);
            return new ActorFinder.Result(ms, ReaderFixture.actors(ms));
        }, (text, ms, figs) -> {
            awaitQuietly(() -> holder[0].stageProperty().get() == Pipeline.Stage.ACTORS);
            return ReaderFixture.claims(text);
        }, analyses -> {
            awaitQuietly(() -> holder[0].stageProperty().get() == Pipeline.Stage.CLAIMS);
            return ReaderFixture.contradictions(analyses);
        });
        DocumentViewModel doc = DocumentViewModel.staged(Article.of(ReaderFixture.ARTICLE, "a.txt"), null,
                paced::analyze, threads, Duration.ZERO);
        holder[0] = doc;
        List<Seen> seen = new CopyOnWriteArrayList<>();
        doc.analysisProperty().addListener((o, a, b) -> seen.add(new Seen(doc.stageProperty().get(), b.mentions().size(),
                b.claims().size(), b.contradictions().size(), doc.prepared().claimRows().size(), doc.busyProperty().get(),
                doc.analysisCurrent(), doc.partialCurrent())));

        doc.analyseNow();
        await(() -> !doc.busyProperty().get());
        fx.submit(() -> { }).get();

        var full = pipeline.analyze(Article.of(ReaderFixture.ARTICLE, "a.txt"));
        assertFalse(full.contradictions().isEmpty(), "the fixture article has a contradiction");
        assertEquals(List.of(
                new Seen(Pipeline.Stage.ACTORS, full.mentions().size(), 0, 0, 0, true, false, true),
                new Seen(Pipeline.Stage.CLAIMS, full.mentions().size(), full.claims().size(), 0, full.claims().size(),
                        true, false, true),
                new Seen(Pipeline.Stage.CONTRADICTIONS, full.mentions().size(), full.claims().size(),
                        full.contradictions().size(), full.claims().size(), true, true, true)), seen);
        assertEquals(full, doc.analysis());
        // the first stage's mentions already answer a click on a name
        Mention first = full.mentions().getFirst();
        assertEquals(first, doc.mentionAt(first.span().start()).orElseThrow());
    }

    @Test
    void anEditDuringTheClaimStageStopsTheStaleAnalysisBeforeItsContradictionSearch() throws Exception {
        String first = ReaderFixture.ARTICLE;
        String second = ReaderFixture.ARTICLE + "\nقال سامر الخطيب إن الطريق فُتح.";
        CountDownLatch inClaims = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> searched = new CopyOnWriteArrayList<>();
        AtomicInteger applied = new AtomicInteger();
        Pipeline slow = new Pipeline(ReaderFixture::figures, text -> {
            List<Mention> ms = ReaderFixture.mentions(text);
            return new ActorFinder.Result(ms, ReaderFixture.actors(ms));
        }, (text, ms, figs) -> {
            if (text.equals(first)) {
                inClaims.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return ReaderFixture.claims(text);
        }, analyses -> {
            searched.add(analyses.getFirst().text());
            return ReaderFixture.contradictions(analyses);
        });
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(2);
        try {
            DocumentViewModel doc = DocumentViewModel.staged(Article.of(first, "a.txt"), null, slow::analyze,
                    new Threads(pool, fx), Duration.ZERO);
            List<String> texts = new CopyOnWriteArrayList<>();
            doc.analysisProperty().addListener((o, a, b) -> {
                texts.add(doc.stageProperty().get() + " " + (b.text().equals(first) ? "first" : "second"));
                applied.incrementAndGet();
            });
            doc.analyseNow();
            assertTrue(inClaims.await(5, TimeUnit.SECONDS));
            fx.submit(() -> { }).get();
            doc.textEdited(second);
            await(doc::analysisCurrent);
            release.countDown();
            Thread.sleep(200);
            fx.submit(() -> { }).get();

            assertEquals(List.of(second), searched, "the stale text's contradiction search never ran");
            // the second text's stages may be coalesced (they come faster than the FX thread takes them)
            assertEquals("ACTORS first", texts.getFirst());
            assertEquals("CONTRADICTIONS second", texts.getLast());
            assertTrue(texts.subList(1, texts.size()).stream().allMatch(t -> t.endsWith("second")), texts.toString());
            assertEquals(second, doc.analysis().text());
            assertFalse(doc.busyProperty().get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onceCompleteAReanalysisKeepsTheCompleteResultOnScreenUntilItsOwnIsComplete() throws Exception {
        String second = ReaderFixture.ARTICLE + "\nقال سامر الخطيب إن الطريق فُتح.";
        DocumentViewModel doc = DocumentViewModel.staged(Article.of(ReaderFixture.ARTICLE, "a.txt"), null,
                ReaderFixture.pipeline()::analyze, threads, Duration.ZERO);
        doc.analyseNow();
        await(() -> !doc.busyProperty().get() && doc.analysisCurrent());
        fx.submit(() -> { }).get();
        int contradictions = doc.analysis().contradictions().size();
        assertTrue(contradictions > 0, "the fixture article has a contradiction");

        List<String> seen = new CopyOnWriteArrayList<>();
        doc.analysisProperty().addListener((o, a, b) -> seen.add(doc.stageProperty().get() + " "
                + b.contradictions().size()));
        doc.textEdited(second);
        await(() -> !doc.busyProperty().get() && doc.analysisCurrent());
        fx.submit(() -> { }).get();
        // no early stage with its empty claim and contradiction lists replaced the complete analysis
        assertEquals(List.of("CONTRADICTIONS " + doc.analysis().contradictions().size()), seen);
        assertEquals(second, doc.analysis().text());
    }

    @Test
    void stagesThatComeTogetherAreAppliedAFewFramesApartTheLastOneComplete() throws Exception {
        // The fixture's annotators finish all three stages within a few milliseconds, as the engine
        // does on a short article: applied back to back, two repaints fell into one frame.
        DocumentViewModel doc = DocumentViewModel.staged(Article.of(ReaderFixture.ARTICLE, "a.txt"), null,
                ReaderFixture.pipeline()::analyze, threads, Duration.ZERO);
        List<Long> appliedAt = new CopyOnWriteArrayList<>();
        List<Pipeline.Stage> stages = new CopyOnWriteArrayList<>();
        doc.analysisProperty().addListener((o, a, b) -> {
            appliedAt.add(System.nanoTime());
            stages.add(doc.stageProperty().get());
        });
        doc.analyseNow();
        await(() -> !doc.busyProperty().get());
        fx.submit(() -> { }).get();

        assertEquals(Pipeline.Stage.CONTRADICTIONS, stages.getLast(), "the complete analysis is the last one shown");
        assertEquals(ReaderFixture.pipeline().analyze(Article.of(ReaderFixture.ARTICLE, "a.txt")), doc.analysis());
        for (int i = 1; i < appliedAt.size(); i++) {
            assertTrue(appliedAt.get(i) - appliedAt.get(i - 1) >= DocumentViewModel.APPLY_GAP_NANOS,
                    "stage " + stages.get(i) + " applied " + (appliedAt.get(i) - appliedAt.get(i - 1)) / 1_000_000
                            + " ms after " + stages.get(i - 1));
        }
    }
}
