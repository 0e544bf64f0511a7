package org.mizan.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.mizan.analysis.Engine;
import org.mizan.analysis.Pipeline;
import org.mizan.io.BundledSamples;
import org.mizan.io.ReviewStore;
import org.mizan.model.Article;

/**
 * The desktop reader. Files given on the command line open in tabs; with none, the bundled demo opens.
 *
 * <p>Start-up order, so that the window shows as early as possible: the toolkit thread builds and
 * shows the window first; only after its first frame are the engine (gazetteers, NER model and
 * lexicons, about a second of CPU) built and warmed on a thread of its own and the articles
 * opened. Building the engine during start-up instead made it compete with the toolkit thread
 * and the JIT compilers for the two cores of a small machine (README, "Performance"), and the
 * window waits neither for the editor's set-up nor for reading and analysing the articles.
 */
public final class MizanApp extends Application {

    /** A short sentence of our own that runs every annotator once, so their models are loaded before the first article. */
    private static final String WARM_UP = "قال المتحدث باسم وزارة الصحة سامي النجار يوم الاثنين إن 40 مريضا غادروا المستشفى.";

    private MainViewModel model;
    private Threads threads;
    private CompletableFuture<Pipeline> engine;

    @Override
    public void init() {
        StartupProbe.mark("init");
        threads = Threads.desktop();
        engine = new CompletableFuture<>();
    }

    /**
     * Builds and warms the engine on a daemon thread of its own (not the analysis thread, so that
     * an analysis queued before it can wait for it without blocking it).
     */
    private static void buildEngine(CompletableFuture<Pipeline> into) {
        Thread t = new Thread(() -> {
            try {
                Pipeline p = Engine.standard();
                p.analyze(Article.of(WARM_UP, "warm-up"));
                into.complete(p);
            } catch (Throwable e) {
                into.completeExceptionally(e);
            }
        }, "mizan-engine");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        Fonts.load();
        StartupProbe.mark("fonts");
        // Review problems (an unreadable or unwritable .mizan.json) go to the status bar once the model exists.
        java.util.concurrent.atomic.AtomicReference<MainViewModel> ref = new java.util.concurrent.atomic.AtomicReference<>();
        ReviewBook book = ReviewBook.files(ReviewStore.standard(), problem -> javafx.application.Platform.runLater(() -> {
            if (ref.get() != null) {
                ref.get().statusProperty().set(problem.in(ref.get().messages()));
            }
        }));
        model = new MainViewModel(this::engine, ArticleFiles.standard(), Settings.user(), book,
                threads, DocumentViewModel.DEFAULT_PAUSE, Language.forLocale(Locale.getDefault()));
        ref.set(model);
        StartupProbe.mark("model");
        MainWindow window = new MainWindow(model, stage, true);
        StartupProbe.mark("window built");
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = MizanApp.class.getResource("/org/mizan/icons/mizan-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        StartupProbe.windowShown(window.scene());
        afterFirstFrame(window.scene(), () -> {
            window.showSidePanel();
            buildEngine(engine);
            openFiles(model, getParameters().getRaw());
            StartupProbe.firstArticleAnalysed(model, window);
        });
        stage.show();
        StartupProbe.mark("shown");
    }

    /** The engine, once built; called on the analysis thread only (where waiting for it is harmless). */
    private Pipeline engine() {
        try {
            return engine.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Runs {@code then} after the first pulse that lays {@code scene} out: a post-layout listener
     * runs before that frame is rendered, so the work is deferred once more, past the pulse.
     */
    static void afterFirstFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    static void openFiles(MainViewModel model, List<String> files) {
        if (files.isEmpty()) {
            model.openArticle(BundledSamples.load(BundledSamples.DEMO));
        }
        for (String f : files) {
            model.open(Path.of(f));
        }
    }

    @Override
    public void stop() {
        if (model != null) {
            model.shutdown();
        }
    }
}
