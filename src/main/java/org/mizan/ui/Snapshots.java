package org.mizan.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.mizan.analysis.ActorFinder;
import org.mizan.analysis.Pipeline;
import org.mizan.model.Analysis;

/** Renders the full reader window off screen to a PNG, headless (used by {@code mizan snapshot}). */
public final class Snapshots {

    private Snapshots() {
    }

    /** Select the headless Monocle platform unless a platform was chosen; call before the toolkit starts. */
    public static void preferHeadless() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    public static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        if (!started.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start");
        }
        Platform.setImplicitExit(false);
    }

    /** A pipeline that gives back {@code analysis} for its article: the window shows exactly what was analysed. */
    static Pipeline replay(Analysis analysis) {
        return new Pipeline(text -> analysis.figures(),
                text -> new ActorFinder.Result(analysis.mentions(), analysis.actors()),
                (text, mentions, figures) -> analysis.claims(), analyses -> analysis.contradictions());
    }

    public static void render(Analysis analysis, int width, int height, Path out) throws Exception {
        render(analysis, width, height, out, Language.ARABIC);
    }

    /** Renders the reader window with {@code analysis} open, its UI in {@code language}. */
    public static void render(Analysis analysis, int width, int height, Path out, Language language) throws Exception {
        // Monocle's headless screen is 1280x800 unless told otherwise; a larger window overflows its painter.
        setIfAbsent("headless.geometry", Math.max(1280, width) + "x" + Math.max(800, height) + "-32");
        preferHeadless();
        startToolkit();
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Fonts.load();
                Settings settings = new Settings(new MemoryPreferences());
                settings.window(new Settings.WindowBounds(0, 0, width, height, false));
                settings.saveLanguage(language);
                Threads threads = new Threads(java.util.concurrent.Executors.newSingleThreadScheduledExecutor(),
                        Platform::runLater);
                MainViewModel vm = new MainViewModel(replay(analysis), ArticleFiles.standard(), settings,
                        ReviewBook.inMemory(), threads, Duration.ZERO, language);
                Stage stage = new Stage();
                MainWindow window = new MainWindow(vm, stage);
                stage.show();
                DocumentViewModel doc = vm.openArticle(analysis.article());
                whenAnalysed(doc, window.editorOf(doc), () -> {
                    try {
                        image.complete(window.scene().snapshot(null));
                    } catch (RuntimeException e) {
                        image.completeExceptionally(e);
                    } finally {
                        stage.close();
                        threads.background().shutdownNow();
                    }
                });
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        writePng(image.get(60, TimeUnit.SECONDS), out);
    }

    /**
     * Runs {@code then} once the document's analysis is drawn, the editor has its whole text (a
     * long one comes in over several frames) and layout and CSS have settled.
     */
    private static void whenAnalysed(DocumentViewModel doc, ArticleEditor editor, Runnable then) {
        if (editor.loadingProperty().get()) {
            editor.loadingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    editor.loadingProperty().removeListener(this);
                    whenAnalysed(doc, editor, then);
                }
            });
            return;
        }
        // the last stage: a snapshot shows every layer, contradiction outlines included
        if (doc.analysis() != null && doc.stageProperty().get() != null && doc.stageProperty().get().isFinal()) {
            PauseTransition settle = new PauseTransition(javafx.util.Duration.millis(250));
            settle.setOnFinished(e -> then.run());
            settle.play();
            return;
        }
        doc.analysisProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Analysis> o, Analysis a, Analysis b) {
                doc.analysisProperty().removeListener(this);
                whenAnalysed(doc, editor, then);
            }
        });
    }

    /** Writes atomically: a temp file beside the target, then a move. */
    public static void writePng(WritableImage fx, Path out) throws IOException {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pr = fx.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, pr.getArgb(x, y));
            }
        }
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".mizan-", ".png.tmp");
        try {
            ImageIO.write(img, "png", tmp.toFile());
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
