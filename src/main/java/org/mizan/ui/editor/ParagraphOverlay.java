package org.mizan.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Pane;
import javafx.scene.text.TextFlow;

/**
 * The layer ArticleArea paints one paragraph's highlights, selection and caret on. It is that
 * paragraph's RichTextFX "paragraph graphic": a zero-width, unmanaged, mouse-transparent sibling
 * of the paragraph's TextFlow, drawn behind it (view order 1), repainted whenever the flow has
 * been laid out again.
 */
final class ParagraphOverlay extends Pane {

    private final int index;
    private final Consumer<ParagraphOverlay> painter;
    private TextFlow flow;
    private boolean attachedOnce;
    private final ChangeListener<Boolean> laidOut = (obs, was, needsLayout) -> {
        if (!needsLayout) {
            repaint();
        }
    };

    ParagraphOverlay(int index, Consumer<ParagraphOverlay> painter) {
        this.index = index;
        this.painter = painter;
        setManaged(false);
        setMouseTransparent(true);
        setViewOrder(1);
        getStyleClass().add("paragraph-overlay");
        parentProperty().addListener((obs, old, parent) -> attach(parent));
    }

    /** The paragraph index this layer was created for (RichTextFX makes a new one when it changes). */
    int index() {
        return index;
    }

    /** The paragraph's TextFlow, once this layer is in its paragraph box. */
    TextFlow flow() {
        return flow;
    }

    /** Was in a paragraph box and that box has left the scene: RichTextFX discarded it. */
    boolean retired() {
        return attachedOnce && getScene() == null;
    }

    /** In a paragraph box that is on screen. */
    boolean live() {
        return flow != null && getScene() != null;
    }

    void repaint() {
        if (flow != null && !flow.isNeedsLayout()) {
            painter.accept(this);
        }
    }

    void show(List<? extends Node> shapes) {
        if (shapes.isEmpty() && getChildren().isEmpty()) {
            return;
        }
        getChildren().setAll(shapes);
        if (!shapes.isEmpty() && getScene() != null) {
            applyCss();
        }
    }

    private void attach(Parent parent) {
        if (flow != null) {
            flow.needsLayoutProperty().removeListener(laidOut);
            flow = null;
        }
        if (parent == null) {
            return;
        }
        attachedOnce = true;
        for (Node sibling : parent.getChildrenUnmodifiable()) {
            if (sibling instanceof TextFlow tf) {
                flow = tf;
                tf.needsLayoutProperty().addListener(laidOut);
                break;
            }
        }
        repaint();
    }
}
