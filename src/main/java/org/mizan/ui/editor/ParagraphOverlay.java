package org.mizan.ui.editor;

import java.util.List;
import java.util.Set;
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
 * been laid out again. Repaints are requested here and done by the area once per pulse, after
 * the layout pass, so that a flow laid out several times in one pulse is measured once.
 */
final class ParagraphOverlay extends Pane {

    private final int index;
    private final Consumer<ParagraphOverlay> painter;
    private TextFlow flow;
    private final ChangeListener<Boolean> laidOut = (obs, was, needsLayout) -> {
        if (!needsLayout) {
            repaint();
        }
    };

    /**
     * @param painter  asked to repaint this layer (soon, not necessarily at once)
     * @param onScreen the set this layer belongs to while it is in a scene: the area finds the
     *                 visible paragraphs through it, and a paragraph box RichTextFX has discarded
     *                 leaves it, so that nothing keeps the box's Text nodes alive
     */
    ParagraphOverlay(int index, Consumer<ParagraphOverlay> painter, Set<ParagraphOverlay> onScreen) {
        this.index = index;
        this.painter = painter;
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                onScreen.remove(this);
            } else {
                onScreen.add(this);
            }
        });
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
