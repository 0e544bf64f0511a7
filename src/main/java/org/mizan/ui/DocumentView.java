package org.mizan.ui;

import org.mizan.ui.editor.Highlight;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Tab;
import org.mizan.model.Analysis;
import org.mizan.model.Span;

/** One article's tab: the editor showing the text with the analysis drawn over it. */
final class DocumentView {

    final DocumentViewModel doc;
    final ArticleEditor editor = new ArticleEditor(true);
    final Tab tab = new Tab();
    private final MainViewModel main;
    private List<Span> findMatches = List.of();

    DocumentView(DocumentViewModel doc, MainViewModel main) {
        this.doc = doc;
        this.main = main;
        editor.setText(doc.text());
        editor.onEdited(doc::textEdited);
        doc.articleProperty().addListener((o, a, b) -> {
            if (!b.text().equals(editor.getText())) {
                editor.setText(b.text());
            }
        });
        doc.analysisProperty().addListener((o, a, b) -> refreshHighlights());
        main.layers().addListener((SetChangeListener<Layer>) c -> refreshHighlights());
        main.crossArticle().addListener((ListChangeListener<Object>) c -> refreshHighlights());
        main.zoomProperty().addListener((o, a, b) -> editor.setZoom(b.doubleValue()));
        editor.setZoom(main.zoomProperty().get());
        // Where the reader looks decides which paragraphs a long article's first analysis reads first
        // (it may still be waiting for the engine to load when the reader scrolls).
        editor.area().textArea().estimatedScrollYProperty().addListener(
                (o, a, b) -> main.viewportAt(doc, editor.area().firstVisibleOffset()));
        tab.setContent(editor.node());
        tab.setUserData(this);
        tab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> (doc.dirtyProperty().get() ? "• " : "") + doc.title(), doc.dirtyProperty(), doc.fileProperty()));
        tab.setTooltip(new javafx.scene.control.Tooltip(doc.article().source()));
    }

    void setFindMatches(List<Span> matches) {
        findMatches = List.copyOf(matches);
        refreshHighlights();
    }

    void refreshHighlights() {
        Analysis a = doc.analysis();
        PreparedAnalysis ready = doc.prepared();
        List<Highlight> layers = List.of();
        if (a != null && a.text().equals(editor.getText())) {
            // The layers were built on the analysis thread: here they are only joined.
            layers = ready != null && ready.analysis() == a ? ready.highlights().select(main.layers(), main.crossArticle())
                    : Highlights.of(a, main.layers(), main.crossArticle());
        } else if (a != null) {
            // The text moved on since this analysis started: keep what is drawn until the next one lands.
            return;
        }
        if (findMatches.isEmpty()) {
            // The usual case: the prepared list goes to the editor as it is (sorted, immutable; no copy).
            editor.setHighlights(layers);
            return;
        }
        List<Highlight> hs = new ArrayList<>(layers);
        for (Span m : findMatches) {
            hs.add(new Highlight(m, Highlights.FIND_MATCH));
        }
        editor.setHighlights(hs);
    }
}
