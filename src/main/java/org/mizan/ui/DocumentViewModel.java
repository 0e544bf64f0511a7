package org.mizan.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
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
import org.mizan.analysis.Pipeline;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Mention;
import org.mizan.model.Span;

/**
 * One open article: its current text, its latest analysis and its file. Edits re-analyse in the
 * background after a pause; a result is applied only if no edit came after it started (a
 * generation counter), always on the FX thread. A failed analysis keeps the text and the last
 * good highlights and is reported once until an analysis succeeds again.
 *
 * <p>Results come in stages (actors and figures, then claims, then contradictions): each is applied
 * as it is done, so highlights do not wait for the slow contradiction search, and {@link #stageProperty()}
 * says how far the shown analysis has got. Each stage's highlights and panel rows are prepared on the
 * analysis thread ({@link PreparedAnalysis}); the FX thread only hands them to the views.
 */
public final class DocumentViewModel {

    public static final Duration DEFAULT_PAUSE = Duration.ofMillis(400);

    /** Analyses an article, handing over each stage's result as it is done; returns the complete one. */
    @FunctionalInterface
    public interface Analyser {
        Analysis analyse(Article article, Consumer<Pipeline.Partial> partial);
    }

    /** Thrown out of the pipeline between stages when a newer edit made the analysis stale. */
    private static final class Superseded extends RuntimeException {
        Superseded() {
            super(null, null, false, false);
        }
    }

    private final Analyser analyser;
    private final Threads threads;
    private final Duration pause;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>(this, "article");
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<Pipeline.Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage");
    private PreparedAnalysis prepared;
    /** The newest stage result not yet taken by the FX thread (see {@link #hand}). */
    private final java.util.concurrent.atomic.AtomicReference<Handed> handed = new java.util.concurrent.atomic.AtomicReference<>();

    private record Handed(long gen, PreparedAnalysis ready) {
    }

    /** The least time between two applied stages: a few frames, so that a frame lies between them. */
    static final long APPLY_GAP_NANOS = 50_000_000;
    /** When the last stage was applied (System.nanoTime; FX thread only), 0 before the first. */
    private long lastApply;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private Future<?> pending;
    private boolean failing;
    /** Set once a complete analysis has been applied; read by the analysis thread. */
    private volatile boolean shownComplete;

    /** An analyser with no stages: its one result is applied when it is complete. */
    public DocumentViewModel(Article initial, Path file, Function<Article, Analysis> analyser, Threads threads,
                             Duration pause) {
        this(initial, file, whole(analyser), threads, pause);
    }

    /** A document whose analyser reports its stages: each is applied as it is done. */
    public static DocumentViewModel staged(Article initial, Path file, Analyser analyser, Threads threads, Duration pause) {
        return new DocumentViewModel(initial, file, analyser, threads, pause);
    }

    private DocumentViewModel(Article initial, Path file, Analyser analyser, Threads threads, Duration pause) {
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

    /**
     * The stage the applied analysis has reached; null before the first one. Below
     * {@link Pipeline.Stage#CONTRADICTIONS} (while busy) the later stages are still running.
     */
    public ReadOnlyObjectProperty<Pipeline.Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** The applied analysis with its highlights and panel rows ready to show; null until the first stage lands. */
    public PreparedAnalysis prepared() {
        return prepared;
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

    private static Analyser whole(Function<Article, Analysis> f) {
        Objects.requireNonNull(f);
        return (a, partial) -> {
            Analysis result = f.apply(a);
            partial.accept(new Pipeline.Partial(Pipeline.Stage.CONTRADICTIONS, result));
            return result;
        };
    }

    private void run(long gen, Article snapshot) {
        if (gen != generation.get()) {
            return;
        }
        boolean[] finalSeen = {false};
        Analysis result;
        try {
            result = analyser.analyse(snapshot, p -> {
                // A newer edit stops the work between stages: the rest would be dropped anyway.
                if (gen != generation.get()) {
                    throw new Superseded();
                }
                finalSeen[0] |= p.stage().isFinal();
                // Early stages only until the first complete analysis is shown: after that, a
                // re-analysis (an edit, a correction) keeps the complete one on screen until its own
                // is complete, so claims and contradictions do not blink out and back on every change.
                if (p.stage().isFinal() || !shownComplete) {
                    hand(gen, PreparedAnalysis.of(p.stage(), p.analysis()));
                }
            });
        } catch (Superseded e) {
            return;
        } catch (RuntimeException | Error e) {
            // Errors too: a model that failed to load throws ExceptionInInitializerError, then
            // NoClassDefFoundError; uncaught, the scheduler would swallow them and the spinner never stop.
            threads.fx().execute(() -> failed(gen, e));
            return;
        }
        if (!finalSeen[0] && result != null) {
            // an analyser that does not report its last stage still has its result shown
            hand(gen, PreparedAnalysis.of(Pipeline.Stage.CONTRADICTIONS, result));
        }
    }

    /**
     * Queues a stage's result for the FX thread. When stages come faster than the FX thread takes
     * them (a short article), only the newest is applied: each apply repaints the editor and the lists.
     */
    private void hand(long gen, PreparedAnalysis ready) {
        Handed h = new Handed(gen, ready);
        // a stale analysis finishing late must not push out a newer one's result
        if (handed.getAndUpdate(old -> old == null || old.gen() <= gen ? h : old) == null) {
            threads.fx().execute(this::takeHanded);
        }
    }

    /**
     * On the FX thread: applies the newest handed stage, unless another was applied less than
     * {@link #APPLY_GAP_NANOS} ago. Then it waits out the gap (later stages keep replacing the
     * handed one meanwhile, so only the newest lands): each apply repaints the editor and refills
     * the side panel in the next frame, and two applies before one frame (a fast engine's stages
     * arriving together) made one frame pay for both, 93-106 ms on a 2 MB article.
     */
    private void takeHanded() {
        long wait = lastApply == 0 ? 0 : lastApply + APPLY_GAP_NANOS - System.nanoTime();
        if (wait > 0) {
            // the JDK's delay thread only posts the task back to the FX executor
            CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, threads.fx()).execute(this::takeHanded);
            return;
        }
        Handed latest = handed.getAndSet(null);
        if (latest != null) {
            lastApply = System.nanoTime();
            applied(latest.gen(), latest.ready());
        }
    }

    private void applied(long gen, PreparedAnalysis ready) {
        if (gen != generation.get()) {
            return;
        }
        boolean last = ready.stage().isFinal();
        if (last) {
            failing = false;
            error.set(null);
            shownComplete = true;
        }
        // prepared and stage first: listeners of the analysis read them
        prepared = ready;
        stage.set(ready.stage());
        analysis.set(ready.analysis());
        if (last) {
            busy.set(false);
        }
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

    /**
     * True when the applied analysis is complete (all stages) and of the text now shown, so its
     * offsets and its claims and contradictions can be trusted.
     */
    public boolean analysisCurrent() {
        Pipeline.Stage s = stage.get();
        return partialCurrent() && s != null && s.isFinal();
    }

    /** True when some stage of the analysis of the text now shown is applied (actors at least; maybe not claims yet). */
    public boolean partialCurrent() {
        Analysis a = analysis.get();
        return a != null && a.text().equals(text());
    }

    /** The actor mention at {@code offset} in the current text, if the analysis is current. */
    public Optional<Mention> mentionAt(int offset) {
        // mentions come with the first stage
        if (!partialCurrent()) {
            return Optional.empty();
        }
        return analysis.get().mentions().stream().filter(m -> m.span().contains(offset)).findFirst();
    }

    /** Mentions grouped by canonical name, in order of first mention. */
    public Map<String, List<Mention>> actorGroups() {
        if (prepared != null && prepared.analysis() == analysis.get()) {
            return prepared.actorGroups();
        }
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
