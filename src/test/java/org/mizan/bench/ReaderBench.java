package org.mizan.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The reader's speed targets: window shown within 2 s of launch; a 2 MB article opens, is
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

    private ReaderBench() {
    }

    public static void main(String[] args) throws Exception {
        if (!"false".equals(System.getProperty("bench.launch"))) {
            launches();
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
            MainViewModel vm = new MainViewModel(ReaderFixture.pipeline(), ArticleFiles.standard(), settings,
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
        // Highlights on screen: the editor of the new tab holds the analysis' highlights and has had a
        // pulse to paint the visible paragraphs (the rest of a long text may still be loading).
        waitUntil(() -> vm.selected() != null && vm.selected().article().text().length() == big.length()
                && vm.selected().analysisCurrent() && !w.editorOf(vm.selected()).highlights().isEmpty());
        long[] shownAt = {(System.nanoTime() - open) / 1_000_000, (onFx(THREADS::getCurrentThreadCpuTime) - openCpu) / 1_000_000,
            (THREADS.getThreadCpuTime(bgThread) - bgCpu) / 1_000_000};
        waitUntil(() -> !w.editorOf(vm.selected()).loadingProperty().get());
        long loadedAt = (System.nanoTime() - open) / 1_000_000;
        settle();
        System.out.printf("open + analyse + highlight 2 MB: %d ms to highlights on screen (%d ms FX-thread CPU, %d ms CPU of the "
                        + "analysis thread, fixture annotators); text fully loaded %d ms; %,d highlights; longest FX stall %d ms wall, "
                        + "%d ms FX-thread CPU; FX-thread CPU in all %d ms; longest GC pause %d ms%n%s",
                shownAt[0], shownAt[1], shownAt[2], loadedAt, onFx(() -> vm.selected().analysis().mentions().size()
                        + vm.selected().analysis().figures().size()), maxGap.get(), maxCpuGap.get(),
                (onFx(THREADS::getCurrentThreadCpuTime) - openCpu) / 1_000_000, maxGcPause.get(), cpuGaps());

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
     * Launch to window shown, measured on the real path: a fresh JVM running {@code java -jar
     * target/mizan.jar} headless (Monocle), with {@code -Dmizan.startupProbe=true} so the app
     * prints when its window is first laid out and when the demo article is analysed and drawn,
     * then exits. Three runs; the median is reported (wall time since the process started, and
     * the CPU time of the process and of the FX thread, which a loaded machine inflates less).
     * With an AOT cache at {@code target/mizan.aot} (see {@code -Paot}) it is measured again with it.
     */
    private static void launches() throws Exception {
        Path jar = Path.of(System.getProperty("mizan.jar", "target/mizan.jar"));
        if (!Files.isRegularFile(jar)) {
            System.out.println("launch: " + jar + " not built (mvn package): not measured");
            return;
        }
        launch(jar, null);
        Path aot = Path.of(System.getProperty("mizan.aot", "target/mizan.aot"));
        if (Files.isRegularFile(aot)) {
            launch(jar, aot);
        }
    }

    private static void launch(Path jar, Path aot) throws Exception {
        java.util.List<long[]> shown = new java.util.ArrayList<>();
        java.util.List<long[]> analysed = new java.util.ArrayList<>();
        java.util.regex.Pattern probe = java.util.regex.Pattern.compile(
                "mizan-probe: (window shown|article analysed and highlighted) (\\d+) ms after process start, (\\d+) ms process CPU, (\\d+) ms FX-thread CPU");
        Path home = Files.createTempDirectory("mizan-launch-");
        for (int run = 0; run < 3; run++) {
            java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-Dprism.order=sw", "-Dglass.platform=Monocle",
                    "-Dmonocle.platform=Headless", "-Djava.awt.headless=true", "-Dmizan.startupProbe=true",
                    "-Dmizan.data.dir=" + home, "-Djava.util.prefs.userRoot=" + home.resolve("prefs")));
            if (aot != null) {
                cmd.add("-XX:AOTCache=" + aot.toAbsolutePath());
            }
            cmd.addAll(java.util.List.of("-jar", jar.toAbsolutePath().toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor(120, TimeUnit.SECONDS);
            java.util.regex.Matcher m = probe.matcher(out);
            while (m.find()) {
                long[] v = {Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), Long.parseLong(m.group(4))};
                (m.group(1).startsWith("window") ? shown : analysed).add(v);
            }
        }
        if (shown.isEmpty()) {
            System.out.println("launch: the app printed no probe line: not measured");
            return;
        }
        long[] s = median(shown);
        long[] a = analysed.isEmpty() ? new long[] {-1, -1, -1} : median(analysed);
        System.out.printf("launch%s (java -jar %s, fresh JVM, headless, median of %d): window shown %d ms after process "
                        + "start, %d ms process CPU, %d ms FX-thread CPU; demo article analysed and highlighted %d ms after "
                        + "start (load average %.1f on %d cores)%n", aot == null ? "" : " with AOT cache", jar, shown.size(),
                s[0], s[1], s[2], a[0], ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** The run with the median wall time. */
    private static long[] median(java.util.List<long[]> runs) {
        java.util.List<long[]> sorted = new java.util.ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingLong(r -> r[0]));
        return sorted.get(sorted.size() / 2);
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

    private static String twoMegabytes() {
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
