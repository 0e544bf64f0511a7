package org.mizan.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.mizan.io.ReviewStore;
import org.mizan.io.UnusableInputException;
import org.mizan.model.Review;

/**
 * Where review decisions are kept, per article (by its source). The desktop reader keeps them in
 * {@code <article>.mizan.json} through the io layer's {@link ReviewStore}; tests and articles that
 * are not files keep them in memory.
 */
public interface ReviewBook {

    /** The decisions recorded for the article, fitted to its current text (empty sheet when there are none). */
    Review.Sheet load(String articleSource, String text);

    void save(String articleSource, Review.Sheet sheet, String text);

    /** Keeps decisions for the life of the process only. */
    static ReviewBook inMemory() {
        Map<String, Review.Sheet> sheets = new ConcurrentHashMap<>();
        return new ReviewBook() {
            @Override
            public Review.Sheet load(String articleSource, String text) {
                return sheets.getOrDefault(articleSource, Review.Sheet.empty());
            }

            @Override
            public void save(String articleSource, Review.Sheet sheet, String text) {
                sheets.put(articleSource, sheet);
            }
        };
    }

    /**
     * Decisions on article files go to {@code store} (read once per article, then kept in memory
     * too, so a failed write loses nothing for the session); other articles stay in memory.
     *
     * @param problems told, in one line, when a review file cannot be read or written
     */
    static ReviewBook files(ReviewStore store, Consumer<String> problems) {
        Map<String, Review.Sheet> cache = new ConcurrentHashMap<>();
        return new ReviewBook() {
            @Override
            public Review.Sheet load(String articleSource, String text) {
                return cache.computeIfAbsent(articleSource, src -> {
                    Path file = asFile(src);
                    if (file == null) {
                        return Review.Sheet.empty();
                    }
                    try {
                        return store.load(file, text).map(l -> {
                            if (!l.reattachment().complete()) {
                                // The reader is told which decisions no longer fit the edited text.
                                problems.accept(l.reattachment().unattached().size() + " saved decisions on "
                                        + file.getFileName() + " no longer fit its text: " + String.join("; ",
                                        l.reattachment().unattached().stream().map(u -> u.reason()).toList()));
                            }
                            return l.reattachment().sheet();
                        }).orElse(Review.Sheet.empty());
                    } catch (UnusableInputException e) {
                        problems.accept(e.getMessage());
                        return Review.Sheet.empty();
                    }
                });
            }

            @Override
            public void save(String articleSource, Review.Sheet sheet, String text) {
                cache.put(articleSource, sheet);
                Path file = asFile(articleSource);
                if (file == null) {
                    return;
                }
                try {
                    store.save(file, sheet, text);
                } catch (IOException | RuntimeException e) {
                    problems.accept("cannot save the review of " + file.getFileName() + ": " + e.getMessage());
                }
            }
        };
    }

    private static Path asFile(String source) {
        try {
            Path p = Path.of(source);
            return p.isAbsolute() && Files.isRegularFile(p) ? p : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
