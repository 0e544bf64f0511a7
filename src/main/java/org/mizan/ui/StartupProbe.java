package org.mizan.ui;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up timings of the real launch path, for the reader benchmark and the AOT training run:
 * with {@code -Dmizan.startupProbe=true}, {@code java -jar mizan.jar} prints one line when the
 * window's first frame has been rendered and one when the first article is analysed and drawn,
 * each with the time since the process started (what a user waits for), the process's CPU time
 * and the FX thread's CPU time, then exits. Off by default; it only reads clocks, so it changes
 * nothing it measures.
 *
 * <p>"Rendered" means the render thread has finished painting the first frame (JavaFX's per-scene
 * performance tracker is told so after each frame); a post-layout pulse listener would fire
 * before painting, which on a slow software pipeline is tens of milliseconds too early. Where
 * the tracker cannot be reached (JavaFX on the module path, as with {@code mvn javafx:run}), it
 * falls back to the pulse after the first layout.
 */
public final class StartupProbe {

    static final String PROPERTY = "mizan.startupProbe";
    /** Named moments before the first frame (milliseconds since process start / of process CPU), printed with it. */
    private static final List<String> marks = new ArrayList<>();
    private static volatile long fxThreadId = -1;

    private StartupProbe() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Remembers when a start-up phase was reached (shown in the "window shown" line); a no-op unless enabled. */
    public static void mark(String phase) {
        if (!enabled()) {
            return;
        }
        synchronized (marks) {
            marks.add(phase + " " + sinceStart() + "/" + processCpu());
        }
    }

    /** Reports the first frame of {@code scene} once it has been rendered; call on the FX thread before showing it. */
    static void windowShown(Scene scene) {
        if (!enabled()) {
            return;
        }
        fxThreadId = Thread.currentThread().threadId();
        try {
            var tracker = com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                // On the render thread, after the frame was painted; only the first one counts.
                if (once[0] != null) {
                    once[0] = null;
                    report("window shown");
                    Platform.runLater(() -> com.sun.javafx.perf.PerformanceTracker.releaseSceneTracker(scene));
                }
            };
            tracker.setOnRenderedFrameTask(() -> {
                Runnable r = once[0];
                if (r != null) {
                    r.run();
                }
            });
        } catch (IllegalAccessError | NoClassDefFoundError e) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> report("window shown"));
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
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

    /**
     * Milliseconds since the process was started. {@code ProcessHandle}'s start instant adds the
     * boot time, which Linux reports in whole seconds ({@code /proc/stat} btime), so on Linux it
     * is off by a constant of up to a second (about 0.4 s on the build machine, checked against a
     * clock read by the shell just before starting Java). There both ends are read from the
     * kernel's clock since boot instead, which has 10 ms resolution.
     */
    private static long sinceStart() {
        return ProcessClock.linuxSinceStart().orElseGet(() -> ProcessHandle.current().info().startInstant()
                .map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(-1L));
    }

    /**
     * The busiest threads of the process by CPU time, JVM threads (JIT compilers, GC) included,
     * from Linux's /proc (the management beans see only Java threads); empty elsewhere.
     */
    private static String busiestThreads() {
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (var task : (Iterable<java.nio.file.Path>) tasks::iterator) {
                String stat = java.nio.file.Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux)
                byName.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10, Long::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
        return byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }

    private static long processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    private static void report(String what) {
        long since = sinceStart();
        long cpu = processCpu();
        var threads = ManagementFactory.getThreadMXBean();
        long fx = fxThreadId < 0 ? threads.getCurrentThreadCpuTime() : threads.getThreadCpuTime(fxThreadId);
        String phases;
        synchronized (marks) {
            phases = marks.isEmpty() ? "" : " [" + String.join(", ", marks) + "]";
            marks.clear();
        }
        System.out.println(String.format(Locale.ROOT, "mizan-probe: %s %d ms after process start, %d ms process CPU, "
                + "%d ms FX-thread CPU%s", what, since, cpu, fx / 1_000_000, phases));
        if (Boolean.getBoolean(PROPERTY + ".threads")) {
            System.out.println("mizan-probe: CPU by thread: " + busiestThreads());
        }
        System.out.flush();
    }
}
