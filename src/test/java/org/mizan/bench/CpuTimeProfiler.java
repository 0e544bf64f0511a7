package org.mizan.bench;

import java.lang.management.ManagementFactory;
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
 * CPU seconds the benchmark JVM spent per operation, next to JMH's wall-clock score. The build
 * machine is shared (two cores, several busy processes), so wall time per operation includes the
 * time the benchmark thread waited for a core; the JVM's CPU time does not, and is the honest
 * measure of "throughput on one core". It counts the benchmark thread plus GC and any late JIT
 * work in the fork, so it errs on the slow side.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** Label of the secondary result, in seconds of CPU per operation. */
    public static final String LABEL = "cpu.s/op";

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
        long cpu = os.getProcessCpuTime() - start;
        long ops = Math.max(1, result.getMetadata().getMeasuredOps());
        return List.of(new ScalarResult(LABEL, cpu / 1e9 / ops, "s/op", AggregationPolicy.AVG));
    }
}
