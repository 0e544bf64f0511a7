package org.mizan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mizan.analysis.figures.ArabicFigureFinder;
import org.mizan.text.ArabicNormalizer;
import org.mizan.text.SentenceSplitter;
import org.mizan.text.Tokenizer;

/**
 * Throughput of the text core and the figure finder on one core, and their behaviour on
 * adversarial input. A plain main so it runs without a Maven profile:
 *
 * <pre>
 * mvn -o -q test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.mizan.bench.TextFiguresBench
 * </pre>
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 *
 * <p>The corpus is real Arabic news prose when {@code ../shared} is there (the ANERcorp training
 * sentences and the shared article, read in place, never copied), plus the project's own figure
 * test sentences, which are far denser in figures than news.
 */
public final class TextFiguresBench {

    private TextFiguresBench() {
    }

    public static void main(String[] args) throws IOException {
        String corpus = corpus();
        int repeat = Math.max(1, (8 << 20) / Math.max(1, corpus.length()));
        String text = corpus.repeat(repeat);          // ~8M chars, ~15 MB of UTF-8
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("corpus: %,d chars, %,d UTF-8 bytes (%d copies of %,d chars)%n", text.length(), bytes,
                repeat, corpus.length());

        ArabicFigureFinder finder = new ArabicFigureFinder();
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        ArabicNormalizer norm = ArabicNormalizer.forMatching();
        List<String> chunks = chunks(text, 20_000);    // article-sized pieces, as the engine sees them

        measure("normalize", bytes, text.length(), () -> chunks.forEach(norm::normalize));
        measure("tokenize", bytes, text.length(), () -> chunks.forEach(tokenizer::tokenize));
        measure("sentences", bytes, text.length(), () -> chunks.forEach(splitter::split));
        measure("figures (normalize+tokenize+grammar)", bytes, text.length(), () -> chunks.forEach(finder::find));
        measure("text core + figures", bytes, text.length(), () -> chunks.forEach(c -> {
            splitter.split(c);
            finder.find(c);
        }));
        int figures = 0;
        for (String c : chunks) {
            figures += finder.find(c).size();
        }
        System.out.printf("figures found: %,d (%.1f per 1000 chars)%n", figures, 1000.0 * figures / text.length());

        System.out.println("adversarial input (time for n and 2n chars: linear means about 2x):");
        adversarial("no spaces", n -> "وبالمئةعشراتالآلاف".repeat(n / 18 + 1).substring(0, n), finder);
        adversarial("digits", n -> "7".repeat(n), finder);
        adversarial("digit groups", n -> "1,".repeat(n / 2) + "5", finder);
        adversarial("number words", n -> "ثلاثة وعشرون ألفا و".repeat(n / 19 + 1), finder);
        adversarial("ranges", n -> "بين 1 و2 و3 ".repeat(n / 12 + 1), finder);
        adversarial("dates", n -> "24 من كانون الثاني/يناير ".repeat(n / 25 + 1), finder);
        adversarial("marks", n -> "\u064B\u0640\u200F".repeat(n / 3 + 1), finder);
    }

    /**
     * CPU time of this thread, not wall time: the figure is "on one core" even when the machine is
     * shared and the thread waits for a core.
     */
    private static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static void measure(String name, long bytes, int chars, Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run();                                // warm-up: JIT
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = cpuNanos();
            work.run();
            best = Math.min(best, cpuNanos() - t0);
        }
        double s = best / 1e9;
        System.out.printf("%-40s %8.1f MB/s (UTF-8)  %8.1f M chars/s  (CPU time)%n", name, bytes / 1e6 / s, chars / 1e6 / s);
    }

    private static void adversarial(String name, java.util.function.IntFunction<String> make, ArabicFigureFinder f) {
        long[] times = new long[2];
        int[] sizes = {500_000, 1_000_000};
        for (int k = 0; k < 2; k++) {
            String s = make.apply(sizes[k]);
            for (int r = 0; r < 3; r++) {
                f.find(s);
            }
            long best = Long.MAX_VALUE;
            for (int r = 0; r < 5; r++) {
                long t0 = cpuNanos();
                f.find(s);
                best = Math.min(best, cpuNanos() - t0);
            }
            times[k] = best;
        }
        System.out.printf("  %-14s %7.2f ms / %7.2f ms  (ratio %.1f)%n", name, times[0] / 1e6, times[1] / 1e6,
                (double) times[1] / times[0]);
    }

    private static List<String> chunks(String text, int size) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += size) {
            out.add(text.substring(i, Math.min(text.length(), i + size)));
        }
        return out;
    }

    private static String corpus() throws IOException {
        StringBuilder sb = new StringBuilder();
        Path shared = Path.of("..", "shared");
        Path aner = shared.resolve("data/anercorp/train.txt");
        if (Files.isRegularFile(aner)) {
            StringBuilder sentence = new StringBuilder();
            for (String line : Files.readAllLines(aner)) {
                if (line.isBlank()) {
                    sb.append(sentence.toString().strip()).append('\n');
                    sentence.setLength(0);
                } else {
                    sentence.append(line.split(" ")[0]).append(' ');
                }
            }
        }
        Path article = shared.resolve("articles/syria-withdrawal.txt");
        if (Files.isRegularFile(article)) {
            sb.append(Files.readString(article)).append('\n');
        }
        try (InputStream in = TextFiguresBench.class.getResourceAsStream("/figures/cases.psv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && line.contains("|")) {
                    sb.append(line, 0, line.indexOf('|')).append(". ");
                }
            }
        }
        return sb.toString();
    }
}
