package org.mizan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the benchmark thread over one JMH iteration. The benchmark states start it in an
 * iteration-level setup and stop it in the teardown, both of which JMH runs on the (single)
 * benchmark thread; {@link CpuTimeProfiler} picks the figure up after the iteration. Thread CPU
 * time leaves out the time the thread waited for a core, and the JIT and GC threads.
 */
public final class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long started;
    private static volatile long lastIteration = -1;

    private CpuClock() {
    }

    public static void start() {
        lastIteration = -1;
        started = THREADS.getCurrentThreadCpuTime();
    }

    public static void stop() {
        lastIteration = THREADS.getCurrentThreadCpuTime() - started;
    }

    /** Nanoseconds of CPU the benchmark thread used in the last iteration, or -1 if unknown. */
    static long lastIteration() {
        return lastIteration;
    }
}
