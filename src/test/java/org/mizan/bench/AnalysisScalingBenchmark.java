package org.mizan.bench;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.mizan.analysis.ActorFinder;
import org.mizan.analysis.ClaimFinder;
import org.mizan.analysis.ContradictionFinder;
import org.mizan.analysis.Engine;
import org.mizan.analysis.FigureFinder;
import org.mizan.analysis.Pipeline;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Claim;
import org.mizan.model.Figure;
import org.mizan.robust.Adversarial;

/**
 * Does analysis time stay linear on adversarial input? For each family of hostile text (see
 * {@code org.mizan.robust.Adversarial}) the standard engine analyses inputs doubling in size, each
 * stage timed on its own, and the growth exponent is fitted on a log-log scale (1 is linear, 2
 * quadratic). Times are the thread's CPU time, best of several runs per size, since the build machine is
 * shared and wall-clock time on it is noisy.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.mizan.bench.AnalysisScalingBenchmark [maxChars] [runs] [family]
 * </pre>
 * Defaults: sizes 4 000 to 128 000 characters, best of 3, every family (else those whose name
 * contains the third argument). Exits 1 when a stage grows faster than
 * n^1.3 over the larger sizes on inputs where it takes at least 50 ms, so CI scripts can run it.
 */
public final class AnalysisScalingBenchmark {

    private static final double SUPERLINEAR = 1.3;
    /** CPU time of the measuring thread: other processes on a shared machine barely disturb it. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final String[] STAGES = {"figures", "actors", "claims", "contradictions"};

    private AnalysisScalingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int max = args.length > 0 ? Integer.parseInt(args[0]) : 128_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String only = args.length > 2 ? args[2] : "";
        List<Integer> sizes = new ArrayList<>();
        for (int n = 4_000; n <= max; n *= 2) {
            sizes.add(n);
        }
        Stages stages = Stages.of(Engine.standard());
        System.out.printf(Locale.ROOT, "sizes %s chars, best of %d; CPU ms (figures/actors/claims/contradictions)%n",
                sizes, runs);
        // Warm-up: let the JIT compile the hot paths before anything is measured.
        for (IntFunction<String> f : Adversarial.families().values()) {
            stages.time(f.apply(4_000));
        }

        boolean superlinear = false;
        for (Map.Entry<String, IntFunction<String>> family : Adversarial.families().entrySet()) {
            if (!family.getKey().contains(only)) {
                continue;
            }
            double[][] ms = new double[sizes.size()][];
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < sizes.size(); i++) {
                String text = family.getValue().apply(sizes.get(i));
                double[] best = null;
                for (int r = 0; r < runs; r++) {
                    double[] t = stages.time(text);
                    best = best == null ? t : min(best, t);
                }
                ms[i] = best;
                row.append(String.format(Locale.ROOT, " %7.0f", sum(best)));
            }
            StringBuilder verdict = new StringBuilder();
            for (int s = 0; s < STAGES.length; s++) {
                double slope = slope(sizes, ms, s);
                double largest = ms[ms.length - 1][s];
                if (largest >= 50 && slope > SUPERLINEAR) {
                    superlinear = true;
                    verdict.append(String.format(Locale.ROOT, " %s n^%.2f SUPERLINEAR", STAGES[s], slope));
                } else if (largest >= 5) {
                    verdict.append(String.format(Locale.ROOT, " %s n^%.2f", STAGES[s], slope));
                }
            }
            System.out.printf(Locale.ROOT, "%-32s total ms:%s |%s%n", family.getKey(), row,
                    verdict.isEmpty() ? " all stages < 5 ms" : verdict);
        }
        System.out.println(superlinear ? "RESULT: superlinear growth found" : "RESULT: every stage grows linearly (<= n^"
                + SUPERLINEAR + ")");
        System.exit(superlinear ? 1 : 0);
    }

    /** Least-squares slope of log(time) against log(size) over the upper half of the sizes. */
    private static double slope(List<Integer> sizes, double[][] ms, int stage) {
        int from = sizes.size() / 2;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int k = 0;
        for (int i = from; i < sizes.size(); i++) {
            double x = Math.log(sizes.get(i));
            double y = Math.log(Math.max(ms[i][stage], 0.05));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            k++;
        }
        return (k * sxy - sx * sy) / (k * sxx - sx * sx);
    }

    private static double[] min(double[] a, double[] b) {
        double[] m = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            m[i] = Math.min(a[i], b[i]);
        }
        return m;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    /** The standard engine's annotators, taken out of the pipeline to time each on its own. */
    private record Stages(FigureFinder figures, ActorFinder actors, ClaimFinder claims,
                          ContradictionFinder contradictions) {

        static Stages of(Pipeline pipeline) throws IllegalAccessException {
            return new Stages(field(pipeline, FigureFinder.class), field(pipeline, ActorFinder.class),
                    field(pipeline, ClaimFinder.class), field(pipeline, ContradictionFinder.class));
        }

        private static <T> T field(Pipeline p, Class<T> type) throws IllegalAccessException {
            for (Field f : Pipeline.class.getDeclaredFields()) {
                if (f.getType() == type) {
                    f.setAccessible(true);
                    return type.cast(f.get(p));
                }
            }
            throw new IllegalStateException("Pipeline has no " + type.getSimpleName());
        }

        /** Milliseconds per stage, in pipeline order, for one analysis of {@code text}. */
        double[] time(String text) {
            long t0 = CPU.getCurrentThreadCpuTime();
            List<Figure> f = figures.find(text);
            long t1 = CPU.getCurrentThreadCpuTime();
            ActorFinder.Result a = actors.find(text);
            long t2 = CPU.getCurrentThreadCpuTime();
            List<Claim> c = claims.find(text, a.mentions(), f);
            long t3 = CPU.getCurrentThreadCpuTime();
            contradictions.find(List.of(new Analysis(Article.of(text, "bench"), a.mentions(), a.actors(), f, c,
                    List.of())));
            long t4 = CPU.getCurrentThreadCpuTime();
            return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6};
        }
    }
}
