package org.mizan.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.namefind.NameFinderME;
import org.mizan.analysis.ner.EntityScore;
import org.mizan.analysis.ner.NerModel;
import org.mizan.analysis.ner.NerTrainer;
import org.mizan.text.Tokenizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The engine half of the benchmark suite ({@code mvn -Pbench verify} runs it, then the UI and PDF
 * benchmarks in JVMs of their own, then {@link BenchReport}). In order:
 * <ol>
 *   <li>generates the 1 MB and 10 MB corpora ({@link BenchCorpus}) into the bench directory;</li>
 *   <li>when {@code ../shared} is there, trains (or reloads) the OpenNLP peer and scores both
 *       taggers on the dev split;</li>
 *   <li>runs the JMH benchmarks: every annotator on 1 MB, the pipeline and the text core with
 *       figures on 10 MB too, contradiction search at growing claim counts, and the two taggers;</li>
 *   <li>writes {@code engine.md} (tables) and {@code engine.properties} (headline numbers).</li>
 * </ol>
 * Settings, as system properties: {@code mizan.bench.dir} (target/bench), {@code bench.forks} (1),
 * {@code bench.warmups} (4: the JIT compiler threads also wait for a core), {@code bench.iterations} (4), {@code bench.seconds} (2 per iteration),
 * {@code bench.quick=true} (one short iteration each, to try the suite out; numbers not meaningful).
 */
public final class BenchMain {

    private static final Path DIR = Path.of(System.getProperty("mizan.bench.dir", "target/bench"));

    private BenchMain() {
    }

    /** Size of one corpus: what one benchmark operation processes. */
    record CorpusSize(int megabytes, long bytes, long chars, long tokens, int articles) {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(DIR);
        Properties out = new Properties();
        StringBuilder md = new StringBuilder();
        Map<Integer, CorpusSize> sizes = new LinkedHashMap<>();
        Tokenizer tokenizer = new Tokenizer();
        BenchCorpus corpus = new BenchCorpus();
        for (int mb : new int[] {1, 10}) {
            List<String> articles = corpus.articles(mb * 1_000_000L);
            long tokens = 0;
            long chars = 0;
            for (String a : articles) {
                tokens += tokenizer.tokenize(a).size();
                chars += a.length();
            }
            BenchCorpus.write(articles, DIR.resolve("corpus-" + mb + "mb.txt"));
            CorpusSize s = new CorpusSize(mb, BenchCorpus.utf8(articles), chars, tokens, articles.size());
            sizes.put(mb, s);
            System.out.printf(Locale.ROOT, "corpus %d MB: %d articles, %,d bytes UTF-8, %,d chars, %,d tokens%n", mb,
                    s.articles(), s.bytes(), s.chars(), s.tokens());
        }
        md.append("Corpus (generated from the bundled samples, ").append(DIR).append("/corpus-*mb.txt):\n\n");
        md.append("| corpus | articles | bytes (UTF-8) | chars | tokens |\n|---|---:|---:|---:|---:|\n");
        sizes.values().forEach(s -> md.append(String.format(Locale.ROOT, "| %d MB | %d | %,d | %,d | %,d |%n",
                s.megabytes(), s.articles(), s.bytes(), s.chars(), s.tokens())));

        boolean peer = NerPeer.available();
        int devTokens = 0;
        if (peer) {
            devTokens = scorePeers(out, md);
        } else {
            System.out.println("../shared is absent: the OpenNLP comparison is skipped");
            md.append("\nNER peer: skipped (../shared/data/anercorp/train.txt is absent).\n");
        }

        List<RunResult> results = new ArrayList<>();
        String engine = EngineBench.class.getName();
        // every annotator on 1 MB; on 10 MB the whole pipeline and its two biggest stages
        results.addAll(run(options("engine-1mb").include(engine + "\\.").param("megabytes", "1")));
        // one pass over 10 MB takes many seconds: timed pass by pass (single shot), one warm-up pass
        results.addAll(run(options("engine-10mb").include(engine + "\\.(pipeline|textCoreAndFigures)$")
                .param("megabytes", "10").mode(Mode.SingleShotTime).timeUnit(TimeUnit.SECONDS)
                .warmupIterations(1).measurementIterations(Boolean.getBoolean("bench.quick") ? 1 : 3)));
        results.addAll(run(options("long-article").include(LongArticleBench.class.getName() + "\\.")
                .warmupIterations(1).measurementIterations(Boolean.getBoolean("bench.quick") ? 1 : 3)));
        results.addAll(run(options("contradictions").include(ContradictionScalingBench.class.getName() + "\\.")));
        if (peer) {
            results.addAll(run(options("ner-peer").include(NerPeerBench.class.getName() + "\\.")));
        }
        summarize(results, sizes, devTokens, out, md);
        try (var w = Files.newBufferedWriter(DIR.resolve("engine.properties"), StandardCharsets.UTF_8)) {
            out.store(w, "engine benchmark headline numbers (BenchMain)");
        }
        Files.writeString(DIR.resolve("engine.md"), md, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(md);
    }

    private static ChainedOptionsBuilder options(String name) {
        boolean quick = Boolean.getBoolean("bench.quick");
        TimeValue time = TimeValue.seconds(quick ? 1 : Integer.getInteger("bench.seconds", 2));
        return new OptionsBuilder()
                .forks(Integer.getInteger("bench.forks", 1))
                .warmupIterations(quick ? 1 : Integer.getInteger("bench.warmups", 4))
                .warmupTime(time)
                .measurementIterations(quick ? 1 : Integer.getInteger("bench.iterations", 4))
                .measurementTime(time)
                .threads(1)
                .jvmArgsAppend("-Xmx2g", "-Dfile.encoding=UTF-8", "-Dmizan.bench.dir=" + DIR.toAbsolutePath())
                .addProfiler(CpuTimeProfiler.class)
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(DIR.resolve("jmh-" + name + ".json").toString());
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws Exception {
        return new Runner(options.build()).run();
    }

    /** Trains or reloads the OpenNLP peer and scores both taggers on the dev split; returns its token count. */
    private static int scorePeers(Properties out, StringBuilder md) throws Exception {
        NerTrainer.Split split = NerPeer.split();
        List<List<String>> gold = NerPeer.tags(split.dev());
        List<List<String>> tokens = NerPeer.tokens(split.dev());
        int devTokens = tokens.stream().mapToInt(List::size).sum();
        Path file = NerPeer.modelFile(DIR);
        boolean cached = Files.isRegularFile(file);
        long t0 = System.nanoTime();
        var model = NerPeer.model(split, file);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "OpenNLP %s name finder %s in %.0f s%n",
                opennlp.tools.util.Version.currentVersion(), cached ? "loaded from " + file : "trained", seconds);
        EntityScore.Report ours = EntityScore.score(gold, NerModel.bundled().tagDocument(tokens));
        EntityScore.Report theirs = EntityScore.score(gold,
                NerPeer.tag(new NameFinderME(model), tokens.stream().map(s -> s.toArray(String[]::new)).toList()));
        System.out.print("Mizan on the dev split:\n" + ours.format() + "OpenNLP on the dev split:\n" + theirs.format());
        out.setProperty("ner.f1.mizan", fmt4(ours.overall().f1()));
        out.setProperty("ner.f1.opennlp", fmt4(theirs.overall().f1()));
        out.setProperty("ner.dev.tokens", Integer.toString(devTokens));
        out.setProperty("ner.opennlp.version", opennlp.tools.util.Version.currentVersion().toString());
        md.append(String.format(Locale.ROOT, "%nNER on the dev split (last tenth of ANERcorp train: %d sentences, %,d "
                        + "tokens; both trained on the other nine tenths), entity-level exact match:%n%n",
                split.dev().size(), devTokens));
        md.append("| tagger | P | R | F1 | F1 PERS | F1 LOC | F1 ORG | F1 MISC |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(scoreRow("Mizan (two-pass perceptron)", ours));
        md.append(scoreRow("OpenNLP " + opennlp.tools.util.Version.currentVersion() + " NameFinderME (maxent, defaults)",
                theirs));
        return devTokens;
    }

    private static String scoreRow(String name, EntityScore.Report r) {
        StringBuilder sb = new StringBuilder("| " + name + " | " + fmt3(r.overall().precision()) + " | "
                + fmt3(r.overall().recall()) + " | **" + fmt3(r.overall().f1()) + "**");
        for (String t : List.of("PERS", "LOC", "ORG", "MISC")) {
            EntityScore.Counts c = r.byType().get(t);
            sb.append(" | ").append(c == null ? "–" : fmt3(c.f1()));
        }
        return sb.append(" |\n").toString();
    }

    private static void summarize(List<RunResult> results, Map<Integer, CorpusSize> sizes, int devTokens,
                                  Properties out, StringBuilder md) {
        md.append("\nEngine throughput, one thread; one operation = the whole corpus, article by article. Wall: "
                + "JMH's score ± its 99.9% error (the machine is shared, so wall time includes waiting for a core). "
                + "CPU: the same work per second of the benchmark thread's CPU time ± error; JVM CPU adds the GC and "
                + "JIT threads (an upper bound on the cost).\n\n");
        md.append("| benchmark | corpus | wall MB/s | CPU MB/s | CPU tokens/s | CPU s/op | JVM CPU s/op |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder scaling = new StringBuilder();
        StringBuilder longArticle = new StringBuilder();
        Map<String, List<double[]>> growth = new LinkedHashMap<>();
        Map<String, List<double[]>> pairGrowth = new LinkedHashMap<>();
        StringBuilder ner = new StringBuilder();
        Map<String, Double> nerRates = new LinkedHashMap<>();
        for (RunResult r : results) {
            String bench = r.getParams().getBenchmark();
            String method = bench.substring(bench.lastIndexOf('.') + 1);
            Result primary = r.getPrimaryResult();
            double[] cpu = score(r, CpuTimeProfiler.THREAD);
            double[] jvm = score(r, CpuTimeProfiler.PROCESS);
            double cpuPerOp = cpu[0];
            if (bench.startsWith(EngineBench.class.getName())) {
                CorpusSize s = sizes.get(Integer.parseInt(r.getParams().getParam("megabytes")));
                double mb = s.bytes() / 1e6;
                double[] perSecond = opsPerSecond(primary);
                double wall = perSecond[0] * mb;
                double wallErr = perSecond[1] * mb;
                double cpuRate = mb / cpuPerOp;
                double cpuRateErr = mb * cpu[1] / (cpuPerOp * cpuPerOp);
                md.append(String.format(Locale.ROOT, "| %s | %d MB | %.2f ± %.2f | %.2f ± %.2f | %,.0f | %.3f | %.3f |%n",
                        method, s.megabytes(), wall, wallErr, cpuRate, cpuRateErr, s.tokens() / cpuPerOp, cpuPerOp,
                        jvm[0]));
                String key = "engine." + method + "." + s.megabytes() + "mb";
                out.setProperty(key + ".wall.mbs", fmt2(wall));
                out.setProperty(key + ".wall.mbs.err", fmt2(wallErr));
                out.setProperty(key + ".cpu.mbs", fmt2(cpuRate));
                out.setProperty(key + ".cpu.mbs.err", fmt2(cpuRateErr));
                out.setProperty(key + ".cpu.tokens", String.format(Locale.ROOT, "%.0f", s.tokens() / cpuPerOp));
            } else if (bench.startsWith(LongArticleBench.class.getName())) {
                int mb = Integer.parseInt(r.getParams().getParam("megabytes"));
                longArticle.append(String.format(Locale.ROOT, "| %s | %d MB | %.0f ± %.0f | %.0f ± %.0f |%n", method, mb,
                        primary.getScore(), finite(primary.getScoreError()), cpuPerOp * 1e3, cpu[1] * 1e3));
                out.setProperty("long." + method + "." + mb + "mb.cpu.ms", String.format(Locale.ROOT, "%.0f", cpuPerOp * 1e3));
            } else if (bench.startsWith(ContradictionScalingBench.class.getName())) {
                int claims = Integer.parseInt(r.getParams().getParam("claims"));
                String feed = r.getParams().getParam("feed");
                String found = readOr(DIR.resolve("contradictions-" + feed + "-" + claims + ".txt"), "?").strip();
                java.util.regex.Matcher pairs = java.util.regex.Pattern.compile("(\\d+) contradictions").matcher(found);
                double pairCount = pairs.find() ? Double.parseDouble(pairs.group(1)) : Double.NaN;
                scaling.append(String.format(Locale.ROOT, "| %s | %,d | %s | %.2f ± %.2f | %.2f ± %.2f | %.1f | %.1f |%n",
                        feed, claims, found, primary.getScore(), finite(primary.getScoreError()), cpuPerOp * 1e3,
                        cpu[1] * 1e3, cpuPerOp * 1e6 / claims, cpuPerOp * 1e6 / pairCount));
                if (Double.isFinite(pairCount)) {
                    pairGrowth.computeIfAbsent(feed, k -> new ArrayList<>()).add(new double[] {claims, pairCount});
                }
                out.setProperty("contradictions." + feed + "." + claims + ".cpu.ms", fmt2(cpuPerOp * 1e3));
                growth.computeIfAbsent(feed, k -> new ArrayList<>()).add(new double[] {claims, cpuPerOp});
            } else if (bench.startsWith(NerPeerBench.class.getName())) {
                double[] perSecond = opsPerSecond(primary);
                double rate = devTokens / cpuPerOp;
                nerRates.put(method, rate);
                ner.append(String.format(Locale.ROOT, "| %s | %,.0f ± %,.0f | %,.0f ± %,.0f |%n", method,
                        perSecond[0] * devTokens, perSecond[1] * devTokens, rate,
                        devTokens * cpu[1] / (cpuPerOp * cpuPerOp)));
                out.setProperty("ner." + method + ".cpu.tokens", String.format(Locale.ROOT, "%.0f", rate));
                out.setProperty("ner." + method + ".wall.tokens", String.format(Locale.ROOT, "%.0f",
                        perSecond[0] * devTokens));
            }
        }
        if (!longArticle.isEmpty()) {
            md.append("\nOne long article (the samples' paragraphs one after another), each stage on its own, ms per "
                    + "analysis ± error (single shot, 3 runs after 1 warm-up; the contradictions found grow with the "
                    + "square of the length, since the paragraphs repeat with shifted figures):\n\n"
                    + "| stage | article | wall ms | CPU ms |\n|---|---:|---:|---:|\n").append(longArticle);
        }
        if (!scaling.isEmpty()) {
            md.append("\nContradiction search across articles as the claims grow (claims of the first generated "
                    + "articles, one call; wall and CPU ms per call ± error):\n\n| feed | claims | found in | wall ms | CPU ms | CPU µs per claim | CPU µs per pair found |\n|---|---:|---|---:|---:|---:|---:|\n")
                    .append(scaling);
            growth.forEach((feed, points) -> {
                if (points.size() >= 2) {
                    double k = growthExponent(points);
                    List<double[]> found = pairGrowth.getOrDefault(feed, List.of());
                    String pairs = found.size() == points.size() ? String.format(Locale.ROOT,
                            "; the pairs it finds grow as claims^%.2f", growthExponent(found)) : "";
                    md.append(String.format(Locale.ROOT, "%nFitted growth, %s feed: CPU time ~ claims^%.2f (1 = linear, "
                            + "2 = all pairs)%s.%n", feed, k, pairs));
                    out.setProperty("contradictions." + feed + ".exponent", fmt2(k));
                    if (!pairs.isEmpty()) {
                        out.setProperty("contradictions." + feed + ".pairs.exponent", fmt2(growthExponent(found)));
                    }
                }
            });
        }
        if (!ner.isEmpty()) {
            md.append("\nTagging the dev split's tokens (one document), one thread:\n\n"
                    + "| tagger | wall tokens/s | CPU tokens/s |\n|---|---:|---:|\n").append(ner);
            Double ours = nerRates.get("mizan");
            Double theirs = nerRates.get("openNlp");
            if (ours != null && theirs != null) {
                md.append(String.format(Locale.ROOT, "%nMizan tags %.1fx as fast as OpenNLP (CPU time).%n", ours / theirs));
                out.setProperty("ner.speed.ratio", String.format(Locale.ROOT, "%.2f", ours / theirs));
            }
        }
    }

    private static String readOr(Path file, String fallback) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : fallback;
        } catch (java.io.IOException e) {
            return fallback;
        }
    }

    /** Score and error of a secondary result (NaN when the profiler did not report it). */
    private static double[] score(RunResult r, String label) {
        Result res = r.getSecondaryResults().get(label);
        return res == null ? new double[] {Double.NaN, Double.NaN}
                : new double[] {res.getScore(), finite(res.getScoreError())};
    }

    /**
     * Operations per second and its error from a throughput score (ops/s) or a time score
     * (s/op, single shot); the error of 1/t is err(t)/t^2.
     */
    static double[] opsPerSecond(Result primary) {
        String unit = primary.getScoreUnit();
        double score = primary.getScore();
        double err = finite(primary.getScoreError());
        if (unit.startsWith("ops/")) {
            return new double[] {score, err};
        }
        double seconds = switch (unit) {
            case "s/op" -> score;
            case "ms/op" -> score / 1e3;
            case "us/op" -> score / 1e6;
            default -> throw new IllegalArgumentException("unexpected unit " + unit);
        };
        double errSeconds = unit.equals("s/op") ? err : unit.equals("ms/op") ? err / 1e3 : err / 1e6;
        return new double[] {1 / seconds, errSeconds / (seconds * seconds)};
    }

    /** Least-squares slope of log(time) against log(size): 1 is linear growth, 2 quadratic. */
    static double growthExponent(List<double[]> sizeAndTime) {
        int n = sizeAndTime.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] p : sizeAndTime) {
            double x = Math.log(p[0]);
            double y = Math.log(p[1]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private static double finite(double d) {
        return Double.isFinite(d) ? d : 0;
    }

    private static String fmt2(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    private static String fmt3(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    private static String fmt4(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

}
