package org.mizan.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.mizan.model.Review;

/**
 * Saves a review sheet after every change without blocking the caller: changes go to one
 * background thread, and when several arrive while a save is running only the latest is written
 * (each save holds the whole sheet, so nothing is lost by skipping the ones in between).
 *
 * <p>For the UI: call {@link #changed} after each decision; {@code onSaved} and {@code onFailed}
 * run on the autosave thread (hop to the FX thread yourself); call {@link #close} when the article
 * is closed, which writes what is pending.
 */
public final class ReviewAutosave implements AutoCloseable {

    private record Pending(Review.Sheet sheet, String text) {
    }

    private final ReviewStore store;
    private final Path article;
    private final Consumer<Path> onSaved;
    private final Consumer<IOException> onFailed;
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mizan-review-autosave");
        t.setDaemon(true);
        return t;
    });

    public ReviewAutosave(ReviewStore store, Path article, Consumer<Path> onSaved, Consumer<IOException> onFailed) {
        this.store = Objects.requireNonNull(store, "store");
        this.article = Objects.requireNonNull(article, "article");
        this.onSaved = Objects.requireNonNull(onSaved, "onSaved");
        this.onFailed = Objects.requireNonNull(onFailed, "onFailed");
    }

    /** Schedules a save of {@code sheet}, anchored to {@code articleText}. */
    public void changed(Review.Sheet sheet, String articleText) {
        pending.set(new Pending(Objects.requireNonNull(sheet, "sheet"), Objects.requireNonNull(articleText, "text")));
        worker.execute(this::drain);
    }

    private void drain() {
        Pending p = pending.getAndSet(null);
        if (p == null) {
            return;
        }
        try {
            onSaved.accept(store.save(article, p.sheet(), p.text()));
        } catch (IOException e) {
            onFailed.accept(e);
        }
    }

    /** Waits until every change made so far is on disk (or has failed). */
    public void flush() throws InterruptedException {
        try {
            worker.submit(this::drain).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("autosave failed", e.getCause());
        }
    }

    /** Writes what is pending and stops the background thread. */
    @Override
    public void close() {
        if (worker.isShutdown()) {
            return;
        }
        try {
            flush();
            worker.shutdown();
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            worker.shutdown();
            Thread.currentThread().interrupt();
        }
    }
}
