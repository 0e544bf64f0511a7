package org.mizan.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.mizan.model.Analysis;

/** Renders the reader off screen to a PNG, headless (used by {@code mizan snapshot}). */
public final class Snapshots {

    private Snapshots() {
    }

    /** Select the headless Monocle platform unless a platform was chosen; call before the toolkit starts. */
    public static void preferHeadless() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    public static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        if (!started.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start");
        }
        Platform.setImplicitExit(false);
    }

    public static void render(Analysis analysis, int width, int height, Path out) throws Exception {
        // Monocle's headless screen is 1280x800 unless told otherwise; a larger window overflows its painter.
        setIfAbsent("headless.geometry", Math.max(1280, width) + "x" + Math.max(800, height) + "-32");
        preferHeadless();
        startToolkit();
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Fonts.load();
                ReaderView view = new ReaderView();
                view.show(analysis);
                Stage stage = new Stage();
                stage.setScene(new Scene(view, width, height));
                stage.show();
                // Let layout and CSS settle over two pulses before taking the picture.
                Platform.runLater(() -> Platform.runLater(() -> {
                    try {
                        image.complete(view.getScene().snapshot(null));
                        stage.close();
                    } catch (RuntimeException e) {
                        image.completeExceptionally(e);
                    }
                }));
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        writePng(image.get(30, TimeUnit.SECONDS), out);
    }

    /** Writes atomically: a temp file beside the target, then a move. */
    public static void writePng(WritableImage fx, Path out) throws IOException {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pr = fx.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, pr.getArgb(x, y));
            }
        }
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".mizan-", ".png.tmp");
        try {
            ImageIO.write(img, "png", tmp.toFile());
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
