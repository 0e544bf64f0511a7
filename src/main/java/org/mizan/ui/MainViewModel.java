package org.mizan.ui;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.mizan.analysis.Pipeline;
import org.mizan.io.OpenedArticle;
import org.mizan.io.UnusableInputException;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Contradiction;

/**
 * The reader window's state: open articles, language, layers, zoom, recent files, contradictions
 * across articles and the review. Views bind to it; it never touches a view.
 */
public final class MainViewModel {

    public static final double MIN_ZOOM = 0.6;
    public static final double MAX_ZOOM = 3.0;

    /** Asked for only on the background thread, so a pipeline still being built never blocks the FX thread. */
    private final java.util.function.Supplier<Pipeline> pipeline;
    private final ArticleFiles files;
    private final Settings settings;
    private final Threads threads;
    private final Duration pause;
    private final Messages messages;
    private final ReviewBook book;
    private final ReviewDecisions decisions;
    private final Corrector corrector;
    private final ReviewViewModel review;
    /** Told, in one line naming the file, when a file cannot be opened (the window shows a dialog). */
    private java.util.function.Consumer<String> problems = p -> { };
    private final ObservableList<DocumentViewModel> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentViewModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableSet<Layer> layers;
    private final DoubleProperty zoom;
    private final ObservableList<Path> recent;
    private final ObservableList<Contradiction> crossArticle = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final AtomicLong crossGeneration = new AtomicLong();
    /** How each opened file's encoding was guessed, for "Reopen with encoding". */
    private final java.util.Map<Path, org.mizan.io.CharsetGuess> detections = new java.util.HashMap<>();
    /** Where the reader looks in each open article ({@link #viewportAt}); FX thread. */
    private final java.util.Map<DocumentViewModel, java.util.concurrent.atomic.AtomicInteger> viewports =
            new java.util.HashMap<>();

    public MainViewModel(Pipeline pipeline, ArticleFiles files, Settings settings, ReviewBook book, Threads threads,
                         Duration pause, Language systemLanguage) {
        this(constant(Objects.requireNonNull(pipeline)), files, settings, book, threads, pause, systemLanguage);
    }

    /**
     * With a pipeline that may still be loading (the desktop app builds the engine and its models
     * in the background while the window is built): {@code pipeline.get()} is called on the
     * background thread only, and may block there until the engine is ready.
     */
    public MainViewModel(java.util.function.Supplier<Pipeline> pipeline, ArticleFiles files, Settings settings,
                         ReviewBook book, Threads threads, Duration pause, Language systemLanguage) {
        this.pipeline = Objects.requireNonNull(pipeline);
        this.files = Objects.requireNonNull(files);
        this.settings = Objects.requireNonNull(settings);
        this.threads = Objects.requireNonNull(threads);
        this.pause = Objects.requireNonNull(pause);
        this.messages = new Messages(settings.languageOr(systemLanguage));
        this.book = Objects.requireNonNull(book);
        this.decisions = new ReviewDecisions(book);
        this.corrector = new Corrector(book);
        this.review = new ReviewViewModel(decisions);
        java.util.Set<Layer> on = settings.layers();
        this.layers = FXCollections.observableSet(on.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(on));
        this.zoom = new SimpleDoubleProperty(this, "zoom", clampZoom(settings.zoom()));
        this.recent = FXCollections.observableArrayList(settings.recentFiles());
        messages.languageProperty().addListener((o, a, b) -> settings.saveLanguage(b));
        zoom.addListener((o, a, b) -> settings.zoom(b.doubleValue()));
        layers.addListener((javafx.collections.SetChangeListener<Layer>) c -> {
            for (Layer l : Layer.values()) {
                settings.layer(l, layers.contains(l));
            }
        });
    }

    private static java.util.function.Supplier<Pipeline> constant(Pipeline p) {
        return () -> p;
    }

    public Messages messages() {
        return messages;
    }

    public Settings settings() {
        return settings;
    }

    public ObservableList<DocumentViewModel> documents() {
        return documents;
    }

    public ObjectProperty<DocumentViewModel> selectedProperty() {
        return selected;
    }

    public DocumentViewModel selected() {
        return selected.get();
    }

    public ObservableSet<Layer> layers() {
        return layers;
    }

    public void layer(Layer layer, boolean on) {
        if (on) {
            layers.add(layer);
        } else {
            layers.remove(layer);
        }
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        zoom.set(clampZoom(Math.round((zoom.get() + 0.1) * 10) / 10.0));
    }

    public void zoomOut() {
        zoom.set(clampZoom(Math.round((zoom.get() - 0.1) * 10) / 10.0));
    }

    public void zoomReset() {
        zoom.set(1.0);
    }

    private static double clampZoom(double z) {
        return Double.isFinite(z) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)) : 1.0;
    }

    public ObservableList<Path> recentFiles() {
        return recent;
    }

    public ObservableList<Contradiction> crossArticle() {
        return crossArticle;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReviewDecisions decisions() {
        return decisions;
    }

    public ReviewViewModel review() {
        return review;
    }

    /** Manual corrections of actors and claims. */
    public Corrector corrector() {
        return corrector;
    }

    /** Where "cannot open" problems go besides the status bar; the window shows them in a dialog. */
    public void onProblem(java.util.function.Consumer<String> listener) {
        this.problems = Objects.requireNonNull(listener);
    }

    /** Opens each of {@code files} (dropped on the window, or chosen) in its own tab. */
    public void openAll(List<Path> files) {
        files.forEach(this::open);
    }

    /** Opens an article that is not a file (the bundled demo). */
    public DocumentViewModel openArticle(Article article) {
        DocumentViewModel doc = newDocument(article, null);
        add(doc);
        return doc;
    }

    /** Opens {@code file} in a new tab (or selects its tab); reading happens off the FX thread. */
    public void open(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (DocumentViewModel d : documents) {
            if (abs.equals(d.fileProperty().get())) {
                selected.set(d);
                return;
            }
        }
        status.set(messages.get("status.opening", abs.getFileName()));
        threads.background().execute(() -> {
            try {
                OpenedArticle opened = files.read(abs);
                Article a = opened.article();
                threads.fx().execute(() -> {
                    detections.put(abs, opened.detection());
                    add(newDocument(a, abs));
                    recent.setAll(settings.addRecent(abs));
                    settings.lastDirectory(abs.getParent());
                    status.set(opened.detection().unsure()
                            ? messages.get("status.unsureEncoding", abs.getFileName(), a.encoding())
                            : messages.get("status.opened", abs.getFileName(), a.text().length()));
                });
            } catch (UnusableInputException | RuntimeException e) {
                threads.fx().execute(() -> {
                    String problem = messages.get("status.cannotOpen", InputProblems.describe(messages, e));
                    status.set(problem);
                    problems.accept(problem);
                });
            }
        });
    }

    /**
     * The encodings to offer for "Reopen with encoding", best first: when detection was unsure, the
     * other readings it found plausible (the other Arabic code page first), then the rest of
     * {@link org.mizan.io.TextEncoding#COMMON}; the encoding in use is not repeated.
     */
    public List<Charset> encodingChoices(DocumentViewModel doc) {
        java.util.LinkedHashSet<Charset> out = new java.util.LinkedHashSet<>();
        org.mizan.io.CharsetGuess g = doc.fileProperty().get() == null ? null : detections.get(doc.fileProperty().get());
        if (g != null) {
            g.alternatives().forEach(e -> out.add(e.charset()));
        }
        org.mizan.io.TextEncoding.COMMON.forEach(e -> out.add(e.charset()));
        out.remove(org.mizan.io.TextEncoding.parse(doc.article().encoding()).charset());
        return List.copyOf(out);
    }

    /** Reads the selected file again, decoded as {@code charset}. */
    public void reopen(DocumentViewModel doc, Charset charset) {
        Path f = doc.fileProperty().get();
        if (f == null) {
            return;
        }
        threads.background().execute(() -> {
            try {
                Article a = files.read(f, charset).article();
                threads.fx().execute(() -> {
                    doc.replaceArticle(a);
                    status.set(messages.get("status.reopened", f.getFileName(), charset.name()));
                });
            } catch (UnusableInputException | RuntimeException e) {
                threads.fx().execute(() -> status.set(messages.get("status.cannotOpen", InputProblems.describe(messages, e))));
            }
        });
    }

    /** Saves to {@code target} (the document's own file when null). Returns false when there is nowhere to save. */
    public boolean save(DocumentViewModel doc, Path target) {
        Path f = target != null ? target.toAbsolutePath().normalize() : doc.fileProperty().get();
        if (f == null) {
            return false;
        }
        try {
            Article before = doc.article();
            Article onDisk = files.write(f, before);
            doc.fileProperty().set(f);
            if (!onDisk.source().equals(before.source()) || !onDisk.encoding().equals(before.encoding())) {
                // Saved under a new name: the decisions go with the text, and the analysis names the new file.
                book.save(onDisk.source(), book.load(before.source(), before.text()), onDisk.text());
                doc.replaceArticle(onDisk);
            }
            doc.dirtyProperty().set(false);
            recent.setAll(settings.addRecent(f));
            status.set(messages.get("status.saved", f.getFileName()));
        } catch (IOException | RuntimeException e) {
            status.set(messages.get("status.cannotSave", f.getFileName(), e.getMessage()));
        }
        return true;
    }

    /** Progress of the running PDF export, 0..1; -1 when none runs. */
    private final javafx.beans.property.DoubleProperty exportProgress = new javafx.beans.property.SimpleDoubleProperty(this, "exportProgress", -1);

    public javafx.beans.property.ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress;
    }

    /**
     * Writes the annotated PDF of {@code doc}'s current analysis to {@code target} off the FX
     * thread, with the reader's decisions printed beside each contradiction. Progress goes to
     * {@link #exportProgressProperty()}; the future completes on the FX thread.
     */
    public java.util.concurrent.CompletableFuture<Path> exportPdf(DocumentViewModel doc, Path target) {
        java.util.concurrent.CompletableFuture<Path> done = new java.util.concurrent.CompletableFuture<>();
        Analysis a = doc.analysis();
        if (a == null || !doc.analysisCurrent()) {
            status.set(messages.get("status.pdfWait"));
            done.completeExceptionally(new IllegalStateException("analysis not ready"));
            return done;
        }
        java.util.Map<String, org.mizan.export.pdf.ReviewDecision> decided = decided(a);
        // the reader's own notes on passages, fitted to the text the analysis is of
        List<org.mizan.model.Note> notes = book.load(a.article().source(), a.text()).notes();
        exportProgress.set(0);
        status.set(messages.get("status.exporting", target.getFileName()));
        Thread worker = new Thread(() -> {
            try {
                new org.mizan.export.pdf.PdfExporter().export(a, decided, notes, target,
                        p -> threads.fx().execute(() -> exportProgress.set(p)));
                threads.fx().execute(() -> {
                    exportProgress.set(-1);
                    status.set(messages.get("status.exported", target.getFileName()));
                    done.complete(target);
                });
            } catch (Exception | LinkageError e) {
                threads.fx().execute(() -> {
                    exportProgress.set(-1);
                    status.set(messages.get("status.cannotExport", e.getMessage()));
                    done.completeExceptionally(e);
                });
            }
        }, "mizan-pdf-export");
        worker.setDaemon(true);
        worker.start();
        return done;
    }

    /** The reader's verdicts and notes on {@code a}'s contradictions, by contradiction id. */
    private java.util.Map<String, org.mizan.export.pdf.ReviewDecision> decided(Analysis a) {
        java.util.Map<String, org.mizan.export.pdf.ReviewDecision> out = new java.util.HashMap<>();
        for (Contradiction x : a.contradictions()) {
            ReviewItem it = ReviewItem.resolve(x, List.of(a));
            if (it != null) {
                out.put(x.id(), new org.mizan.export.pdf.ReviewDecision(decisions.status(it), decisions.note(it)));
            }
        }
        return out;
    }

    /**
     * Writes the analysis of {@code doc} as the JSON of {@code mizan analyze}, corrections applied
     * and each contradiction's review status and note added, atomically. Returns false (and says
     * why in the status bar) when the analysis is not ready or the file cannot be written.
     */
    public boolean exportJson(DocumentViewModel doc, Path target) {
        Analysis a = doc.analysis();
        if (a == null || !doc.analysisCurrent()) {
            status.set(messages.get("status.pdfWait"));
            return false;
        }
        try {
            var tree = org.mizan.export.AnalysisJson.withReview(org.mizan.export.AnalysisJson.toTree(a), decided(a), null);
            org.mizan.io.AtomicFiles.write(target, org.mizan.export.AnalysisJson.write(tree)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            status.set(messages.get("status.exported", target.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            status.set(messages.get("status.cannotExport", e.getMessage()));
            return false;
        }
    }

    public void close(DocumentViewModel doc) {
        doc.close();
        documents.remove(doc);
        viewports.remove(doc);
        if (selected.get() == doc) {
            selected.set(documents.isEmpty() ? null : documents.getLast());
        }
        refreshCrossArticle();
    }

    private DocumentViewModel newDocument(Article a, Path file) {
        // The reader's corrections are applied to every analysis, so they hold after each re-analysis.
        // Each stage's result is corrected too, so a partial never shows what the reader has undone; claims
        // the reader added are read and searched for contradictions like found ones in the final stage.
        // Until the first complete analysis, a long article is read around where the reader looks first
        // (Pipeline's VISIBLE stage); after that a re-analysis keeps the complete one on screen until its
        // own is complete, so an early partial would never be shown and is not computed.
        java.util.concurrent.atomic.AtomicInteger onScreen = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean completed = new java.util.concurrent.atomic.AtomicBoolean();
        DocumentViewModel doc = DocumentViewModel.staged(a, file, (article, partial) -> {
            Pipeline p = pipeline.get();
            var sheet = book.load(article.source(), article.text());
            Analysis[] complete = new Analysis[1];
            java.util.function.Consumer<Pipeline.Partial> corrected = stage -> {
                Analysis c = org.mizan.io.Corrections.apply(stage.analysis(), sheet);
                if (stage.stage().isFinal()) {
                    c = p.withReaderClaims(c, org.mizan.io.Corrections.readerClaims(c));
                    complete[0] = c;
                }
                partial.accept(new Pipeline.Partial(stage.stage(), c));
            };
            if (completed.get()) {
                p.analyze(article, corrected);
            } else {
                int at = onScreen.get();
                p.analyze(article, new org.mizan.model.Span(at, at), corrected);
            }
            completed.set(true);
            return complete[0];
        }, threads, pause);
        viewports.put(doc, onScreen);
        doc.analysisProperty().addListener((o, x, y) -> refreshCrossArticle());
        return doc;
    }

    /**
     * The view tells where the reader looks in {@code doc} (the offset of the first character on
     * screen; a newly opened article shows its top, offset 0), so that the first analysis of a long
     * article reads those paragraphs first. FX thread; read by the analysis thread.
     */
    public void viewportAt(DocumentViewModel doc, int firstVisibleOffset) {
        java.util.concurrent.atomic.AtomicInteger at = viewports.get(doc);
        if (at != null) {
            at.set(Math.max(0, firstVisibleOffset));
        }
    }

    private void add(DocumentViewModel doc) {
        documents.add(doc);
        selected.set(doc);
        doc.analyseNow();
    }

    /** Re-runs the contradiction finder over all open articles; keeps only pairs that span two articles. */
    private void refreshCrossArticle() {
        List<Analysis> analyses = analyses();
        long gen = crossGeneration.incrementAndGet();
        if (analyses.size() < 2) {
            crossArticle.clear();
            return;
        }
        threads.background().execute(() -> {
            List<Contradiction> found;
            try {
                found = pipeline.get().acrossArticles(analyses).stream()
                        .filter(x -> !x.first().article().equals(x.second().article())).toList();
            } catch (RuntimeException e) {
                found = List.of();
            }
            List<Contradiction> result = found;
            threads.fx().execute(() -> {
                if (gen == crossGeneration.get()) {
                    crossArticle.setAll(result);
                }
            });
        });
    }

    /** The analyses of all open articles that have one. */
    public List<Analysis> analyses() {
        List<Analysis> out = new ArrayList<>();
        for (DocumentViewModel d : documents) {
            if (d.analysis() != null) {
                out.add(d.analysis());
            }
        }
        return out;
    }

    /** Every contradiction that can be reviewed now: each article's own, then those across articles. */
    public List<ReviewItem> reviewItems() {
        List<Analysis> analyses = analyses();
        List<ReviewItem> out = new ArrayList<>();
        for (Analysis a : analyses) {
            for (Contradiction x : a.contradictions()) {
                ReviewItem it = ReviewItem.resolve(x, List.of(a));
                if (it != null) {
                    out.add(it);
                }
            }
        }
        for (Contradiction x : crossArticle) {
            ReviewItem it = ReviewItem.resolve(x, analyses);
            if (it != null) {
                out.add(it);
            }
        }
        return out;
    }

    /** Contradictions that involve {@code doc}: its own and those across articles. */
    public List<ReviewItem> reviewItems(DocumentViewModel doc) {
        String src = doc.article().source();
        return reviewItems().stream().filter(it -> it.firstArticle().article().source().equals(src)
                || it.secondArticle().article().source().equals(src)).toList();
    }

    public void shutdown() {
        documents.forEach(DocumentViewModel::close);
        settings.flush();
    }
}
