package org.mizan.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.mizan.analysis.Engine;
import org.mizan.io.BundledSamples;
import org.mizan.io.ReviewStore;

/** The desktop reader. Files given on the command line open in tabs; with none, the bundled demo opens. */
public final class MizanApp extends Application {

    private MainViewModel model;

    @Override
    public void start(Stage stage) {
        Fonts.load();
        // Review problems (an unreadable or unwritable .mizan.json) go to the status bar once the model exists.
        java.util.concurrent.atomic.AtomicReference<MainViewModel> ref = new java.util.concurrent.atomic.AtomicReference<>();
        ReviewBook book = ReviewBook.files(ReviewStore.standard(), problem -> javafx.application.Platform.runLater(() -> {
            if (ref.get() != null) {
                ref.get().statusProperty().set(problem);
            }
        }));
        model = new MainViewModel(Engine.standard(), ArticleFiles.standard(), Settings.user(), book,
                Threads.desktop(), DocumentViewModel.DEFAULT_PAUSE, Language.forLocale(Locale.getDefault()));
        ref.set(model);
        new MainWindow(model, stage);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = MizanApp.class.getResource("/org/mizan/icons/mizan-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        stage.show();
        openFiles(model, getParameters().getRaw());
    }

    static void openFiles(MainViewModel model, List<String> files) {
        if (files.isEmpty()) {
            model.openArticle(BundledSamples.load(BundledSamples.DEMO));
        }
        for (String f : files) {
            model.open(Path.of(f));
        }
    }

    @Override
    public void stop() {
        if (model != null) {
            model.shutdown();
        }
    }
}
