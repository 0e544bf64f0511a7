package org.mizan.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.TwoDimensional;
import org.mizan.model.Span;
import org.mizan.ui.editor.ArticleArea;
import org.mizan.ui.editor.Highlight;

/**
 * The one place the reader touches the article text component, the RTL {@link ArticleArea}: the
 * main editor, both review panes and the find results all go through it, so they share its
 * guarantees (wrapping, highlights over whole words, caret, clicks, selection, visual arrow keys).
 */
public final class ArticleEditor {

    public static final double BASE_FONT_PX = 17;

    private final ArticleArea area = new ArticleArea();
    private final List<Consumer<String>> editListeners = new ArrayList<>();
    private final List<Runnable> loadedListeners = new ArrayList<>();
    private String text = "";
    private boolean programmatic;
    private String zoomSheet;

    public ArticleEditor(boolean editable) {
        area.setEditable(editable);
        area.setMinSize(0, 0);
        area.textArea().plainTextChanges().subscribe(this::changed);
        area.loadingProperty().addListener((o, was, now) -> {
            if (!now) {
                loadedListeners.forEach(Runnable::run);
            }
        });
        setZoom(1.0);
    }

    public Node node() {
        return area;
    }

    /** The text area inside the editor, for tests, events and keyboard focus. */
    public Region textNode() {
        return area.textArea();
    }

    /** The editor component itself, for tests that use its geometry. */
    public ArticleArea area() {
        return area;
    }

    /** The whole text, including the part of a large text still being loaded. */
    public String getText() {
        return text;
    }

    /** True while a large text is still being put on screen (it is read-only meanwhile). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return area.loadingProperty();
    }

    /** Runs {@code r} each time a text set by {@link #setText} is fully on screen. */
    public void onLoaded(Runnable r) {
        loadedListeners.add(r);
    }

    /** Shows {@code newText} with no highlights; not undoable. */
    public void setText(String newText) {
        programmatic = true;
        try {
            text = newText;
            area.setHighlights(List.of());
            area.setArticleText(newText);
        } finally {
            programmatic = false;
        }
    }

    /** Replaces all highlights; offsets are into the text now shown. */
    public void setHighlights(List<Highlight> highlights) {
        int length = text.length();
        List<Highlight> valid = new ArrayList<>(highlights.size());
        for (Highlight h : highlights) {
            if (h.span().end() <= length) {
                valid.add(h);
            }
        }
        area.setHighlights(valid);
    }

    /** The highlights now drawn, moved along with edits since they were set. */
    public List<Highlight> highlights() {
        return area.getHighlights();
    }

    /** The style classes of the highlights covering the character at {@code offset}. */
    public Collection<String> styleClassesAt(int offset) {
        Collection<String> out = new LinkedHashSet<>();
        for (Highlight h : area.getHighlights()) {
            if (h.span().contains(offset)) {
                out.add(h.styleClass());
            }
        }
        return out;
    }

    /** Called with the whole new text after each edit by the user (not while a text is being set or loaded). */
    public void onEdited(Consumer<String> listener) {
        editListeners.add(Objects.requireNonNull(listener));
    }

    private void changed(PlainTextChange c) {
        if (programmatic || area.loadingProperty().get()) {
            return;
        }
        text = area.getArticleText();
        for (Consumer<String> l : editListeners) {
            l.accept(text);
        }
    }

    public ObservableValue<Integer> caretPositionProperty() {
        return area.textArea().caretPositionProperty();
    }

    public int caretPosition() {
        return area.getCaretPosition();
    }

    /** The selected range of the text. */
    public Span selection() {
        return area.getSelection();
    }

    /** Selects {@code span} and scrolls it into view (once the editor has a width, if it has none yet). */
    public void select(Span span) {
        area.select(span);
        area.reveal(span);
    }

    /** Scrolls the text by {@code pixels} (negative: up). */
    public void scrollBy(double pixels) {
        area.textArea().scrollYBy(pixels);
    }

    /** Scrolls so the paragraph holding {@code offset} is at the top. */
    public void scrollTo(int offset) {
        var a = area.textArea();
        int par = a.offsetToPosition(Math.min(offset, a.getLength()), TwoDimensional.Bias.Forward).getMajor();
        a.showParagraphAtTop(par);
    }

    /**
     * Sets the article font size to {@code zoom} times the normal size. The component's stylesheet
     * fixes the size on its text nodes, so a rule of the same selector is added after it.
     */
    public void setZoom(double zoom) {
        double px = Math.round(BASE_FONT_PX * zoom * 10) / 10.0;
        String css = ".article-area .text { -fx-font-size: " + px + "px; }";
        String sheet = "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        if (zoomSheet != null) {
            area.getStylesheets().remove(zoomSheet);
        }
        zoomSheet = sheet;
        area.getStylesheets().add(sheet);
    }

    public void undo() {
        area.textArea().undo();
    }

    public void redo() {
        area.textArea().redo();
    }

    public void requestFocus() {
        area.textArea().requestFocus();
    }
}
