package org.mizan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mizan.analysis.actors.ArabicActorFinder;
import org.mizan.analysis.ner.NerModel;
import org.mizan.model.Span;
import org.mizan.text.SentenceSplitter;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * How much the actor stage costs on top of the tagger: thread CPU time over the generated 1 MB
 * corpus ({@link BenchCorpus}) of (a) what the tagger needs (tokens, sentences, the two-pass
 * tagger over the article as one document) and (b) the whole {@link ArabicActorFinder}. The
 * difference is the rule layer, propagation and alias grouping. A plain main, for quick
 * before/after comparisons while working on the actor stage; {@link EngineBench#actors} is the
 * suite's figure.
 *
 * <pre>java -cp target/classes:target/test-classes:CLASSPATH org.mizan.bench.ActorStageBench [MB] [rounds]</pre>
 */
public final class ActorStageBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ActorStageBench() {
    }

    public static void main(String[] args) {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<String> articles = new BenchCorpus().articles(mb * 1_000_000L);
        long bytes = 0;
        long tokens = 0;
        Tokenizer tokenizer = new Tokenizer();
        for (String a : articles) {
            bytes += a.getBytes(StandardCharsets.UTF_8).length;
            tokens += tokenizer.tokenize(a).size();
        }
        NerModel model = NerModel.bundled();
        SentenceSplitter splitter = new SentenceSplitter();
        ArabicActorFinder finder = new ArabicActorFinder();
        double bestTagger = Double.MAX_VALUE;
        double bestActors = Double.MAX_VALUE;
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            for (String a : articles) {
                sink += tag(a, tokenizer, splitter, model);
            }
            long t1 = THREADS.getCurrentThreadCpuTime();
            for (String a : articles) {
                sink += finder.find(a).mentions().size();
            }
            long t2 = THREADS.getCurrentThreadCpuTime();
            double tagger = (t1 - t0) / 1e9;
            double actors = (t2 - t1) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: tagger %.3f s, actors %.3f s CPU%n", r, tagger, actors);
            if (r >= rounds / 2) { // the first half warms the JIT up
                bestTagger = Math.min(bestTagger, tagger);
                bestActors = Math.min(bestActors, actors);
            }
        }
        System.out.printf(Locale.ROOT, "corpus %,d bytes, %,d tokens (%d)%n", bytes, tokens, sink % 10);
        System.out.printf(Locale.ROOT, "tagger alone: %.2f MB/s, %,.0f tokens/s CPU%n", bytes / 1e6 / bestTagger,
                tokens / bestTagger);
        System.out.printf(Locale.ROOT, "actor stage:  %.2f MB/s, %,.0f tokens/s CPU%n", bytes / 1e6 / bestActors,
                tokens / bestActors);
        System.out.printf(Locale.ROOT, "rules, propagation and grouping add %.0f%% on top of tagging%n",
                100 * (bestActors - bestTagger) / bestTagger);
    }

    /** Tokens, sentences and the two tagger passes, as the actor finder prepares them. */
    private static int tag(String text, Tokenizer tokenizer, SentenceSplitter splitter, NerModel model) {
        List<Token> all = tokenizer.tokenize(text);
        List<List<String>> sentences = new ArrayList<>();
        int next = 0;
        for (Span s : splitter.split(text)) {
            List<String> words = new ArrayList<>();
            while (next < all.size() && all.get(next).start() < s.end()) {
                Token t = all.get(next++);
                if (t.start() >= s.start()) {
                    words.add(t.text(text));
                }
            }
            if (!words.isEmpty()) {
                sentences.add(words);
            }
        }
        return model.tagDocument(sentences).size();
    }
}
