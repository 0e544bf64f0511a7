package org.mizan.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.mizan.model.Analysis;

/** The main reader view: the article right-to-left. (Replaced by the full reader in issue 7.) */
public final class ReaderView extends BorderPane {

    private final StyleClassedTextArea area = new StyleClassedTextArea();

    public ReaderView() {
        area.setWrapText(true);
        area.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        area.getStyleClass().add("article");
        setCenter(new VirtualizedScrollPane<>(area));
        getStylesheets().add(ReaderView.class.getResource("/org/mizan/ui/mizan.css").toExternalForm());
    }

    public void show(Analysis analysis) {
        area.replaceText(analysis.text());
        cutAtLineBreaks(analysis.text());
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /**
     * Workaround for the JavaFX wrapped-Arabic defects (a wrapped RTL run is redrawn whole on
     * every line, and JavaFX 23+ throws in PrismTextLayout.computeTrailingSpaceWidth): make every
     * line-break opportunity a Text-node boundary so JavaFX never splits a run. Neighbouring words
     * alternate two style classes so RichTextFX does not merge them. (Moves to the RTL editor.)
     */
    private void cutAtLineBreaks(String text) {
        var breaks = java.text.BreakIterator.getLineInstance(java.util.Locale.forLanguageTag("ar"));
        breaks.setText(text);
        var spans = new org.fxmisc.richtext.model.StyleSpansBuilder<java.util.Collection<String>>();
        int start = breaks.first();
        int n = 0;
        for (int end = breaks.next(); end != java.text.BreakIterator.DONE; start = end, end = breaks.next()) {
            spans.add(java.util.List.of((n++ & 1) == 0 ? "w0" : "w1"), end - start);
        }
        if (n > 0) {
            area.setStyleSpans(0, spans.create());
        }
    }
}
