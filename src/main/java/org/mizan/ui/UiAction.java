package org.mizan.ui;

import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * A user command: its label and tooltip (message keys), its shortcut, its toolbar icon and what it
 * does. Menu items and toolbar buttons are made from it, so both always agree.
 */
final class UiAction {

    final String id;
    private final Messages messages;
    private final KeyCombination accelerator;
    private final String icon;
    private final Runnable run;
    private ObservableBooleanValue disabled;

    UiAction(String id, Messages messages, String accelerator, String icon, Runnable run) {
        this.id = Objects.requireNonNull(id);
        this.messages = messages;
        this.accelerator = accelerator == null ? null : KeyCombination.valueOf(accelerator);
        this.icon = icon;
        this.run = Objects.requireNonNull(run);
    }

    UiAction disabledWhen(ObservableBooleanValue condition) {
        this.disabled = condition;
        return this;
    }

    KeyCombination accelerator() {
        return accelerator;
    }

    void run() {
        if (disabled == null || !disabled.get()) {
            run.run();
        }
    }

    private String tooltipText() {
        String tip = messages.get("action." + id + ".tip");
        return accelerator == null ? tip : tip + "  (" + accelerator.getDisplayText() + ")";
    }

    /**
     * A menu item with a tooltip: a custom item whose content shows the label and the shortcut
     * (plain menu items cannot carry tooltips).
     */
    MenuItem menuItem() {
        Label label = new Label();
        label.textProperty().bind(messages.text("action." + id));
        Label keys = new Label(accelerator == null ? "" : accelerator.getDisplayText());
        keys.getStyleClass().add("menu-shortcut");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox content = new HBox(label, gap, keys);
        content.setMinWidth(240);
        content.getStyleClass().add("menu-action");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::tooltipText,
                messages.languageProperty()));
        Tooltip.install(content, tip);
        CustomMenuItem item = new CustomMenuItem(content, true);
        item.setId("menu-" + id);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> run());
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }

    Button button() {
        Button b = new Button();
        b.setId("tool-" + id);
        b.setFocusTraversable(false);
        var graphic = Icons.toolbar(icon);
        if (graphic.isPresent()) {
            b.setGraphic(graphic.get());
            b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
        b.textProperty().bind(messages.text("action." + id));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::tooltipText,
                messages.languageProperty()));
        b.setTooltip(tip);
        b.setOnAction(e -> run());
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        return b;
    }
}
