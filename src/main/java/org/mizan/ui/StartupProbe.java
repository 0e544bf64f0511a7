package org.mizan.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up timings of the real launch path, for the reader benchmark: with
 * {@code -Dmizan.startupProbe=true}, {@code java -jar mizan.jar} prints one line when the window
 * has been laid out for the first time and one when the first article is analysed and drawn,
 * each with the time since the process started and the process's CPU time, then exits. Off by
 * default; it only reads clocks, so it changes nothing it measures.
 */
final class StartupProbe {

    static final String PROPERTY = "mizan.startupProbe";

    private StartupProbe() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Reports the first layout pulse of {@code scene} (the window's first frame is drawn in that pulse). */
    static void windowShown(Scene scene) {
        if (!enabled()) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            report("window shown");
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Reports when the first article opened has its analysis drawn, then exits. */
    static void firstArticleAnalysed(MainViewModel model, MainWindow window) {
        if (!enabled()) {
            return;
        }
        if (!model.documents().isEmpty()) {
            analysed(model.documents().getFirst(), window.editorOf(model.documents().getFirst()));
            return;
        }
        model.documents().addListener(new javafx.collections.ListChangeListener<DocumentViewModel>() {
            @Override
            public void onChanged(Change<? extends DocumentViewModel> c) {
                model.documents().removeListener(this);
                // The window adds the document's view in its own listener: look the editor up after it.
                Platform.runLater(() -> analysed(model.documents().getFirst(), window.editorOf(model.documents().getFirst())));
            }
        });
    }

    private static void analysed(DocumentViewModel doc, ArticleEditor editor) {
        Runnable check = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (!done && doc.analysisCurrent() && !editor.loadingProperty().get()) {
                    done = true;
                    // One more pulse so that the highlights' paint pass has run.
                    Platform.runLater(() -> {
                        report("article analysed and highlighted");
                        Platform.exit();
                        System.exit(0);
                    });
                }
            }
        };
        doc.analysisProperty().addListener(o -> check.run());
        editor.loadingProperty().addListener(o -> check.run());
        check.run();
    }

    private static void report(String what) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        long sinceStart = info.startInstant().map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(-1L);
        long cpu = info.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.out.println(String.format(Locale.ROOT, "mizan-probe: %s %d ms after process start, %d ms process CPU, "
                + "%d ms FX-thread CPU", what, sinceStart, cpu,
                java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000));
        System.out.flush();
    }
}
