package org.mizan.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.mizan.model.Article;

/**
 * Renders the fixture article in both languages, and the review view, to PNGs under /tmp for a
 * person to look at. Not a test: {@code java ... org.mizan.ui.SnapshotLook [width height]}.
 */
final class SnapshotLook {

    private SnapshotLook() {
    }

    public static void main(String[] args) throws Exception {
        var a = ReaderFixture.pipeline().analyze(Article.of(ReaderFixture.ARTICLE, "roads.txt"));
        int w = args.length > 0 ? Integer.parseInt(args[0]) : 1200;
        int h = args.length > 1 ? Integer.parseInt(args[1]) : 800;
        Snapshots.render(a, w, h, Path.of("/tmp/mizan-ui-ar.png"), Language.ARABIC);
        Snapshots.render(a, w, h, Path.of("/tmp/mizan-ui-en.png"), Language.ENGLISH);
        review(w, h, Language.ARABIC, Path.of("/tmp/mizan-ui-review-ar.png"));
        review(w, h, Language.ENGLISH, Path.of("/tmp/mizan-ui-review-en.png"));
        System.exit(0);
    }

    private static void review(int w, int h, Language lang, Path out) throws Exception {
        CompletableFuture<javafx.scene.image.WritableImage> img = new CompletableFuture<>();
        Platform.runLater(() -> {
            Settings s = new Settings(new MemoryPreferences());
            s.window(new Settings.WindowBounds(0, 0, w, h, false));
            MainViewModel vm = new MainViewModel(ReaderFixture.pipeline(), ArticleFiles.standard(), s,
                    ReviewBook.inMemory(), new Threads(Executors.newSingleThreadScheduledExecutor(), Platform::runLater),
                    Duration.ZERO, lang);
            Stage stage = new Stage();
            MainWindow win = new MainWindow(vm, stage);
            stage.show();
            vm.openArticle(Article.of(ReaderFixture.ARTICLE, "roads.txt"));
            vm.openArticle(Article.of(ReaderFixture.OTHER, "other.txt"));
            PauseTransition p = new PauseTransition(javafx.util.Duration.millis(1500));
            p.setOnFinished(e -> {
                win.openReview(null);
                vm.review().next();
                PauseTransition q = new PauseTransition(javafx.util.Duration.millis(600));
                q.setOnFinished(f -> img.complete(win.scene().snapshot(null)));
                q.play();
            });
            p.play();
        });
        Snapshots.writePng(img.get(60, TimeUnit.SECONDS), out);
    }
}
