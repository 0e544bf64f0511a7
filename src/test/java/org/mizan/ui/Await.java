package org.mizan.ui;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waiting in the view-model tests, where a single-thread executor stands in for the FX thread and
 * results arrive from a background executor: poll until the condition holds, fail after 30 s (long
 * enough for a cold engine on a busy 2-core machine; a passing test never waits that long).
 */
final class Await {

    private Await() {
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met in time");
            }
            Thread.sleep(5);
        }
    }

    /** As {@link #await}, for lambdas that cannot throw: an interrupt ends the wait and is kept. */
    static void awaitQuietly(BooleanSupplier condition) {
        try {
            await(condition);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
