package org.mizan.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU seconds per operation, next to JMH's wall-clock score. The build machine is shared (two
 * cores, several busy processes), so wall time per operation includes the time the benchmark
 * thread waited for a core; CPU time does not, and is the honest measure of "throughput on one
 * core". Two figures: the benchmark thread's own CPU time ({@link CpuClock}, {@link #THREAD}), and
 * the whole fork's ({@link #PROCESS}: the benchmark thread plus GC and JIT compiler threads, an
 * upper bound).
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** Label of the benchmark thread's CPU seconds per operation. */
    public static final String THREAD = "cpu.s/op";
    /** Label of the whole fork's CPU seconds per operation. */
    public static final String PROCESS = "process.cpu.s/op";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long start;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long process = os.getProcessCpuTime() - start;
        long thread = CpuClock.lastIteration();
        long ops = Math.max(1, result.getMetadata().getMeasuredOps());
        List<Result> out = new ArrayList<>();
        out.add(new ScalarResult(PROCESS, process / 1e9 / ops, "s/op", AggregationPolicy.AVG));
        if (thread >= 0) {
            out.add(new ScalarResult(THREAD, thread / 1e9 / ops, "s/op", AggregationPolicy.AVG));
        }
        return out;
    }
}
