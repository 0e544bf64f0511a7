package org.mizan.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Where work runs: {@code background} for analysis and file reading, {@code fx} for everything that
 * touches views and their properties. Tests pass their own to run without the toolkit.
 */
public record Threads(ScheduledExecutorService background, Executor fx) {

    /** One daemon background thread (analyses are serialised; stale ones are skipped) and the FX thread. */
    public static Threads desktop() {
        ScheduledExecutorService bg = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mizan-analysis");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        return new Threads(bg, javafx.application.Platform::runLater);
    }
}
