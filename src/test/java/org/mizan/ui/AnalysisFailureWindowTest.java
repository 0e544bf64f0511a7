package org.mizan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.ui.UiHarness.fx;
import static org.mizan.ui.UiHarness.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.analysis.ActorFinder;
import org.mizan.analysis.Pipeline;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The reader window survives an analysis that fails (issue 11): the article still shows and stays
 * editable, the failure is reported once in the status bar, the progress spinner stops, and once
 * the text analyses again the highlights come back. Covers exceptions and errors alike: a model
 * that failed to load throws ExceptionInInitializerError, then NoClassDefFoundError on every call.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AnalysisFailureWindowTest {

    private static final String BROKEN = "عطل";
    private static final String ARTICLE = "قال وزير المالية أحمد سعيد إن العجز بلغ 3 مليارات دولار في عام 2024.\n"
            + "ونفى الناطق باسم الحكومة أن يكون العجز قد بلغ 5 مليارات دولار.";

    /** What the actor finder throws on a text holding {@link #BROKEN}; set per test. */
    private static volatile Supplier<Throwable> failure = () -> new IllegalStateException("actor finder broke");

    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
    private final List<String> statuses = new CopyOnWriteArrayList<>();
    private MainViewModel model;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Fonts.load();
        ActorFinder failing = text -> {
            if (text.contains(BROKEN)) {
                sneakyThrow(failure.get());
            }
            return new org.mizan.analysis.actors.ArabicActorFinder().find(text);
        };
        Pipeline pipeline = new Pipeline(new org.mizan.analysis.figures.ArabicFigureFinder(), failing,
                new org.mizan.analysis.claims.ArabicClaimFinder(),
                new org.mizan.analysis.contradictions.FrameContradictionFinder());
        Settings settings = new Settings(new MemoryPreferences());
        settings.window(new Settings.WindowBounds(0, 0, 1000, 700, false));
        model = new MainViewModel(pipeline, ArticleFiles.standard(), settings, ReviewBook.inMemory(),
                new Threads(background, Platform::runLater), Duration.ofMillis(50), Language.ENGLISH);
        window = new MainWindow(model, stage);
        model.statusProperty().addListener((o, a, b) -> statuses.add(b));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void anExceptionKeepsTheArticleOnScreenAndIsReportedOnce() throws Exception {
        failure = () -> new IllegalStateException("actor finder broke");
        survives("actor finder broke");
    }

    @Test
    void anErrorFromAModelThatFailedToLoadIsReportedAndStopsTheSpinner() throws Exception {
        failure = () -> new ExceptionInInitializerError("model resource missing");
        survives("ExceptionInInitializerError");
    }

    private void survives(String reported) throws Exception {
        String text = BROKEN + " " + ARTICLE;
        Path file = Files.writeString(dir.resolve("broken.txt"), text);
        fx(() -> model.open(file));
        waitFor(() -> model.selected() != null && !model.selected().busyProperty().get()
                && failureReports(reported) == 1);
        DocumentViewModel doc = fx(model::selected);
        assertEquals(text, fx(doc::text), "the article is kept");
        waitFor(() -> text.equals(window.editorOf(doc).getText()));

        // Two more failing edits: still one report, every edit kept, the spinner stops each time.
        fx(() -> doc.textEdited(text + " أول"));
        waitFor(() -> !doc.busyProperty().get());
        fx(() -> doc.textEdited(text + " أول ثان"));
        waitFor(() -> !doc.busyProperty().get());
        Thread.sleep(300);
        assertEquals(1, failureReports(reported), "a failure repeated is reported once: " + statuses);
        assertEquals(text + " أول ثان", fx(doc::text), "no edit is lost");
        assertEquals(text, fx(() -> window.editorOf(doc).getText().substring(0, text.length())));

        // A text that analyses again brings the analysis back.
        fx(() -> doc.textEdited(ARTICLE));
        waitFor(() -> doc.analysis() != null && doc.analysisCurrent());
        assertFalse(fx(() -> doc.analysis().claims().isEmpty()), "the claims are found again");
        assertTrue(fx(() -> doc.errorProperty().get() == null));
    }

    private long failureReports(String reported) {
        return statuses.stream().filter(s -> s != null && s.contains(reported)).count();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }
}
