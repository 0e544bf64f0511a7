package org.mizan.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

/** The find bar (Ctrl+F): matches ignore diacritics, tatweel and alef/yaa variants. */
final class FindBar extends HBox {

    final TextField field = TextFields.createClearableTextField();
    final Label count = new Label();
    final Button next = new Button();
    final Button previous = new Button();
    final Button close = new Button("✕");

    FindBar(Messages m) {
        getStyleClass().add("find-bar");
        setId("find-bar");
        field.setId("find-field");
        count.setId("find-count");
        next.setId("find-next");
        previous.setId("find-previous");
        field.promptTextProperty().bind(m.text("find.prompt"));
        field.setPrefColumnCount(24);
        next.textProperty().bind(m.text("find.next"));
        previous.textProperty().bind(m.text("find.previous"));
        if (field instanceof CustomTextField c) {
            c.setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        }
        getChildren().setAll(field, previous, next, count, close);
        setVisible(false);
        setManaged(false);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        close.setOnAction(e -> hide());
    }

    void show() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    void hide() {
        setVisible(false);
        setManaged(false);
        field.setText("");
    }
}
