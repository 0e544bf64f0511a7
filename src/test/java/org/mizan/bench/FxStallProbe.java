package org.mizan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.animation.AnimationTimer;

/**
 * Measures FX-thread stalls the way the targets mean them: an AnimationTimer keeps a pulse
 * running every frame, and the FX thread's own CPU time between two pulses is the stall an idle
 * machine would show (the wall gap is reported too, but on the shared 2-core bench machine it
 * mostly measures waiting for a core). Optionally ({@code -Dbench.profile=true}) a sampler takes
 * the FX thread's stack every few milliseconds, so that the longest stall can be attributed: the
 * frames seen most often during it are printed with {@link #describeLongest()}.
 *
 * <p>Start it on the FX thread; read it from any thread.
 */
final class FxStallProbe extends AnimationTimer {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean profile = Boolean.getBoolean("bench.profile");
    private long lastWall;
    private long lastCpu;
    private volatile long maxWallGap;
    private volatile long maxCpuGap;
    /** Wall interval of the pulse gap with the most FX-thread CPU, for the profile. */
    private volatile long longestFrom;
    private volatile long longestTo;
    private volatile long fxThreadId = -1;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private Thread sampler;
    private int dumps;
    /** FX-thread CPU of every pulse gap since the last reset, in ms, in order. */
    private final List<Long> gaps = new ArrayList<>();

    private record Sample(long at, StackTraceElement[] stack) {
    }

    @Override
    public void start() {
        super.start();
        fxThreadId = Thread.currentThread().threadId();
        if (profile && sampler == null) {
            sampler = new Thread(this::sample, "fx-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }
    }

    @Override
    public void handle(long now) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        if (lastWall != 0) {
            maxWallGap = Math.max(maxWallGap, wall - lastWall);
            synchronized (gaps) {
                gaps.add((cpu - lastCpu) / 1_000_000);
            }
            if (cpu - lastCpu > maxCpuGap) {
                maxCpuGap = cpu - lastCpu;
                longestFrom = lastWall;
                longestTo = wall;
            }
        }
        lastWall = wall;
        lastCpu = cpu;
    }

    /** Forgets the gaps so far (call on the FX thread, so that the next gap starts from now). */
    void reset() {
        lastWall = 0;
        maxWallGap = 0;
        maxCpuGap = 0;
        longestFrom = 0;
        longestTo = 0;
        synchronized (samples) {
            samples.clear();
        }
        synchronized (gaps) {
            gaps.clear();
        }
    }

    /** How the FX-thread CPU per frame was spread: frames, median, 99th percentile, and the gaps over 50 ms in order. */
    String distribution() {
        List<Long> g;
        synchronized (gaps) {
            g = new ArrayList<>(gaps);
        }
        if (g.isEmpty()) {
            return "no frames";
        }
        List<Long> sorted = new ArrayList<>(g);
        sorted.sort(null);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < g.size(); i++) {
            if (g.get(i) > 50) {
                big.append(big.isEmpty() ? "" : ", ").append(g.get(i)).append(" ms at frame ").append(i + 1);
            }
        }
        return String.format(Locale.ROOT, "%d frames, FX-thread CPU per frame median %d ms, 99th percentile %d ms%s",
                g.size(), sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, sorted.size() * 99 / 100)),
                big.isEmpty() ? "" : "; over 50 ms: " + big);
    }

    long maxCpuGapMs() {
        return maxCpuGap / 1_000_000;
    }

    long maxWallGapMs() {
        return maxWallGap / 1_000_000;
    }

    private void sample() {
        while (true) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
            ThreadInfo info = THREADS.getThreadInfo(fxThreadId, 60);
            if (info != null && info.getThreadState() == Thread.State.RUNNABLE) {
                synchronized (samples) {
                    samples.add(new Sample(System.nanoTime(), info.getStackTrace()));
                    if (samples.size() > 200_000) {
                        samples.removeFirst();
                    }
                }
            }
        }
    }

    /**
     * The frames most often on the FX thread's stack during the longest stall (inclusive: a frame
     * counts once per sample it appears in), or an empty string when not profiling.
     */
    String describeLongest() {
        if (!profile) {
            return "";
        }
        List<Sample> in = new ArrayList<>();
        synchronized (samples) {
            for (Sample s : samples) {
                if (s.at() >= longestFrom && s.at() <= longestTo) {
                    in.add(s);
                }
            }
        }
        String folded = System.getProperty("bench.profile.folded");
        if (folded != null) {
            // Folded stacks (root first, ';'-separated), one line per sample, for a flame graph or a script.
            StringBuilder lines = new StringBuilder();
            for (Sample s : in) {
                StackTraceElement[] st = s.stack();
                for (int i = st.length - 1; i >= 0; i--) {
                    lines.append(st[i].getClassName()).append('.').append(st[i].getMethodName())
                            .append(i == 0 ? " 1\n" : ";");
                }
            }
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(folded + "-" + (++dumps) + ".folded"), lines);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Sample s : in) {
            Set<String> seen = new HashSet<>();
            for (StackTraceElement e : s.stack()) {
                String frame = e.getClassName() + "." + e.getMethodName();
                if (seen.add(frame)) {
                    counts.merge(frame, 1, Integer::sum);
                }
            }
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "  profile of the longest stall (%d ms CPU, %d samples):%n", maxCpuGapMs(), in.size()));
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .filter(e -> !e.getKey().startsWith("com.sun.glass") && !e.getKey().startsWith("java."))
                .limit(45)
                .forEach(e -> sb.append(String.format(Locale.ROOT, "  %5.1f%% %s%n", 100.0 * e.getValue() / in.size(),
                        e.getKey())));
        return sb.toString();
    }
}
