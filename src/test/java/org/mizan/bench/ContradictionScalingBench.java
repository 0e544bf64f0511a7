package org.mizan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mizan.analysis.Engine;
import org.mizan.analysis.Pipeline;
import org.mizan.analysis.contradictions.FrameContradictionFinder;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Contradiction;
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
 * Contradiction search across many open articles as the number of claims grows: the claims of the
 * first generated articles ({@link BenchCorpus}), cut to exactly {@code claims}, searched in one
 * call as the reader does for all open articles. Linear growth means the time per claim stays
 * flat from row to row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContradictionScalingBench {

    @Param({"1000", "2000", "4000", "8000"})
    public int claims;

    /**
     * "repeated": the corpus as the engine benchmarks read it, four stories told over and over
     * with different figures (the worst case: the pairs found grow with the square of the claims);
     * "places": the same with the stories moved to other places article by article, a feed of many
     * events; "stories": {@link ContradictionSearchBench#stories}, one story per article with its
     * own event, country and people, so the true conflicts grow linearly with the claims (the feed
     * that shows whether the search itself is linear).
     */
    @Param({"repeated", "places", "stories"})
    public String feed;

    private List<Analysis> analyses;
    private final FrameContradictionFinder finder = new FrameContradictionFinder();

    @Setup
    public void analyse() throws java.io.IOException {
        analyses = feed.equals("stories") ? ContradictionSearchBench.storyAnalyses(claims)
                : analyses(claims, feed.equals("places"));
        // how many pairs the search finds: the work it cannot avoid, reported beside its time
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("mizan.bench.dir", "target/bench"));
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve("contradictions-" + feed + "-" + claims + ".txt"),
                analyses.size() + " articles, " + finder.find(analyses).size() + " contradictions\n");
    }

    /** Analyses of the corpus's first articles holding exactly {@code n} claims between them. */
    static List<Analysis> analyses(int n, boolean varyPlaces) {
        Pipeline pipeline = Engine.standard();
        List<Analysis> out = new ArrayList<>();
        int have = 0;
        // 10 MB of corpus holds far more claims than the largest size asked for
        for (String text : new BenchCorpus().articles(10_000_000L, varyPlaces)) {
            if (have >= n) {
                break;
            }
            Analysis a = pipeline.analyze(Article.of(text, "article-" + out.size()));
            int keep = Math.min(a.claims().size(), n - have);
            out.add(new Analysis(a.article(), a.mentions(), a.actors(), a.figures(), a.claims().subList(0, keep),
                    List.of()));
            have += keep;
        }
        if (have < n) {
            throw new IllegalStateException("the corpus holds only " + have + " claims");
        }
        return out;
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
    public List<Contradiction> acrossArticles() {
        return finder.find(analyses);
    }
}
