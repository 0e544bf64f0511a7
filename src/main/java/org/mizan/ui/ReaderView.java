package org.mizan.ui;

import javafx.scene.layout.BorderPane;
import org.mizan.model.Analysis;
import org.mizan.ui.editor.AnalysisHighlights;
import org.mizan.ui.editor.ArticleArea;

/** The main reader view: the article right-to-left in the editor, with its highlights. (Replaced by the full reader in issue 7.) */
public final class ReaderView extends BorderPane {

    private final ArticleArea area = new ArticleArea();

    public ReaderView() {
        setCenter(area);
        getStylesheets().add(ReaderView.class.getResource("/org/mizan/ui/mizan.css").toExternalForm());
    }

    public void show(Analysis analysis) {
        area.setArticleText(analysis.text());
        area.setHighlights(AnalysisHighlights.of(analysis));
        area.moveCaret(0);
    }

    public ArticleArea articleArea() {
        return area;
    }
}
