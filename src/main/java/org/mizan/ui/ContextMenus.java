package org.mizan.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Right-click menus that open both on the platform's context-menu request (keyboard menu key,
 * desktop right-click) and on a released secondary button (the headless glass platform sends no
 * context-menu request), never twice.
 */
final class ContextMenus {

    private ContextMenus() {
    }

    /** Shows {@code menu} over {@code owner} on a right-click, when {@code applies} says there is something to act on. */
    static void install(Node owner, ContextMenu menu, BooleanSupplier applies) {
        owner.setOnContextMenuRequested(e -> {
            if (!menu.isShowing() && applies.getAsBoolean()) {
                menu.show(owner, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        owner.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing() && applies.getAsBoolean()) {
                menu.show(owner, e.getScreenX(), e.getScreenY());
            }
        });
    }
}
