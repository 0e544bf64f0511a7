package org.mizan.bench;

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
import org.mizan.model.Claim;
import org.mizan.model.Contradiction;
import org.mizan.model.Figure;
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

/**
 * One long article, as the reader analyses it when such a file is opened: each stage on the
 * article at 1 and 2 MB ({@link BenchCorpus#longArticle}). Work that compares every name or claim
 * with every other shows here as time growing faster than the article (per-article benchmarks
 * never see it). The article repeats the samples' paragraphs with their figures shifted, so the
 * contradictions found grow with the square of its length; that stage is reported with its count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LongArticleBench {

    @Param({"1", "2"})
    public int megabytes;

    private String text;
    private List<Figure> figures;
    private ActorFinder.Result actors;
    private Analysis analysis;

    private final ArabicFigureFinder figureFinder = new ArabicFigureFinder();
    private final ArabicActorFinder actorFinder = new ArabicActorFinder();
    private final ArabicClaimFinder claimFinder = new ArabicClaimFinder();
    private final FrameContradictionFinder contradictionFinder = new FrameContradictionFinder();
    private final Pipeline pipeline = Engine.standard();

    @Setup
    public void article() {
        text = new BenchCorpus().longArticle(megabytes * 1_000_000L);
        figures = figureFinder.find(text);
        actors = actorFinder.find(text);
        List<Claim> claims = claimFinder.find(text, actors.mentions(), figures);
        analysis = new Analysis(Article.of(text, "long"), actors.mentions(), actors.actors(), figures, claims, List.of());
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
    public List<Figure> figures() {
        return figureFinder.find(text);
    }

    @Benchmark
    public ActorFinder.Result actors() {
        return actorFinder.find(text);
    }

    @Benchmark
    public List<Claim> claims() {
        return claimFinder.find(text, actors.mentions(), figures);
    }

    @Benchmark
    public List<Contradiction> contradictions() {
        return contradictionFinder.find(List.of(analysis));
    }

    @Benchmark
    public Analysis pipeline() {
        return pipeline.analyze(Article.of(text, "long"));
    }
}
