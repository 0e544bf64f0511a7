package org.mizan.ui;

import org.mizan.ui.editor.Highlight;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.Span;

/**
 * Two contradicting claims side by side: each with its source, its sentence (highlighted like the
 * article) and a way back to the passage; the explanation and the decision below.
 */
final class ReviewView extends BorderPane {

    /** One claim's pane. */
    static final class ClaimPane extends VBox {
        final Label source = new Label();
        final Label article = new Label();
        final ArticleEditor editor = new ArticleEditor(false);
        final Button jump = new Button();
        /** Shown when the source says the same again elsewhere: each press shows the next copy. */
        final Button again = new Button();
        List<Claim> repeats = List.of();
        int nextRepeat;

        ClaimPane(String id, Messages m) {
            setId(id);
            source.getStyleClass().add("review-source");
            // Labels never wrap: JavaFX cannot wrap Arabic in a Label; long names end in an ellipsis.
            jump.textProperty().bind(m.text("review.jump"));
            jump.setId(id + "-jump");
            editor.textNode().setId(id + "-text");
            VBox.setVgrow(editor.node(), Priority.ALWAYS);
            setSpacing(6);
            setPadding(new Insets(8));
            again.setId(id + "-again");
            again.setVisible(false);
            again.setManaged(false);
            getChildren().setAll(source, article, editor.node(), new HBox(6, jump, again));
        }
    }

    final ClaimPane first;
    final ClaimPane second;
    final Label header = new Label();
    final Label status = new Label();
    /** The explanation is Arabic or English prose that must wrap: shown by the article editor, which wraps Arabic safely. */
    final ArticleEditor explanation = new ArticleEditor(false);
    final TextField note = new TextField();
    private final ReviewViewModel vm;
    private final MainViewModel main;
    /** Set by the window: show this claim's passage in its article. */
    BiConsumer<Analysis, Span> onJump = (a, s) -> { };

    ReviewView(MainViewModel main) {
        this.main = main;
        this.vm = main.review();
        Messages m = main.messages();
        setId("review");
        first = new ClaimPane("review-first", m);
        second = new ClaimPane("review-second", m);
        SplitPane panes = new SplitPane(first, second);
        panes.setDividerPositions(0.5);

        header.getStyleClass().add("review-header");
        header.setId("review-header");
        status.setId("review-status");
        HBox top = new HBox(12, header, status);
        top.setPadding(new Insets(8));

        explanation.textNode().getStyleClass().add("review-explanation");
        explanation.textNode().setId("review-explanation");
        explanation.node().getStyleClass().add("review-explanation-box");
        ((Region) explanation.node()).setPrefHeight(64);
        ((Region) explanation.node()).setMinHeight(48);
        note.setId("review-note");
        note.promptTextProperty().bind(m.text("review.notePrompt"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button prev = button("review-previous", m.text("action.previous"), vm::previous);
        Button confirm = button("review-confirm", m.text("action.confirm"), vm::confirm);
        Button dismiss = button("review-dismiss", m.text("action.dismiss"), vm::dismiss);
        Button saveNote = button("review-save-note", m.text("action.note"), () -> vm.note(note.getText()));
        Button next = button("review-next", m.text("action.next"), vm::next);
        note.setOnAction(e -> vm.note(note.getText()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.SOMETIMES);
        HBox actions = new HBox(6, prev, confirm, dismiss, note, saveNote, gap, next);
        actions.setPadding(new Insets(8));
        VBox bottom = new VBox(6, explanation.node(), actions);
        bottom.setPadding(new Insets(0, 8, 8, 8));

        setTop(top);
        setCenter(panes);
        setBottom(bottom);

        first.jump.setOnAction(e -> jump(true));
        second.jump.setOnAction(e -> jump(false));
        first.again.setOnAction(e -> jumpToRepeat(first, true));
        second.again.setOnAction(e -> jumpToRepeat(second, false));
        vm.currentProperty().addListener((o, a, b) -> show());
        main.decisions().revisionProperty().addListener((o, a, b) -> showStatus());
        m.languageProperty().addListener((o, a, b) -> show());
        show();
    }

    private static Button button(String id, javafx.beans.value.ObservableValue<String> text, Runnable r) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(text);
        b.setOnAction(e -> r.run());
        return b;
    }

    private void jump(boolean firstClaim) {
        ReviewItem it = vm.current();
        if (it != null) {
            onJump.accept(firstClaim ? it.firstArticle() : it.secondArticle(),
                    (firstClaim ? it.first() : it.second()).span());
        }
    }

    private void jumpToRepeat(ClaimPane pane, boolean firstClaim) {
        ReviewItem it = vm.current();
        if (it == null || pane.repeats.isEmpty()) {
            return;
        }
        Claim copy = pane.repeats.get(pane.nextRepeat % pane.repeats.size());
        pane.nextRepeat++;
        onJump.accept(firstClaim ? it.firstArticle() : it.secondArticle(), copy.span());
    }

    private void showRepeats(ClaimPane pane, List<Claim> repeats) {
        pane.repeats = repeats;
        pane.nextRepeat = 0;
        pane.again.setText(main.messages().get("review.again", repeats.size()));
        pane.again.setVisible(!repeats.isEmpty());
        pane.again.setManaged(!repeats.isEmpty());
    }

    private void show() {
        Messages m = main.messages();
        ReviewItem it = vm.current();
        if (it == null) {
            header.setText(m.get("review.none"));
            explanation.setText("");
            first.editor.setText("");
            second.editor.setText("");
            first.source.setText("");
            second.source.setText("");
            status.setText("");
            showRepeats(first, List.of());
            showRepeats(second, List.of());
            return;
        }
        header.setText(m.get("review.header", vm.indexProperty().get() + 1, vm.items().size(),
                m.get("kind." + it.contradiction().kind().name()), it.contradiction().score()));
        boolean arabic = m.language() == Language.ARABIC;
        explanation.setText(arabic ? it.contradiction().explanationAr() : it.contradiction().explanationEn());
        explanation.textNode().setNodeOrientation(arabic ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT
                : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        fill(first, it.firstArticle(), it.first(), it.crossArticle());
        fill(second, it.secondArticle(), it.second(), it.crossArticle());
        showRepeats(first, it.repeatsOf(true));
        showRepeats(second, it.repeatsOf(false));
        note.setText(vm.decisions().note(it));
        showStatus();
    }

    private void showStatus() {
        var s = vm.status();
        status.setText(main.messages().get("status." + s.name()));
        status.getStyleClass().removeIf(c -> c.startsWith("review-status-"));
        status.getStyleClass().add("review-status-" + s.name().toLowerCase());
    }

    private void fill(ClaimPane pane, Analysis a, Claim c, boolean showArticle) {
        Messages m = main.messages();
        String text = a.text();
        String who = c.source().map(s -> s.span().of(text)).orElse(m.get("panel.claim.noSource"));
        String kind = c.source().map(s -> m.get(s.named() ? "panel.claim.named" : "panel.claim.anonymous")).orElse("");
        pane.source.setText(kind.isEmpty() ? who : who + " (" + kind + ")");
        pane.article.setText(showArticle ? m.get("review.article", a.article().source()) : "");
        pane.article.setVisible(showArticle);
        pane.article.setManaged(showArticle);
        Span context = ReviewViewModel.context(text, c.span());
        pane.editor.setText(context.of(text));
        List<Highlight> hs = new java.util.ArrayList<>(Highlights.within(
                Highlights.of(a, main.layers(), main.crossArticle()), context));
        pane.editor.setHighlights(hs);
        pane.editor.select(c.span().shift(-context.start()));
    }

    /** Re-reads the current item (after re-analysis or layer changes). */
    void refresh() {
        show();
    }
}
