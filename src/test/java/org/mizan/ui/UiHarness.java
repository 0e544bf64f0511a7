package org.mizan.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** A reader window over the fixture pipeline, with settings in memory, for TestFX tests. */
final class UiHarness {

    final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
    final MemoryPreferences prefs = new MemoryPreferences();
    final ReviewBook book;
    MainViewModel model;
    MainWindow window;

    private final org.mizan.analysis.Pipeline pipeline;

    UiHarness(ReviewBook book) {
        this(book, ReaderFixture.pipeline());
    }

    /** A window over another pipeline, e.g. the standard engine for behaviour the fixture does not model. */
    UiHarness(ReviewBook book, org.mizan.analysis.Pipeline pipeline) {
        this.book = book;
        this.pipeline = pipeline;
    }

    /** Builds the window on {@code stage}; call from a TestFX @Start method (FX thread). */
    void start(Stage stage, Language language) {
        Fonts.load();
        Settings settings = new Settings(prefs);
        settings.window(new Settings.WindowBounds(0, 0, 1100, 760, false));
        model = new MainViewModel(pipeline, ArticleFiles.standard(), settings, book,
                new Threads(background, Platform::runLater), Duration.ofMillis(120), language);
        window = new MainWindow(model, stage);
        stage.show();
    }

    /** Opens the side-by-side review by clicking the first row of the side panel's Contradictions list. */
    void openReviewFromPanel(org.testfx.api.FxRobot robot) {
        fx(() -> window.side.accordion.setExpandedPane(window.side.accordion.getPanes().get(3)));
        waitFor(() -> !window.side.contradictions.getItems().isEmpty()
                && window.side.contradictions.lookup(".table-row-cell .table-cell") != null);
        javafx.scene.Node row = fx(() -> window.side.contradictions.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() != null).findFirst().orElseThrow());
        robot.clickOn(row);
        waitFor(() -> window.review != null && window.tabs.getSelectionModel().getSelectedItem().getId() != null
                && window.tabs.getSelectionModel().getSelectedItem().getId().equals("review-tab"));
    }

    void stop() {
        background.shutdownNow();
    }

    static Path write(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void fx(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }

    static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens {@code file} and waits until its analysis is drawn. */
    DocumentViewModel open(Path file) {
        int before = fx(() -> model.documents().size());
        fx(() -> model.open(file));
        waitFor(() -> model.documents().size() > before && model.selected() != null
                && model.selected().analysis() != null && model.selected().analysisCurrent());
        return fx(model::selected);
    }

    DocumentView view(DocumentViewModel doc) {
        return fx(() -> window.view(doc));
    }
}
