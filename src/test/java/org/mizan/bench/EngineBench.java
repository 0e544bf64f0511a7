package org.mizan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mizan.analysis.ActorFinder;
import org.mizan.analysis.Engine;
import org.mizan.analysis.Pipeline;
import org.mizan.analysis.actors.ArabicActorFinder;
import org.mizan.analysis.claims.ArabicClaimFinder;
import org.mizan.analysis.contradictions.FrameContradictionFinder;
import org.mizan.analysis.figures.ArabicFigureFinder;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Figure;
import org.mizan.text.ArabicNormalizer;
import org.mizan.text.SentenceSplitter;
import org.mizan.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of each annotator and of the whole pipeline over the generated corpus
 * ({@link BenchCorpus}), one thread. One operation is one pass over the whole corpus, article by
 * article, as the engine sees articles; {@link BenchMain} turns operations per second into MB/s
 * and tokens/s. Annotators that need earlier results (claims, contradictions) get them
 * precomputed, so each figure is that annotator's own cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBench {

    /** Corpus size in MB of UTF-8 (10^6 bytes). */
    @Param({"1", "10"})
    public int megabytes;

    private List<String> articles;

    private final ArabicNormalizer normalizer = ArabicNormalizer.forMatching();
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ArabicFigureFinder figures = new ArabicFigureFinder();
    private final ArabicActorFinder actors = new ArabicActorFinder();
    private final ArabicClaimFinder claims = new ArabicClaimFinder();
    private final FrameContradictionFinder contradictions = new FrameContradictionFinder();
    private final Pipeline pipeline = Engine.standard();

    @Setup
    public void corpus() {
        articles = new BenchCorpus().articles(megabytes * 1_000_000L);
    }

    /** Figures and actors of every article, for the annotators that run after them. */
    @State(Scope.Benchmark)
    public static class Found {
        List<String> texts;
        List<List<Figure>> figures;
        List<ActorFinder.Result> actors;
        List<Analysis> analyses;
        List<org.mizan.analysis.ClaimNotes> notes;

        @Setup
        public void find(EngineBench bench) {
            texts = bench.articles;
            figures = new ArrayList<>();
            actors = new ArrayList<>();
            analyses = new ArrayList<>();
            notes = new ArrayList<>();
            for (String a : texts) {
                List<Figure> f = bench.figures.find(a);
                ActorFinder.Result r = bench.actors.find(a);
                figures.add(f);
                actors.add(r);
                var claims = bench.claims.findNoted(a, r.mentions(), f);
                analyses.add(new Analysis(Article.of(a, "bench"), r.mentions(), r.actors(), f, claims.claims(),
                        List.of()));
                notes.add(claims.notes());
            }
        }
    }

    @Setup(Level.Iteration)
    public void startClock() {
        CpuClock.start();
    }

    @TearDown(Level.Iteration)
    public void stopClock() {
        CpuClock.stop();
    }

    @Benchmark
    public void normalize(Blackhole bh) {
        for (String a : articles) {
            bh.consume(normalizer.normalize(a));
        }
    }

    @Benchmark
    public void tokenize(Blackhole bh) {
        for (String a : articles) {
            bh.consume(tokenizer.tokenize(a));
        }
    }

    @Benchmark
    public void sentences(Blackhole bh) {
        for (String a : articles) {
            bh.consume(splitter.split(a));
        }
    }

    @Benchmark
    public void figures(Blackhole bh) {
        for (String a : articles) {
            bh.consume(figures.find(a));
        }
    }

    /** The text core (sentences) and the figure finder (which normalizes and tokenizes itself). */
    @Benchmark
    public void textCoreAndFigures(Blackhole bh) {
        for (String a : articles) {
            bh.consume(splitter.split(a));
            bh.consume(figures.find(a));
        }
    }

    /** Tokenizing, sentence splitting, the two-pass NER tagger, the rule layer and alias grouping. */
    @Benchmark
    public void actors(Blackhole bh) {
        for (String a : articles) {
            bh.consume(actors.find(a));
        }
    }

    @Benchmark
    public void claims(Found found, Blackhole bh) {
        for (int i = 0; i < found.texts.size(); i++) {
            bh.consume(claims.find(found.texts.get(i), found.actors.get(i).mentions(), found.figures.get(i)));
        }
    }

    /** Contradictions within each article, as the pipeline looks for them (with the claim finder's notes). */
    @Benchmark
    public void contradictions(Found found, Blackhole bh) {
        for (int i = 0; i < found.analyses.size(); i++) {
            bh.consume(contradictions.find(List.of(found.analyses.get(i)), found.notes.get(i)));
        }
    }

    @Benchmark
    public void pipeline(Blackhole bh) {
        for (String a : articles) {
            bh.consume(pipeline.analyze(Article.of(a, "bench")));
        }
    }
}
