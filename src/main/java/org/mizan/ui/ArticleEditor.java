package org.mizan.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.undo.UndoManager;
import org.mizan.model.Span;

/**
 * The one place the reader touches the article text component. Every view that shows article
 * text (main editor, both review panes) goes through it, so the RTL editor component can replace
 * the text area here without touching the views.
 */
public final class ArticleEditor {

    public static final double BASE_FONT_PX = 17;
    /** Texts longer than this are shown and styled a slice per frame, so the FX thread never stalls. */
    static final int LARGE = 60_000;
    /** Work done per frame on a large text, in nanoseconds. */
    private static final long FRAME_BUDGET = 8_000_000;
    private static final int SLICE = 2_000;

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final List<Consumer<String>> editListeners = new ArrayList<>();
    private final List<Runnable> loadedListeners = new ArrayList<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final boolean editable;
    private List<Highlight> highlights = List.of();
    private String text = "";
    private int longestHighlight;
    private boolean programmatic;
    private AnimationTimer job;
    /** Set when highlights arrive while a large text loads: the part already shown must be restyled. */
    private int staleUpTo;

    public ArticleEditor(boolean editable) {
        this.editable = editable;
        area.setWrapText(true);
        area.setEditable(editable);
        area.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        area.getStyleClass().add("article");
        // Only text changes are undone; styles follow the analysis.
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.plainTextUndoManager(area));
        area.plainTextChanges().subscribe(this::changed);
        scroll.setMinSize(0, 0);
        setZoom(1.0);
    }

    public Node node() {
        return scroll;
    }

    /** The text area itself, for tests and keyboard focus. */
    public Region textNode() {
        return area;
    }

    /** The whole text, including the part of a large text still being loaded. */
    public String getText() {
        return text;
    }

    /** True while a large text is still being put on screen (it is read-only meanwhile). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Runs {@code r} each time a text set by {@link #setText} is fully on screen. */
    public void onLoaded(Runnable r) {
        loadedListeners.add(r);
    }

    /** Shows {@code text} with no highlights; not undoable. A large text is appended a slice per frame. */
    public void setText(String newText) {
        stopJob();
        programmatic = true;
        text = newText;
        highlights = List.of();
        staleUpTo = 0;
        if (newText.length() <= LARGE) {
            area.replaceText(newText);
            restyle(new Span(0, newText.length()));
            finishLoading();
            return;
        }
        area.setEditable(false);
        loading.set(true);
        // The undo manager would merge the appended slices into one growing change (quadratic).
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        int first = sliceEnd(newText, 0);
        area.replaceText(newText.substring(0, first));
        restyle(new Span(0, first));
        area.moveTo(0);
        int[] pos = {first};
        runInFrames(() -> {
            int end = sliceEnd(newText, pos[0]);
            area.appendText(newText.substring(pos[0], end));
            restyle(new Span(pos[0], end));
            pos[0] = end;
            return end >= newText.length();
        }, this::finishLoading);
    }

    private void finishLoading() {
        area.moveTo(0);
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.plainTextUndoManager(area));
        area.requestFollowCaret();
        area.setEditable(editable);
        programmatic = false;
        loading.set(false);
        if (staleUpTo > 0) {
            int upTo = staleUpTo;
            staleUpTo = 0;
            restyleInFrames(upTo);
        }
        loadedListeners.forEach(Runnable::run);
    }

    /** The end of a slice starting at {@code from}: after a line break near SLICE chars on, or the text end. */
    private static int sliceEnd(String s, int from) {
        int target = Math.min(s.length(), from + SLICE);
        if (target == s.length()) {
            return target;
        }
        int nl = s.indexOf('\n', target);
        return nl < 0 || nl - target > 8 * SLICE ? target : nl + 1;
    }

    /** Replaces all highlights; offsets are into the text now shown. */
    public void setHighlights(List<Highlight> newHighlights) {
        int length = text.length();
        List<Highlight> valid = new ArrayList<>(newHighlights.size());
        for (Highlight h : newHighlights) {
            if (h.span().end() <= length) {
                valid.add(h);
            }
        }
        valid.sort(java.util.Comparator.comparing(Highlight::span));
        highlights = List.copyOf(valid);
        longestHighlight = valid.stream().mapToInt(h -> h.span().length()).max().orElse(0);
        if (loading.get()) {
            // Slices still to come are styled with these as they arrive; the part shown is redone after.
            staleUpTo = area.getLength();
            return;
        }
        stopJob();
        restyleInFrames(length);
    }

    /** Restyles {@code [0, upTo)}: at once for a short text, a slice per frame for a large one. */
    private void restyleInFrames(int upTo) {
        if (upTo <= LARGE) {
            restyle(new Span(0, upTo));
            return;
        }
        int[] pos = {0};
        String styled = text;
        runInFrames(() -> {
            int end = Math.min(upTo, sliceEnd(styled, pos[0]));
            restyle(new Span(pos[0], end));
            pos[0] = end;
            return end >= upTo;
        }, () -> { });
    }

    /** Runs {@code step} repeatedly, a frame budget at a time, until it returns true; then {@code done}. */
    private void runInFrames(java.util.function.BooleanSupplier step, Runnable done) {
        job = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long until = System.nanoTime() + FRAME_BUDGET;
                while (System.nanoTime() < until) {
                    if (step.getAsBoolean()) {
                        stop();
                        job = null;
                        done.run();
                        return;
                    }
                }
            }
        };
        job.start();
    }

    private void stopJob() {
        if (job != null) {
            job.stop();
            job = null;
        }
    }

    public List<Highlight> highlights() {
        return highlights;
    }

    /** Called with the whole new text after each edit by the user (not after {@link #setText}). */
    public void onEdited(Consumer<String> listener) {
        editListeners.add(Objects.requireNonNull(listener));
    }

    private void changed(PlainTextChange c) {
        if (programmatic) {
            return;
        }
        highlights = HighlightShift.apply(highlights, c.getPosition(), c.getRemoved().length(),
                c.getInserted().length());
        // A background restyle of a large text would now work on moved offsets; the next analysis restyles all.
        stopJob();
        text = area.getText();
        int from = text.lastIndexOf('\n', Math.max(0, c.getPosition() - 1)) + 1;
        int to = text.indexOf('\n', c.getPosition() + c.getInserted().length());
        restyle(new Span(from, to < 0 ? text.length() : to));
        for (Consumer<String> l : editListeners) {
            l.accept(text);
        }
    }

    private void restyle(Span range) {
        if (range.length() == 0) {
            return;
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (WordRuns.Run r : WordRuns.of(text, range, highlights, longestHighlight)) {
            b.add(r.classes(), r.length());
        }
        boolean was = programmatic;
        programmatic = true;
        try {
            area.setStyleSpans(range.start(), b.create());
        } finally {
            programmatic = was;
        }
    }

    /** The style classes drawn on the character at {@code offset} (highlight classes and layout ones). */
    public Collection<String> styleClassesAt(int offset) {
        return area.getStyleOfChar(offset);
    }

    /** The selected range of the text. */
    public Span selection() {
        var r = area.getSelection();
        return new Span(r.getStart(), r.getEnd());
    }

    public ObservableValue<Integer> caretPositionProperty() {
        return area.caretPositionProperty();
    }

    public int caretPosition() {
        return area.getCaretPosition();
    }

    /** Selects {@code span} and scrolls it into view. */
    public void select(Span span) {
        int len = area.getLength();
        int s = Math.min(span.start(), len);
        int e = Math.min(span.end(), len);
        area.selectRange(s, e);
        area.requestFollowCaret();
        int par = area.offsetToPosition(s, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtCenter(par);
    }

    /** Scrolls the text by {@code pixels} (negative: up). */
    public void scrollBy(double pixels) {
        area.scrollYBy(pixels);
    }

    /** Scrolls so the paragraph holding {@code offset} is at the top. */
    public void scrollTo(int offset) {
        int par = area.offsetToPosition(Math.min(offset, area.getLength()),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtTop(par);
    }

    public void setZoom(double zoom) {
        area.setStyle("-fx-font-size: " + Math.round(BASE_FONT_PX * zoom * 10) / 10.0 + "px;");
    }

    public UndoManager<?> undoManager() {
        return area.getUndoManager();
    }

    public void undo() {
        area.undo();
    }

    public void redo() {
        area.redo();
    }

    public void requestFocus() {
        area.requestFocus();
    }
}
