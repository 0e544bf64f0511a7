package org.mizan.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.model.Paragraph;

/** Small helpers for running code on the FX thread and reading what is on screen. */
final class FxSupport {

    private FxSupport() {
    }

    static <T> T call(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX work failed", e.getCause() != null ? e.getCause() : e);
        }
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Waits until two whole pulses have run (CSS, layout and the editor's post-layout paint pass).
     * A fixed sleep is not enough on a loaded machine: a pulse can come later than the sleep, and a
     * snapshot taken then misses overlays still waiting for their paint pass.
     */
    static void settle() {
        CountDownLatch frames = new CountDownLatch(3);
        run(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.countDown();
                if (frames.getCount() == 0) {
                    stop();
                }
            }
        }.start());
        try {
            if (!frames.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("no pulse for 20 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run(() -> { });
    }

    static void press(ArticleArea area, KeyCode code, boolean shift, boolean shortcut) {
        run(() -> area.textArea().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, shortcut, false, false)));
    }

    static void type(ArticleArea area, String chars) {
        run(() -> {
            for (int i = 0; i < chars.length(); i++) {
                String c = chars.substring(i, i + 1);
                area.textArea().fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, c, "", KeyCode.UNDEFINED, false, false, false, false));
            }
        });
    }

    /** A Text node of the editor with its paragraph index and its paragraph-relative offsets. */
    record Word(int paragraph, int start, int end, Text node, TextFlow flow) {
        String text() {
            return node.getText();
        }

        Bounds scene() {
            return node.localToScene(node.getBoundsInLocal());
        }
    }

    /** Every Text node of every visible paragraph (call on the FX thread). */
    static List<Word> words(ArticleArea area) {
        List<Word> out = new ArrayList<>();
        var paragraphs = area.textArea().getParagraphs();
        for (Node n : area.lookupAll(".paragraph-text")) {
            TextFlow flow = (TextFlow) n;
            StringBuilder content = new StringBuilder();
            for (Node c : flow.getChildrenUnmodifiable()) {
                if (c instanceof Text t) {
                    content.append(t.getText());
                }
            }
            int index = paragraphIndex(area, flow, paragraphs, content.toString());
            if (index < 0) {
                continue;
            }
            int offset = 0;
            for (Node c : flow.getChildrenUnmodifiable()) {
                if (c instanceof Text t) {
                    out.add(new Word(index, offset, offset + t.getText().length(), t, flow));
                    offset += t.getText().length();
                }
            }
        }
        return out;
    }

    private static int paragraphIndex(ArticleArea area, TextFlow flow, List<? extends Paragraph<?, ?, ?>> paragraphs,
                                      String content) {
        if (flow.getScene() == null) {
            return -1;
        }
        // The overlay beside the flow knows its paragraph.
        for (Node sibling : flow.getParent().getChildrenUnmodifiable()) {
            if (sibling instanceof ParagraphOverlay o) {
                return paragraphs.get(o.index()).getText().equals(content) ? o.index() : -1;
            }
        }
        return -1;
    }

    static int[] pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] out = new int[w * h];
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = r.getArgb(x, y);
            }
        }
        return out;
    }
}
