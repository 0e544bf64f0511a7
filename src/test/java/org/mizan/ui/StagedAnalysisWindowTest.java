package org.mizan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.ui.UiHarness.fx;
import static org.mizan.ui.UiHarness.waitFor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.analysis.ActorFinder;
import org.mizan.analysis.Pipeline;
import org.mizan.model.Article;
import org.mizan.model.Mention;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The reader shows actors and figures while the claim search is still running (issue 7: highlights
 * do not wait for the slow stages), says which stage is running, and is complete once it is done.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StagedAnalysisWindowTest {

    /** Holds the claim stage until the test has looked at the first stage. */
    private final CountDownLatch releaseClaims = new CountDownLatch(1);
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Fonts.load();
        Pipeline slowClaims = new Pipeline(ReaderFixture::figures, text -> {
            List<Mention> ms = ReaderFixture.mentions(text);
            return new ActorFinder.Result(ms, ReaderFixture.actors(ms));
        }, (text, ms, figs) -> {
            try {
                releaseClaims.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ReaderFixture.claims(text);
        }, ReaderFixture::contradictions);
        Settings settings = new Settings(new MemoryPreferences());
        settings.window(new Settings.WindowBounds(0, 0, 1100, 760, false));
        model = new MainViewModel(slowClaims, ArticleFiles.standard(), settings, ReviewBook.inMemory(),
                new Threads(background, Platform::runLater), Duration.ofMillis(50), Language.ENGLISH);
        window = new MainWindow(model, stage);
        stage.show();
    }

    @AfterEach
    void stop() {
        releaseClaims.countDown();
        background.shutdownNow();
    }

    @Test
    void actorHighlightsAndRowsShowWhileClaimsAreStillBeingFound() {
        DocumentViewModel doc = fx(() -> model.openArticle(Article.of(ReaderFixture.ARTICLE, "roads.txt")));
        waitFor(() -> doc.stageProperty().get() == Pipeline.Stage.ACTORS);
        ArticleEditor editor = fx(() -> window.editorOf(doc));
        String text = ReaderFixture.ARTICLE;
        int samer = text.indexOf("سامر الخطيب");
        waitFor(() -> editor.styleClassesAt(samer).contains("actor-person"));
        assertFalse(fx(() -> editor.styleClassesAt(samer).contains(Highlights.CLAIM)), "no claims before their stage");
        assertTrue(fx(() -> doc.busyProperty().get()));
        assertFalse(fx(doc::analysisCurrent), "not complete: claims and contradictions still to come");
        Label stage = fx(() -> (Label) window.root().lookup("#analysis-stage"));
        assertEquals("Claims…", fx(stage::getText));
        fx(() -> model.messages().languageProperty().set(Language.ARABIC));
        assertEquals("الادعاءات…", fx(stage::getText), "the running stage is told again in the new language");
        fx(() -> model.messages().languageProperty().set(Language.ENGLISH));
        SidePanel side = fx(() -> (SidePanel) window.root().lookup("#side-panel"));
        assertTrue(fx(() -> side.actors.getItems().stream().anyMatch(r -> r.canonical().equals("سامر الخطيب"))));
        int row = fx(() -> {
            for (int i = 0; i < side.actors.getItems().size(); i++) {
                if (side.actors.getItems().get(i).canonical().equals("سامر الخطيب")) {
                    side.actors.getSelectionModel().select(i);
                    return i;
                }
            }
            return -1;
        });
        var rowsBefore = fx(() -> List.copyOf(side.actors.getItems()));
        java.util.concurrent.atomic.AtomicInteger actorListChanges = new java.util.concurrent.atomic.AtomicInteger();
        fx(() -> {
            side.actors.getItems().addListener(
                    (javafx.collections.ListChangeListener<PanelRows.ActorRow>) c -> actorListChanges.incrementAndGet());
            return null;
        });

        releaseClaims.countDown();
        waitFor(doc::analysisCurrent);
        assertEquals(rowsBefore, fx(() -> List.copyOf(side.actors.getItems())), "claims change no actor row");
        assertEquals(0, actorListChanges.get(), "equal rows are not put in again (thousands of rows cost a frame)");
        assertEquals(row, (int) fx(() -> side.actors.getSelectionModel().getSelectedIndex()),
                "the reader's selected actor stays selected when a later stage arrives");
        assertEquals("", fx(stage::getText));
        assertFalse(fx(() -> doc.busyProperty().get()));
        int claimStart = fx(() -> doc.analysis().claims().getFirst().span().start());
        assertTrue(fx(() -> editor.styleClassesAt(claimStart).contains(Highlights.CLAIM)), "claims drawn once found");
        assertFalse(fx(() -> doc.analysis().contradictions().isEmpty()));
        assertFalse(fx(() -> side.contradictions.getItems().isEmpty()), "the contradiction rows are filled");
    }
}
