package org.mizan.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.mizan.analysis.Engine;
import org.mizan.io.BundledSamples;
import org.mizan.model.Article;
import org.mizan.ui.ArticleFiles;
import org.mizan.ui.DocumentViewModel;
import org.mizan.ui.Fonts;
import org.mizan.ui.Language;
import org.mizan.ui.MainViewModel;
import org.mizan.ui.MainWindow;
import org.mizan.ui.MemoryPreferences;
import org.mizan.ui.ReaderFixture;
import org.mizan.ui.ReviewBook;
import org.mizan.ui.Settings;
import org.mizan.ui.Snapshots;
import org.mizan.ui.Threads;

/**
 * The reader's speed targets: window shown within 2 s of launch (see {@link #launches()}); a 2 MB article opens, is
 * highlighted and scrolls with no FX-thread stall over 100 ms; heap used. A plain main, headless:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Dprism.order=sw -Dglass.platform=Monocle -Dmonocle.platform=Headless \
 *      -cp target/classes:target/test-classes:$(cat cp.txt) org.mizan.bench.ReaderBench
 * </pre>
 *
 * <p>Stalls are measured as the longest gap between two consecutive pulses (an AnimationTimer
 * keeps the pulse running at 60 Hz, so a gap over ~17 ms is time the FX thread was busy). The 2 MB
 * article is the test fixture's paragraphs repeated, analysed by the fixture's dictionary
 * annotators (dense: tens of thousands of highlights); the standard engine's analysis time of the
 * same text is reported separately.
 */
public final class ReaderBench {

    private static final AtomicLong lastPulse = new AtomicLong();
    private static final AtomicLong maxGap = new AtomicLong();
    /** FX-thread CPU time between two pulses: the stall an idle machine would show (the bench machine is shared). */
    private static final AtomicLong lastCpu = new AtomicLong();
    private static final AtomicLong maxCpuGap = new AtomicLong();
    /** The longest stop-the-world GC pause since the last reset: tells a GC stall from FX-thread work. */
    private static final AtomicLong maxGcPause = new AtomicLong();
    private static final AtomicLong frames = new AtomicLong();
    private static final java.util.List<String> bigGaps = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Attributes the longest stall with {@code -Dbench.profile=true}. */
    private static FxStallProbe probe;

    private ReaderBench() {
    }

    public static void main(String[] args) throws Exception {
        if (!"false".equals(System.getProperty("bench.launch"))) {
            launches();
            if (Boolean.getBoolean("bench.launchOnly")) {
                System.exit(0);
            }
        }
        watchGc();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Snapshots.preferHeadless();
        long t0 = System.nanoTime();
        Snapshots.startToolkit();
        ScheduledExecutorService bg = Executors.newSingleThreadScheduledExecutor();
        CompletableFuture<MainViewModel> shown = new CompletableFuture<>();
        CompletableFuture<MainWindow> windowRef = new CompletableFuture<>();
        Platform.runLater(() -> {
            Fonts.load();
            Settings settings = new Settings(new MemoryPreferences());
            settings.window(new Settings.WindowBounds(0, 0, 1200, 800, false));
            // -Dbench.readerEngine=standard opens the article with the real engine (seconds of CPU on
            // 2 MB), to measure how soon its first stage's highlights show and when contradictions do.
            MainViewModel vm = new MainViewModel("standard".equals(System.getProperty("bench.readerEngine"))
                    ? Engine.standard() : ReaderFixture.pipeline(), ArticleFiles.standard(), settings,
                    ReviewBook.inMemory(), new Threads(bg, Platform::runLater), DocumentViewModel.DEFAULT_PAUSE,
                    Language.ARABIC);
            Stage stage = new Stage();
            MainWindow w = new MainWindow(vm, stage);
            stage.setOnShown(e -> Platform.runLater(() -> shown.complete(vm)));
            stage.show();
            vm.openArticle(BundledSamples.load(BundledSamples.DEMO));
            windowRef.complete(w);
        });
        MainViewModel vm = shown.get(180, TimeUnit.SECONDS);
        System.out.printf("in this JVM (toolkit already loaded classes for nothing else): window shown %d ms after "
                + "toolkit start, %d ms after JVM start (load average %.1f on %d cores)%n",
                (System.nanoTime() - t0) / 1_000_000, System.currentTimeMillis() - jvmStart,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());

        startPulseProbe();
        String big = twoMegabytes();
        Path file = Files.createTempFile("mizan-bench-", ".txt");
        Files.writeString(file, big);
        System.out.printf("article: %,d chars, %,d bytes UTF-8%n", big.length(), Files.size(file));

        if (Boolean.getBoolean("bench.engine")) {
            long analysis = System.nanoTime();
            long analysisCpu = THREADS.getCurrentThreadCpuTime();
            var engineResult = Engine.standard().analyze(Article.of(big, "bench"));
            System.out.printf("standard engine analysis of it: %d ms (%d ms CPU of the analysing thread; %d mentions, %d figures, "
                            + "%d claims), off the FX thread%n",
                    (System.nanoTime() - analysis) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - analysisCpu) / 1_000_000,
                    engineResult.mentions().size(), engineResult.figures().size(), engineResult.claims().size());
        }

        long bgThread = bg.submit(() -> Thread.currentThread().threadId()).get();
        resetGap();
        long openCpu = onFx(THREADS::getCurrentThreadCpuTime);
        long bgCpu = THREADS.getThreadCpuTime(bgThread);
        long open = System.nanoTime();
        Platform.runLater(() -> vm.open(file));
        MainWindow w = windowRef.get();
        // Highlights on screen: the editor of the new tab holds the first stage's highlights and has had a
        // pulse to paint the visible paragraphs (the rest of a long text may still be loading).
        waitUntil(() -> vm.selected() != null && vm.selected().article().text().length() == big.length()
                && vm.selected().partialCurrent() && !w.editorOf(vm.selected()).highlights().isEmpty());
        long[] shownAt = {(System.nanoTime() - open) / 1_000_000, (onFx(THREADS::getCurrentThreadCpuTime) - openCpu) / 1_000_000,
            (THREADS.getThreadCpuTime(bgThread) - bgCpu) / 1_000_000};
        // What the first highlights are: the stage, and how far into the article its names reach.
        String firstShown = onFx(() -> {
            var a = vm.selected().analysis();
            int reach = a.mentions().isEmpty() ? 0 : a.mentions().getLast().span().end();
            return String.format("first highlights from stage %s: %,d names and %,d figures up to character %,d of %,d",
                    vm.selected().stageProperty().get(), a.mentions().size(), a.figures().size(), reach, big.length());
        });
        // The whole article's names and figures (stage ACTORS or later).
        waitUntil(() -> vm.selected().stageProperty().get().compareTo(org.mizan.analysis.Pipeline.Stage.ACTORS) >= 0);
        long[] actorsAt = {(System.nanoTime() - open) / 1_000_000, (THREADS.getThreadCpuTime(bgThread) - bgCpu) / 1_000_000};
        waitUntil(() -> !w.editorOf(vm.selected()).loadingProperty().get());
        long loadedAt = (System.nanoTime() - open) / 1_000_000;
        // Complete: the last stage (contradictions) applied and its outlines handed to the editor.
        waitUntil(() -> vm.selected().analysisCurrent());
        long[] completeAt = {(System.nanoTime() - open) / 1_000_000, (onFx(THREADS::getCurrentThreadCpuTime) - openCpu) / 1_000_000,
            (THREADS.getThreadCpuTime(bgThread) - bgCpu) / 1_000_000};
        settle();
        System.out.printf("open + analyse + highlight 2 MB: %d ms to highlights on screen (%d ms FX-thread CPU, %d ms CPU of the "
                        + "analysis thread, %s); text fully loaded %d ms; %,d highlights; longest FX stall %d ms wall, "
                        + "%d ms FX-thread CPU; FX-thread CPU in all %d ms; longest GC pause %d ms%n%s",
                shownAt[0], shownAt[1], shownAt[2],
                "standard".equals(System.getProperty("bench.readerEngine")) ? "standard engine, first stage" : "fixture annotators",
                loadedAt, onFx(() -> vm.selected().analysis().mentions().size()
                        + vm.selected().analysis().figures().size()), maxGap.get(), maxCpuGap.get(),
                (onFx(THREADS::getCurrentThreadCpuTime) - openCpu) / 1_000_000, maxGcPause.get(), cpuGaps());
        System.out.printf("%s; whole-article actors shown %d ms after open (%d ms CPU of the analysis thread)%n", firstShown,
                actorsAt[0], actorsAt[1]);
        System.out.printf("analysis complete (contradictions shown, %d of them): %d ms after open (%d ms FX-thread CPU, %d ms CPU "
                        + "of the analysis thread)%n%s", onFx(() -> vm.selected().analysis().contradictions().size()),
                completeAt[0], completeAt[1], completeAt[2], probe.describeLongest());

        resetGap();
        long scroll = System.nanoTime();
        for (int i = 0; i < 120; i++) {
            onFx(() -> {
                org.mizan.ui.ArticleEditor ed = editorOf(w, vm);
                ed.scrollBy(350);
                return null;
            });
            Thread.sleep(16);
        }
        for (int i = 0; i < 40; i++) {
            int offset = (int) ((long) big.length() * i / 40);
            onFx(() -> {
                editorOf(w, vm).scrollTo(offset);
                return null;
            });
            Thread.sleep(16);
        }
        settle();
        System.out.printf("scroll (120 steps of 350 px + 40 jumps across the article): %d ms; longest FX stall %d ms wall, %d ms FX-thread CPU;"
                        + " longest GC pause %d ms%n",
                (System.nanoTime() - scroll) / 1_000_000, maxGap.get(), maxCpuGap.get(), maxGcPause.get());
        System.out.print(cpuGaps());

        System.gc();
        Thread.sleep(200);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used with the 2 MB article open: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        Files.deleteIfExists(file);
        bg.shutdownNow();
        System.exit(0);
    }

    /**
     * Launch to window shown, measured on the real path: a fresh process running {@code java -jar
     * target/mizan.jar} with {@code -Dmizan.startupProbe=true}, so the app prints when the render
     * thread has painted its window's first frame and when the demo article is analysed and drawn,
     * then exits. Each setting runs {@code bench.launchRuns} times (default 5) and the medians are
     * reported with the range of wall times and the load average before each run (the build
     * machines are shared, so wall time includes waiting for a core; the CPU time of the process
     * and of the FX thread is inflated much less). Settings: headless (Monocle) and, when
     * {@code xvfb-run} is installed, the real GTK glass on Xvfb; each without and, when
     * {@code target/mizan.aot} is newer than the jar ({@code mvn -Paot package}), with the AOT
     * cache through the {@code ./mizan} launcher, the way a user starts it. A trivial Java program
     * is timed the same way first, to show what the machine's JVM start-up alone costs.
     */
    private static void launches() throws Exception {
        Path jar = Path.of(System.getProperty("mizan.jar", "target/mizan.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            System.out.println("launch: " + jar + " not built (mvn package): not measured");
            return;
        }
        int runs = Integer.getInteger("bench.launchRuns", 5);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path home = Files.createTempDirectory("mizan-launch-");
        launch("trivial JVM", runs, List.of(java, "-cp", System.getProperty("java.class.path"),
                TrivialMain.class.getName()), false);
        List<String> probe = List.of("-Dmizan.startupProbe=true", "-Dmizan.data.dir=" + home,
                "-Djava.util.prefs.userRoot=" + home.resolve("prefs"));
        List<String> headless = List.of("-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Djava.awt.headless=true");
        Path aot = jar.resolveSibling("mizan.aot");
        Path script = Path.of("src/main/scripts/mizan").toAbsolutePath();
        boolean withAot = Files.isRegularFile(aot) && Files.isRegularFile(script)
                && Files.getLastModifiedTime(aot).compareTo(Files.getLastModifiedTime(jar)) > 0;
        boolean xvfb = onPath("xvfb-run");
        for (boolean gtk : xvfb ? new boolean[] {false, true} : new boolean[] {false}) {
            List<String> glass = gtk ? List.of() : headless;
            List<String> plain = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
            plain.addAll(probe);
            plain.addAll(glass);
            plain.addAll(List.of("-jar", jar.toString()));
            String where = gtk ? "Xvfb, GTK glass" : "headless, Monocle";
            launch("java -jar, " + where, runs, gtk ? xvfbRun(plain) : plain, true);
            if (withAot) {
                // ./mizan passes the cache and the flags it was recorded with; the rest goes through MIZAN_JAVA_OPTS.
                List<String> opts = new ArrayList<>(probe);
                opts.addAll(glass);
                List<String> viaScript = List.of("env", "JAVA_HOME=" + System.getProperty("java.home"), "MIZAN_JAR=" + jar,
                        "MIZAN_JAVA_OPTS=" + String.join(" ", opts), script.toString());
                launch("./mizan with the AOT cache, " + where, runs, gtk ? xvfbRun(viaScript) : viaScript, true);
            }
        }
    }

    private static List<String> xvfbRun(List<String> cmd) {
        List<String> all = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1920x1200x24"));
        all.addAll(cmd);
        return all;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    /**
     * Runs {@code cmd} {@code runs} times and prints one line: "launch [SETTING]: window shown W ms
     * after process start (range), P ms process CPU, F ms FX-thread CPU; ..." (BenchReport reads it).
     */
    private static void launch(String setting, int runs, List<String> cmd, boolean app) throws Exception {
        java.util.regex.Pattern probe = java.util.regex.Pattern.compile(
                "mizan-probe: (window shown|article analysed and highlighted|main reached) (\\d+) ms after process start, "
                        + "(\\d+) ms process CPU, (\\d+) ms FX-thread CPU");
        List<long[]> shown = new ArrayList<>();
        List<Long> analysed = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            loads.add(String.format(java.util.Locale.ROOT, "%.1f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor(120, TimeUnit.SECONDS);
            java.util.regex.Matcher m = probe.matcher(out);
            while (m.find()) {
                if (m.group(1).startsWith("article")) {
                    analysed.add(Long.parseLong(m.group(2)));
                } else {
                    shown.add(new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), Long.parseLong(m.group(4))});
                }
            }
        }
        if (shown.isEmpty()) {
            System.out.println("launch [" + setting + "]: no probe line printed: not measured");
            return;
        }
        long[] wall = shown.stream().mapToLong(r -> r[0]).sorted().toArray();
        System.out.printf(java.util.Locale.ROOT, "launch [%s]: %s %d ms after process start (%d–%d), %d ms process CPU, "
                        + "%d ms FX-thread CPU%s; median of %d runs; load average before each run %s on %d cores%n",
                setting, app ? "window shown" : "main reached", median(wall),
                wall[0], wall[wall.length - 1], median(shown.stream().mapToLong(r -> r[1]).sorted().toArray()),
                median(shown.stream().mapToLong(r -> r[2]).sorted().toArray()),
                analysed.isEmpty() ? "" : "; demo article analysed and highlighted "
                        + median(analysed.stream().mapToLong(Long::longValue).sorted().toArray()) + " ms after start",
                shown.size(), String.join(", ", loads), Runtime.getRuntime().availableProcessors());
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    /** The baseline: a program that does nothing but report when its main method is reached. */
    public static final class TrivialMain {

        private TrivialMain() {
        }

        public static void main(String[] args) {
            ProcessHandle.Info info = ProcessHandle.current().info();
            System.out.printf("mizan-probe: main reached %d ms after process start, %d ms process CPU, %d ms FX-thread CPU%n",
                    info.startInstant().map(s -> java.time.Duration.between(s, java.time.Instant.now()).toMillis()).orElse(-1L),
                    info.totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L), 0);
        }
    }

    private static void watchGc() {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener((n, h) -> {
                    if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                (javax.management.openmbean.CompositeData) n.getUserData());
                        // Concurrent cycles (G1's "Concurrent GC", ZGC's cycles) do not stop the FX thread.
                        if (!info.getGcName().contains("Cycles") && !info.getGcAction().contains("concurrent")
                                && !info.getGcName().startsWith("G1 Concurrent")) {
                            maxGcPause.accumulateAndGet(info.getGcInfo().getDuration(), Math::max);
                        }
                    }
                }, null, null);
            }
        }
    }

    private static org.mizan.ui.ArticleEditor editorOf(MainWindow w, MainViewModel vm) {
        return w.editorOf(vm.selected());
    }

    static String twoMegabytes() {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        // 2 MB of UTF-8 (Arabic letters take two bytes each).
        long bytes = 0;
        while (bytes < 2_000_000) {
            String para = ReaderFixture.ARTICLE.replace("2023", String.valueOf(1900 + n % 120)) + "\n";
            sb.append(para);
            bytes += para.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            n++;
        }
        return sb.toString();
    }

    private static void startPulseProbe() throws Exception {
        probe = onFx(() -> {
            FxStallProbe p = new FxStallProbe();
            p.start();
            return p;
        });
        onFx(() -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long last = lastPulse.getAndSet(now);
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long lastC = lastCpu.getAndSet(cpu);
                    if (last != 0) {
                        maxGap.accumulateAndGet((now - last) / 1_000_000, Math::max);
                        maxCpuGap.accumulateAndGet((cpu - lastC) / 1_000_000, Math::max);
                        frames.incrementAndGet();
                        if ((cpu - lastC) / 1_000_000 > 50) {
                            bigGaps.add((cpu - lastC) / 1_000_000 + " ms at frame " + frames.get());
                        }
                    }
                }
            }.start();
            return null;
        });
        Thread.sleep(100);
    }

    /** The frames whose FX-thread CPU was over 50 ms since the last reset, to tell one stall from several. */
    private static String cpuGaps() {
        return "  " + frames.get() + " frames" + (bigGaps.isEmpty() ? "" : "; over 50 ms FX-thread CPU: " + String.join(", ", bigGaps))
                + "\n";
    }

    private static void resetGap() throws Exception {
        maxGcPause.set(0);
        onFx(() -> {
            probe.reset();
            maxGap.set(0);
            maxCpuGap.set(0);
            frames.set(0);
            bigGaps.clear();
            return null;
        });
    }

    private static void settle() throws InterruptedException {
        Thread.sleep(500);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(10);
        }
    }
}
