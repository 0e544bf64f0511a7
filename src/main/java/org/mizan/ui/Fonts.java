package org.mizan.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Loads the bundled Vazirmatn font. One font that covers Arabic, Latin, digits and punctuation
 * avoids JavaFX's font fallback, which scrambles the order of mixed-script runs on Linux.
 */
public final class Fonts {

    public static final String FAMILY = "Vazirmatn";
    private static volatile boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : new String[] {"Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf"}) {
            try (InputStream in = Fonts.class.getResourceAsStream("/org/mizan/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 14) == null) {
                    throw new IllegalStateException("bundled font missing: " + file);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot load bundled font " + file, e);
            }
        }
        loaded = true;
    }
}
