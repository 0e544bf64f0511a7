package org.mizan.ui;

import java.net.URL;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * Toolbar icons from {@code /org/mizan/icons/toolbar/NAME-24.png} (JavaFX picks the {@code @2x}
 * file on high-density screens); a missing icon leaves the button as text.
 */
final class Icons {

    static final double SIZE = 24;

    private Icons() {
    }

    static Optional<ImageView> toolbar(String name) {
        if (name == null) {
            return Optional.empty();
        }
        URL url = Icons.class.getResource("/org/mizan/icons/toolbar/" + name + "-24.png");
        if (url == null) {
            return Optional.empty();
        }
        Image img = new Image(url.toExternalForm());
        if (img.isError()) {
            return Optional.empty();
        }
        ImageView v = new ImageView(img);
        v.setFitWidth(SIZE);
        v.setFitHeight(SIZE);
        v.setPreserveRatio(true);
        return Optional.of(v);
    }
}
