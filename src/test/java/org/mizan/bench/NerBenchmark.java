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
 * second for `ner --conll`-style tagging, and characters per second for the full actor finder;
 * with {@code -Dopennlp=true} also OpenNLP's name finder on the same tokens (the classpath then
 * needs the test scope, which holds opennlp-tools).
 */
public final class NerBenchmark {

    private NerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path conll = Path.of(args.length > 0 ? args[0] : "../shared/data/anercorp/train.txt");
        Path article = Path.of(args.length > 1 ? args[1] : "../shared/articles/syria-withdrawal.txt");

        java.lang.management.ThreadMXBean threadCpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = threadCpu.getCurrentThreadCpuTime();
        NerModel model;
        try (InputStream in = NerModel.class.getResourceAsStream(NerModel.RESOURCE)) {
            model = NerModelCodec.read(in);
        }
        double firstLoadMs = (System.nanoTime() - t0) / 1e6;
        double firstLoadCpuMs = (threadCpu.getCurrentThreadCpuTime() - c0) / 1e6;
        System.out.printf(Locale.ROOT, "model load in this fresh JVM: %.0f ms CPU of the loading thread, %.0f ms wall%n",
                firstLoadCpuMs, firstLoadMs);
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
        System.out.printf(Locale.ROOT, "tagging (two passes, %d tokens): %,.0f tokens/s of CPU time on one thread%n", tokens, rate);
        // The model memoises per-word work, so the rate above is for words it has met before.
        // A fresh copy of the model meets every word for the first time: one timed run over all
        // the tokens (the JIT is already warm from the runs above).
        NerModel fresh;
        try (InputStream in = NerModel.class.getResourceAsStream(NerModel.RESOURCE)) {
            fresh = NerModelCodec.read(in);
        }
        long coldStart = threadCpu.getCurrentThreadCpuTime();
        for (List<List<String>> d : docs) {
            fresh.tagDocument(d);
        }
        double coldRate = tokens / ((threadCpu.getCurrentThreadCpuTime() - coldStart) / 1e9);
        System.out.printf(Locale.ROOT, "tagging (two passes, every word new to the model): %,.0f tokens/s of CPU time%n",
                coldRate);
        NerModel firstPass = model.sentencePassOnly();
        double rate1 = measure(() -> {
            for (List<List<String>> d : docs) {
                firstPass.tagDocument(d);
            }
        }, tokens);
        System.out.printf(Locale.ROOT, "tagging (sentence pass only): %,.0f tokens/s of CPU time on one thread%n", rate1);

        if (Boolean.getBoolean("opennlp")) {
            openNlpBaseline(conll, sentences, docs, tokens, rate);
        }

        if (Files.isRegularFile(article)) {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            ArabicActorFinder finder = new ArabicActorFinder(() -> model, org.mizan.analysis.ner.Gazetteer.bundled());
            double chars = measure(() -> finder.find(text), text.length());
            System.out.printf(Locale.ROOT, "actor finder on %s (%d chars): %,.0f chars/s, %.2f ms per article%n",
                    article.getFileName(), text.length(), chars, 1000.0 * text.length() / chars);
        }
    }

    /**
     * OpenNLP's maxent name finder with its default features and parameters, trained on the same
     * training split (all but the last tenth) and timed on the same tokens. Enabled with
     * {@code -Dopennlp=true} (training it takes a few minutes).
     */
    private static void openNlpBaseline(Path conll, List<List<String>> sentences, List<List<List<String>>> docs,
                                        int tokens, double mizanRate) throws Exception {
        List<org.mizan.analysis.ner.TaggedSentence> all = readTagged(conll);
        var split = org.mizan.analysis.ner.NerTrainer.splitDev(all);
        List<opennlp.tools.namefind.NameSample> samples = new ArrayList<>();
        for (var s : split.train()) {
            List<opennlp.tools.util.Span> names = new ArrayList<>();
            for (var c : org.mizan.analysis.ner.EntityScore.chunks(s.tags())) {
                names.add(new opennlp.tools.util.Span(c.start(), c.end(), c.type()));
            }
            samples.add(new opennlp.tools.namefind.NameSample(s.tokens().toArray(String[]::new),
                    names.toArray(opennlp.tools.util.Span[]::new), false));
        }
        long t0 = System.nanoTime();
        var model = opennlp.tools.namefind.NameFinderME.train("ar", null,
                opennlp.tools.util.ObjectStreamUtils.createObjectStream(samples),
                opennlp.tools.util.TrainingParameters.defaultParams(), new opennlp.tools.namefind.TokenNameFinderFactory());
        System.out.printf(Locale.ROOT, "OpenNLP name finder trained in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        var finder = new opennlp.tools.namefind.NameFinderME(model);
        List<List<String>> gold = new ArrayList<>();
        List<List<String>> predicted = new ArrayList<>();
        for (var s : split.dev()) {
            gold.add(s.tags());
            predicted.add(bio(finder.find(s.tokens().toArray(String[]::new)), s.size()));
        }
        finder.clearAdaptiveData();
        System.out.printf(Locale.ROOT, "OpenNLP dev F1 %.4f (Mizan's shipped model: see DevSplitScoreTest)%n",
                org.mizan.analysis.ner.EntityScore.score(gold, predicted).overall().f1());
        List<String[]> arrays = sentences.stream().map(s -> s.toArray(String[]::new)).toList();
        double rate = measure(() -> {
            for (String[] s : arrays) {
                finder.find(s);
            }
            finder.clearAdaptiveData();
        }, tokens);
        System.out.printf(Locale.ROOT, "OpenNLP tagging: %,.0f tokens/s on one thread; Mizan is %.1fx faster%n",
                rate, mizanRate / rate);
    }

    private static List<String> bio(opennlp.tools.util.Span[] spans, int n) {
        List<String> tags = new ArrayList<>(java.util.Collections.nCopies(n, "O"));
        for (var sp : spans) {
            for (int i = sp.getStart(); i < sp.getEnd(); i++) {
                tags.set(i, (i == sp.getStart() ? "B-" : "I-") + sp.getType());
            }
        }
        return tags;
    }

    private static List<org.mizan.analysis.ner.TaggedSentence> readTagged(Path file) throws Exception {
        List<org.mizan.analysis.ner.TaggedSentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!toks.isEmpty()) {
                    out.add(new org.mizan.analysis.ner.TaggedSentence(toks, tags));
                    toks = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                continue;
            }
            String[] f = line.strip().split("\\s+");
            toks.add(f[0]);
            tags.add(f[f.length - 1]);
        }
        if (!toks.isEmpty()) {
            out.add(new org.mizan.analysis.ner.TaggedSentence(toks, tags));
        }
        return out;
    }

    /**
     * Units per second of {@code work} per second of this thread's CPU time (so that other
     * processes sharing the machine do not count against it), after a warm-up, best of 5 rounds.
     */
    private static double measure(Runnable work, int units) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long warmEnd = cpu.getCurrentThreadCpuTime() + 3_000_000_000L;
        while (cpu.getCurrentThreadCpuTime() < warmEnd) {
            work.run();
        }
        double best = 0;
        for (int round = 0; round < 5; round++) {
            int reps = 0;
            long start = cpu.getCurrentThreadCpuTime();
            long end = start + 1_000_000_000L;
            while (cpu.getCurrentThreadCpuTime() < end) {
                work.run();
                reps++;
            }
            best = Math.max(best, reps * (double) units / ((cpu.getCurrentThreadCpuTime() - start) / 1e9));
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
