package org.mizan.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
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

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final List<Consumer<String>> editListeners = new ArrayList<>();
    private List<Highlight> highlights = List.of();
    private boolean programmatic;

    public ArticleEditor(boolean editable) {
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

    public String getText() {
        return area.getText();
    }

    /** Shows {@code text} with no highlights; not undoable. */
    public void setText(String text) {
        programmatic = true;
        try {
            area.replaceText(text);
            highlights = List.of();
            restyle(new Span(0, text.length()));
            area.moveTo(0);
            area.getUndoManager().forgetHistory();
            area.requestFollowCaret();
        } finally {
            programmatic = false;
        }
    }

    /** Replaces all highlights; offsets are into the text now shown. */
    public void setHighlights(List<Highlight> newHighlights) {
        int length = area.getLength();
        List<Highlight> valid = new ArrayList<>(newHighlights.size());
        for (Highlight h : newHighlights) {
            if (h.span().end() <= length) {
                valid.add(h);
            }
        }
        valid.sort(java.util.Comparator.comparing(Highlight::span));
        highlights = List.copyOf(valid);
        restyle(new Span(0, length));
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
        String text = area.getText();
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
        String text = area.getText();
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (WordRuns.Run r : WordRuns.of(text, range, highlights)) {
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
