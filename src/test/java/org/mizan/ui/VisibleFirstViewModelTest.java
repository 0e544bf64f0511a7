package org.mizan.ui;

import static org.mizan.ui.Await.await;
import static org.mizan.ui.Await.awaitQuietly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mizan.analysis.ActorFinder;
import org.mizan.analysis.Pipeline;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Mention;

/**
 * Opening a long article, the reader first shows the figures and actors of the paragraphs on screen,
 * then the whole article's stages; after the first complete analysis an edit re-analyses without
 * that early partial (the complete one stays on screen until the new one is complete).
 */
class VisibleFirstViewModelTest {

    private final ScheduledExecutorService bg = Executors.newSingleThreadScheduledExecutor();
    /** Stands in for the FX thread: results are applied one at a time, in order. */
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final Threads threads = new Threads(bg, fx);
    /** The length of each text the actor finder was asked to read, in order. */
    private final List<Integer> actorReads = new CopyOnWriteArrayList<>();
    private final DocumentViewModel[] holder = new DocumentViewModel[1];

    private record Seen(Pipeline.Stage stage, int mentions, int lastMentionEnd, boolean partialCurrent,
                        boolean analysisCurrent) {
    }

    @AfterEach
    void stop() {
        bg.shutdownNow();
        fx.shutdownNow();
    }

    /** About 220k characters: the fixture's four paragraphs again and again. */
    private static String longText() {
        StringBuilder sb = new StringBuilder(ReaderFixture.ARTICLE);
        while (sb.length() < 220_000) {
            sb.append('\n').append(ReaderFixture.ARTICLE);
        }
        return sb.toString();
    }

    /**
     * The fixture's annotators; reading the whole article waits until the reader shows the visible
     * paragraphs' partial, as the real engine's whole-article stage takes far longer than the window.
     */
    private Pipeline paced() {
        return new Pipeline(ReaderFixture::figures, text -> {
            actorReads.add(text.length());
            if (text.length() > 100_000) {
                awaitQuietly(() -> holder[0] != null && holder[0].stageProperty().get() != null);
            }
            List<Mention> ms = ReaderFixture.mentions(text);
            return new ActorFinder.Result(ms, ReaderFixture.actors(ms));
        }, (text, ms, figs) -> ReaderFixture.claims(text), ReaderFixture::contradictions);
    }

    private MainViewModel model(Pipeline pipeline) {
        return new MainViewModel(pipeline, ArticleFiles.standard(), new Settings(new MemoryPreferences()),
                ReviewBook.inMemory(), threads, Duration.ZERO, Language.ENGLISH);
    }

    private List<Seen> watch(DocumentViewModel doc) throws Exception {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        onFx(() -> {
            doc.analysisProperty().addListener((o, a, b) -> seen.add(new Seen(doc.stageProperty().get(),
                    b.mentions().size(), b.mentions().isEmpty() ? 0 : b.mentions().getLast().span().end(),
                    doc.partialCurrent(), doc.analysisCurrent())));
            return null;
        });
        return seen;
    }

    @Test
    void aLongArticleShowsTheParagraphsOnScreenFirstThenTheWholeArticle() throws Exception {
        String text = longText();
        Pipeline pipeline = paced();
        MainViewModel vm = model(pipeline);
        CountDownLatch hold = holdBackground();
        DocumentViewModel doc = onFx(() -> vm.openArticle(Article.of(text, "long.txt")));
        holder[0] = doc;
        List<Seen> seen = watch(doc);
        hold.countDown();
        await(() -> doc.analysisCurrent());
        fx.submit(() -> { }).get();
        List<Integer> reads = List.copyOf(actorReads);

        Analysis full = pipeline.analyze(Article.of(text, "long.txt"));
        Seen first = seen.getFirst();
        assertEquals(Pipeline.Stage.VISIBLE, first.stage());
        assertTrue(first.partialCurrent() && !first.analysisCurrent(), "a partial of the text shown: " + first);
        assertTrue(first.mentions() > 0 && first.mentions() < full.mentions().size() / 10, first.toString());
        assertTrue(first.lastMentionEnd() < 20_000, "names of the top of the article only: " + first);
        assertEquals(Pipeline.Stage.CONTRADICTIONS, seen.getLast().stage());
        assertEquals(full, doc.analysis());
        assertEquals(List.of(true, false), reads.stream().map(n -> n < 20_000).toList(),
                "the window first, then the whole article, once each: " + reads);
    }

    @Test
    void theViewportTheViewReportsIsTheWindowReadFirst() throws Exception {
        String text = longText();
        MainViewModel vm = model(paced());
        CountDownLatch hold = holdBackground();
        DocumentViewModel doc = onFx(() -> vm.openArticle(Article.of(text, "long.txt")));
        holder[0] = doc;
        List<Seen> seen = watch(doc);
        onFx(() -> {
            vm.viewportAt(doc, 150_000);
            return null;
        });
        hold.countDown();
        await(() -> doc.analysisCurrent());
        fx.submit(() -> { }).get();

        Seen first = seen.getFirst();
        assertEquals(Pipeline.Stage.VISIBLE, first.stage());
        assertTrue(first.lastMentionEnd() > 150_000 && first.lastMentionEnd() < 170_000, first.toString());
        assertTrue(first.mentions() > 0);
    }

    @Test
    void afterTheFirstCompleteAnalysisAnEditIsReadWithoutTheVisibleFirstPartial() throws Exception {
        String text = longText();
        MainViewModel vm = model(paced());
        DocumentViewModel doc = onFx(() -> vm.openArticle(Article.of(text, "long.txt")));
        holder[0] = doc;
        await(() -> doc.analysisCurrent());
        List<Seen> seen = watch(doc);
        actorReads.clear();

        String edited = text + "\nقال سامر الخطيب إن الطريق فُتح.";
        onFx(() -> {
            doc.textEdited(edited);
            return null;
        });
        await(() -> doc.analysisCurrent());
        fx.submit(() -> { }).get();

        assertEquals(List.of(edited.length()), actorReads, "the whole article only");
        assertEquals(1, seen.size(), "the complete analysis stayed on screen until the new one was complete: " + seen);
        assertEquals(Pipeline.Stage.CONTRADICTIONS, seen.getFirst().stage());
        assertFalse(doc.busyProperty().get());
    }

    /** Blocks the background thread until the latch opens, so the test can set things up before the analysis starts. */
    private CountDownLatch holdBackground() {
        CountDownLatch hold = new CountDownLatch(1);
        bg.execute(() -> {
            try {
                hold.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return hold;
    }

    private <T> T onFx(Callable<T> c) throws Exception {
        return fx.submit(c).get(10, TimeUnit.SECONDS);
    }
}
