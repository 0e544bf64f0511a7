package org.mizan.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.mizan.io.Reattachment;
import org.mizan.io.ReviewStore;
import org.mizan.io.UnusableInputException;
import org.mizan.model.Decision;
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

    /**
     * Something the reader must be told about a review file, as a message key and its arguments, so
     * it is shown in the interface's language at the time it is shown ({@link #in}).
     */
    record Problem(String key, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }

        static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }

        /** The problem in {@code messages}' current language. */
        public String in(Messages messages) {
            return messages.get(key, args.toArray());
        }
    }

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
     * @param problems told, in one line, when a review file cannot be read or written, or saved
     *                 decisions no longer fit the article's text
     */
    static ReviewBook files(ReviewStore store, Consumer<Problem> problems) {
        Map<String, Review.Sheet> cache = new ConcurrentHashMap<>();
        // Decisions that no longer fit the edited text are not the reader's to lose: they are written
        // back with every save, anchored as they were, so they re-attach if the text comes back.
        Map<String, List<Decision>> unattached = new ConcurrentHashMap<>();
        // Review files that could not be read: kept aside once before the first save overwrites them.
        Set<String> unreadable = ConcurrentHashMap.newKeySet();
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
                                unattached.put(src, l.reattachment().unattached().stream()
                                        .map(Reattachment.Unattached::decision).toList());
                                // The reader is told which decisions no longer fit the edited text: the
                                // words each one was on, quoted (the same in every language).
                                problems.accept(Problem.of("review.unattached", l.reattachment().unattached().size(),
                                        String.valueOf(file.getFileName()), String.join(" · ", l.reattachment()
                                                .unattached().stream().map(u -> lostWords(u.decision(), text)).toList())));
                            }
                            return l.reattachment().sheet();
                        }).orElse(Review.Sheet.empty());
                    } catch (UnusableInputException e) {
                        unreadable.add(src);
                        problems.accept(Problem.of("review.unreadable", String.valueOf(file.getFileName()),
                                e.getMessage()));
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
                    if (unreadable.remove(articleSource)) {
                        keepAside(store, file, problems);
                    }
                    List<Decision> all = new ArrayList<>(sheet.decisions());
                    all.addAll(unattached.getOrDefault(articleSource, List.of()));
                    store.save(file, Review.Sheet.of(all), text);
                } catch (IOException | RuntimeException e) {
                    problems.accept(Problem.of("review.cannotSave", String.valueOf(file.getFileName()),
                            String.valueOf(e.getMessage())));
                }
            }
        };
    }

    /** Renames an unreadable review file to {@code <name>.unreadable-<time>} so saving never destroys it. */
    private static void keepAside(ReviewStore store, Path article, Consumer<Problem> problems) throws IOException {
        Optional<Path> old = store.existing(article);
        if (old.isPresent()) {
            Path aside = old.get().resolveSibling(old.get().getFileName() + ".unreadable-"
                    + System.currentTimeMillis());
            Files.move(old.get(), aside);
            problems.accept(Problem.of("review.keptAside", String.valueOf(aside.getFileName())));
        }
    }

    /** The words a decision was on that are gone from {@code text}, quoted and shortened. */
    private static String lostWords(Decision d, String text) {
        String exact = d.anchors().stream().filter(a -> org.mizan.io.Reattacher.locate(a, text).isEmpty())
                .map(org.mizan.model.TextAnchor::exact).findFirst().orElse(d.anchors().getFirst().exact());
        String one = exact.replace('\n', ' ').strip();
        return "«" + (one.length() <= 40 ? one : one.substring(0, 39) + "…") + "»";
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
