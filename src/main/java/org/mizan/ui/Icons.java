package org.mizan.ui;

import java.net.URL;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** Toolbar icons from {@code /org/mizan/icons/toolbar/NAME.png}; a missing icon leaves the button as text. */
final class Icons {

    static final double SIZE = 20;

    private Icons() {
    }

    static Optional<ImageView> toolbar(String name) {
        URL url = Icons.class.getResource("/org/mizan/icons/toolbar/" + name + ".png");
        if (url == null) {
            return Optional.empty();
        }
        Image img = new Image(url.toExternalForm(), SIZE, SIZE, true, true);
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
