package org.mizan.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mizan.analysis.actors.ArabicActorFinder;
import org.mizan.analysis.ner.NerModel;
import org.mizan.analysis.ner.NerModelCodec;

/**
 * Speed of the NER model and of the actor finder on one core. A plain main, not a test (speed
 * targets live in benchmarks). Run after {@code mvn -o test-compile}:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.mizan.bench.NerBenchmark [CONLL] [ARTICLE]
 * </pre>
 *
 * CONLL defaults to ../shared/data/anercorp/train.txt (its tokens only; any CoNLL file will do),
 * ARTICLE to ../shared/articles/syria-withdrawal.txt. Prints the model's load time, tokens per
 * second for `ner --conll`-style tagging, and characters per second for the full actor finder.
 */
public final class NerBenchmark {

    private NerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path conll = Path.of(args.length > 0 ? args[0] : "../shared/data/anercorp/train.txt");
        Path article = Path.of(args.length > 1 ? args[1] : "../shared/articles/syria-withdrawal.txt");

        long t0 = System.nanoTime();
        NerModel model;
        try (InputStream in = NerModel.class.getResourceAsStream(NerModel.RESOURCE)) {
            model = NerModelCodec.read(in);
        }
        double firstLoadMs = (System.nanoTime() - t0) / 1e6;
        double loadMs = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long s = System.nanoTime();
            try (InputStream in = NerModel.class.getResourceAsStream(NerModel.RESOURCE)) {
                NerModelCodec.read(in);
            }
            loadMs = Math.min(loadMs, (System.nanoTime() - s) / 1e6);
        }
        System.out.printf(Locale.ROOT, "model load: first %.0f ms (cold JVM), best of 5 warm %.0f ms%n", firstLoadMs, loadMs);

        List<List<String>> sentences = readTokens(conll);
        int tokens = sentences.stream().mapToInt(List::size).sum();
        // documents of 20 sentences, as `ner --conll` sees a file of articles
        List<List<List<String>>> docs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += 20) {
            docs.add(sentences.subList(i, Math.min(sentences.size(), i + 20)));
        }
        double rate = measure(() -> {
            for (List<List<String>> d : docs) {
                model.tagDocument(d);
            }
        }, tokens);
        System.out.printf(Locale.ROOT, "tagging (two passes, %d tokens): %,.0f tokens/s on one thread%n", tokens, rate);

        if (Files.isRegularFile(article)) {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            ArabicActorFinder finder = new ArabicActorFinder(() -> model, org.mizan.analysis.ner.Gazetteer.bundled());
            double chars = measure(() -> finder.find(text), text.length());
            System.out.printf(Locale.ROOT, "actor finder on %s (%d chars): %,.0f chars/s, %.2f ms per article%n",
                    article.getFileName(), text.length(), chars, 1000.0 * text.length() / chars);
        }
    }

    /** Units per second of {@code work}, after a warm-up, best of several rounds. */
    private static double measure(Runnable work, int units) {
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            work.run();
        }
        double best = 0;
        for (int round = 0; round < 5; round++) {
            int reps = 0;
            long start = System.nanoTime();
            long end = start + 1_000_000_000L;
            while (System.nanoTime() < end) {
                work.run();
                reps++;
            }
            best = Math.max(best, reps * (double) units / ((System.nanoTime() - start) / 1e9));
        }
        return best;
    }

    private static List<List<String>> readTokens(Path file) throws Exception {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!cur.isEmpty()) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
            } else {
                cur.add(line.strip().split("\\s+")[0]);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }
}
