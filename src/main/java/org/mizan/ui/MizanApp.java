package org.mizan.ui;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.mizan.analysis.Engine;
import org.mizan.io.ArticleReader;
import org.mizan.io.BundledSamples;
import org.mizan.io.UnusableInputException;
import org.mizan.model.Article;

/** The desktop reader. */
public final class MizanApp extends Application {

    @Override
    public void start(Stage stage) {
        Fonts.load();
        ReaderView view = new ReaderView();
        Article article = firstArticle(getParameters().getRaw());
        view.show(Engine.standard().analyze(article));
        stage.setTitle("Mizan — " + article.source());
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = MizanApp.class.getResource("/org/mizan/icons/mizan-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        stage.setScene(new Scene(view, 1100, 800));
        stage.show();
    }

    private static Article firstArticle(List<String> files) {
        for (String f : files) {
            try {
                return new ArticleReader().read(java.nio.file.Path.of(f));
            } catch (UnusableInputException e) {
                System.err.println("mizan: " + e.getMessage());
            }
        }
        return BundledSamples.load(BundledSamples.DEMO);
    }
}
