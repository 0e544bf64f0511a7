package org.mizan.app;

import java.util.List;
import javafx.application.Application;
import org.mizan.ui.MizanApp;

/** Starts the JavaFX reader. */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    static void launch(List<String> files) {
        Application.launch(MizanApp.class, files.toArray(String[]::new));
    }
}
