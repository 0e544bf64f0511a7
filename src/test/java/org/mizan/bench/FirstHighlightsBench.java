package org.mizan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.analysis.Engine;
import org.mizan.analysis.Pipeline;
import org.mizan.io.BundledSamples;
import org.mizan.model.Article;
import org.mizan.model.Span;

/**
 * How soon the standard engine hands the reader its first highlights on the reader bench's 2 MB
 * article, in a fresh JVM each time (the first analysis of a session is the one a user waits for:
 * cold JIT, models just loaded). Each run does what the desktop app does: builds the engine, analyses
 * the bundled demo article, then analyses the 2 MB article as the reader asks for it (the top of the
 * article on screen) and notes the CPU time of the analysing thread, and the wall time, at each
 * partial result. Plain main, no toolkit:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.mizan.bench.FirstHighlightsBench
 * </pre>
 *
 * <p>Settings: {@code bench.runs} (5 fresh JVMs; medians are reported), {@code bench.visible=false}
 * analyses without naming what is on screen (the whole-article actor stage comes first, as before the
 * visible-first stage), {@code bench.demo=false} skips the demo article (the 2 MB article is the
 * session's first analysis).
 */
public final class FirstHighlightsBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Pattern LINE = Pattern.compile(
            "first-highlights: engine (\\d+) ms CPU; demo (\\d+) ms CPU; first (\\w+) (\\d+) ms CPU (\\d+) ms wall; "
                    + "actors (\\d+) ms CPU (\\d+) ms wall; complete (\\d+) ms CPU (\\d+) ms wall; (.*)");

    private FirstHighlightsBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--once")) {
            once();
            return;
        }
        int runs = Integer.getInteger("bench.runs", 5);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<long[]> rows = new ArrayList<>();
        String first = "";
        String detail = "";
        for (int run = 0; run < runs; run++) {
            List<String> cmd = new ArrayList<>(List.of(java, "-Xmx2g", "-Dfile.encoding=UTF-8"));
            for (String p : List.of("bench.visible", "bench.demo")) {
                if (System.getProperty(p) != null) {
                    cmd.add("-D" + p + "=" + System.getProperty(p));
                }
            }
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), FirstHighlightsBench.class.getName(), "--once"));
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(300, TimeUnit.SECONDS);
            Matcher m = LINE.matcher(out);
            if (!m.find()) {
                System.out.println("run " + run + " printed no result:\n" + out);
                continue;
            }
            System.out.printf(Locale.ROOT, "run %d (load %.1f): %s%n", run, load, m.group(0));
            rows.add(new long[] {l(m, 1), l(m, 2), l(m, 4), l(m, 5), l(m, 6), l(m, 7), l(m, 8), l(m, 9)});
            first = m.group(3);
            detail = m.group(10);
        }
        if (rows.isEmpty()) {
            return;
        }
        System.out.printf(Locale.ROOT, "first highlights on the 2 MB article (standard engine, fresh JVM, median of %d): "
                        + "first partial (%s) %d ms CPU of the analysis thread, %d ms wall; whole-article actors %d ms CPU, "
                        + "%d ms wall; complete %d ms CPU, %d ms wall; engine build %d ms CPU, demo article %d ms CPU; %s; "
                        + "%d cores%n", rows.size(), first, median(rows, 2), median(rows, 3), median(rows, 4), median(rows, 5),
                median(rows, 6), median(rows, 7), median(rows, 0), median(rows, 1), detail,
                Runtime.getRuntime().availableProcessors());
    }

    private static long l(Matcher m, int group) {
        return Long.parseLong(m.group(group));
    }

    private static long median(List<long[]> rows, int column) {
        long[] v = rows.stream().mapToLong(r -> r[column]).sorted().toArray();
        return v[v.length / 2];
    }

    /** One measurement in this JVM; prints one line that {@link #LINE} reads. */
    private static void once() {
        String big = ReaderBench.twoMegabytes();
        long t = cpu();
        Pipeline engine = Engine.standard();
        long engineCpu = cpu() - t;
        t = cpu();
        if (!"false".equals(System.getProperty("bench.demo"))) {
            engine.analyze(BundledSamples.load(BundledSamples.DEMO));
        }
        long demoCpu = cpu() - t;
        Article article = Article.of(big, "bench-2mb.txt");
        boolean visible = !"false".equals(System.getProperty("bench.visible"));
        long[][] at = new long[Pipeline.Stage.values().length][];
        String[] firstStage = {""};
        String[] what = {""};
        long cpu0 = cpu();
        long wall0 = System.nanoTime();
        List<long[]> marks = new ArrayList<>();
        java.util.function.Consumer<Pipeline.Partial> note = p -> {
            long[] mark = {(cpu() - cpu0) / 1_000_000, (System.nanoTime() - wall0) / 1_000_000};
            if (at[p.stage().ordinal()] == null) {
                at[p.stage().ordinal()] = mark;
            }
            if (marks.isEmpty()) {
                firstStage[0] = p.stage().name();
                int last = p.analysis().mentions().isEmpty() ? 0 : p.analysis().mentions().getLast().span().end();
                what[0] = String.format(Locale.ROOT, "first partial: %,d mentions and %,d figures up to character %,d of %,d",
                        p.analysis().mentions().size(), p.analysis().figures().size(), last, big.length());
            }
            marks.add(mark);
        };
        if (visible) {
            engine.analyze(article, new Span(0, 0), note);
        } else {
            engine.analyze(article, note);
        }
        long[] firstAt = marks.getFirst();
        long[] actors = at[Pipeline.Stage.ACTORS.ordinal()];
        long[] complete = marks.getLast();
        System.out.printf(Locale.ROOT, "first-highlights: engine %d ms CPU; demo %d ms CPU; first %s %d ms CPU %d ms wall; "
                        + "actors %d ms CPU %d ms wall; complete %d ms CPU %d ms wall; %s%n", engineCpu / 1_000_000,
                demoCpu / 1_000_000, firstStage[0], firstAt[0], firstAt[1], actors[0], actors[1], complete[0], complete[1],
                what[0]);
        System.out.println(Arrays.deepToString(at));
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
