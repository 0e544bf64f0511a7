package org.mizan.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Mention;
import org.mizan.model.Span;

/**
 * One open article: its current text, its latest analysis and its file. Edits re-analyse in the
 * background after a pause; a result is applied only if no edit came after it started (a
 * generation counter), always on the FX thread. A failed analysis keeps the text and the last
 * good highlights and is reported once until an analysis succeeds again.
 */
public final class DocumentViewModel {

    public static final Duration DEFAULT_PAUSE = Duration.ofMillis(400);

    private final Function<Article, Analysis> analyser;
    private final Threads threads;
    private final Duration pause;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>(this, "article");
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private Future<?> pending;
    private boolean failing;

    public DocumentViewModel(Article initial, Path file, Function<Article, Analysis> analyser, Threads threads,
                             Duration pause) {
        this.analyser = Objects.requireNonNull(analyser);
        this.threads = Objects.requireNonNull(threads);
        this.pause = Objects.requireNonNull(pause);
        this.article.set(Objects.requireNonNull(initial));
        this.file.set(file);
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public Article article() {
        return article.get();
    }

    public String text() {
        return article.get().text();
    }

    /** The latest analysis applied; null until the first one finishes. Its text may lag behind edits. */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public Analysis analysis() {
        return analysis.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last analysis failure, reported once; null when the last analysis succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public String title() {
        Path f = file.get();
        if (f != null) {
            return String.valueOf(f.getFileName());
        }
        String source = article.get().source();
        // A source is a path or a resource name: the tab shows its last part.
        return article.get().title().orElse(source.substring(source.lastIndexOf('/') + 1));
    }

    /** Analyses the current text at once (on opening). */
    public void analyseNow() {
        schedule(Duration.ZERO);
    }

    /** The text was edited in the view: re-analyse after the pause unless another edit comes first. */
    public void textEdited(String newText) {
        if (newText.equals(text())) {
            return;
        }
        article.set(article.get().withText(newText));
        dirty.set(true);
        schedule(pause);
    }

    /** Replaces the article (reopened with another encoding): the text and the analysis start over. */
    public void replaceArticle(Article newArticle) {
        article.set(newArticle);
        dirty.set(false);
        schedule(Duration.ZERO);
    }

    private void schedule(Duration delay) {
        long gen = generation.incrementAndGet();
        Article snapshot = article.get();
        if (pending != null) {
            pending.cancel(false);
        }
        busy.set(true);
        pending = threads.background().schedule(() -> run(gen, snapshot), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run(long gen, Article snapshot) {
        if (gen != generation.get()) {
            return;
        }
        Analysis result;
        try {
            result = analyser.apply(snapshot);
        } catch (RuntimeException | Error e) {
            // Errors too: a model that failed to load throws ExceptionInInitializerError, then
            // NoClassDefFoundError; uncaught, the scheduler would swallow them and the spinner never stop.
            threads.fx().execute(() -> failed(gen, e));
            return;
        }
        threads.fx().execute(() -> applied(gen, result));
    }

    private void applied(long gen, Analysis result) {
        if (gen != generation.get()) {
            return;
        }
        failing = false;
        error.set(null);
        analysis.set(result);
        busy.set(false);
    }

    private void failed(long gen, Throwable e) {
        if (gen != generation.get()) {
            return;
        }
        busy.set(false);
        if (!failing) {
            failing = true;
            error.set(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** True when the applied analysis is of the text now shown, so its offsets can be trusted. */
    public boolean analysisCurrent() {
        Analysis a = analysis.get();
        return a != null && a.text().equals(text());
    }

    /** The actor mention at {@code offset} in the current text, if the analysis is current. */
    public Optional<Mention> mentionAt(int offset) {
        if (!analysisCurrent()) {
            return Optional.empty();
        }
        return analysis.get().mentions().stream().filter(m -> m.span().contains(offset)).findFirst();
    }

    /** Mentions grouped by canonical name, in order of first mention. */
    public Map<String, List<Mention>> actorGroups() {
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        Analysis a = analysis.get();
        if (a != null) {
            for (Mention m : a.mentions()) {
                groups.computeIfAbsent(m.canonical(), k -> new ArrayList<>()).add(m);
            }
        }
        return groups;
    }

    /** The first mention of {@code canonical} starting after {@code offset}, wrapping to the first. */
    public Optional<Span> nextMention(String canonical, int offset) {
        List<Mention> ms = actorGroups().getOrDefault(canonical, List.of());
        if (ms.isEmpty()) {
            return Optional.empty();
        }
        for (Mention m : ms) {
            if (m.span().start() > offset) {
                return Optional.of(m.span());
            }
        }
        return Optional.of(ms.getFirst().span());
    }

    /** Stops pending work; results still in flight are dropped. */
    public void close() {
        generation.incrementAndGet();
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
