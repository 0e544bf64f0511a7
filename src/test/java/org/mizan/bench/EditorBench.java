package org.mizan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mizan.model.Span;
import org.mizan.ui.Snapshots;
import org.mizan.ui.editor.ArticleArea;
import org.mizan.ui.editor.Highlight;

/**
 * Editor speed, headless (a plain main, not a test):
 * <ol>
 *   <li>a single 5,000-word paragraph: time from setArticleText to laid out (target under 300 ms);</li>
 *   <li>a 2 MB article of normal paragraphs: open, highlight, scroll through, with the longest
 *       FX-thread stall (the longest gap between frames while that happens; target under 100 ms).</li>
 * </ol>
 * Run: {@code mvn -o -q test-compile} then
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.mizan.bench.EditorBench}.
 */
public final class EditorBench {

    private static final String[] WORDS = ("أعلنت وزارة الداخلية في بيان أن الحكومة ستفرج عن 120 محتجزا خلال ثلاثة أشهر، "
            + "وقال المتحدث سالم الحداد إن القرار جاء بعد مفاوضات طويلة مع منظمة \"العدالة أولا\" ووكالة Reuters "
            + "التي نقلت عن مصادر أن نحو 40% من المحتجزين ما زالوا في السجون منذ عام 2024.").split(" ");

    private EditorBench() {
    }

    public static void main(String[] args) throws Exception {
        Snapshots.preferHeadless();
        System.setProperty("headless.geometry", "1920x1200-32");
        Snapshots.startToolkit();
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new ArticleArea(), 1100, 800));
            s.show();
            return s;
        });
        ArticleArea area = onFx(() -> (ArticleArea) stage.getScene().getRoot());

        // Warm up the code paths once so the figures are not class loading.
        onFx(() -> {
            area.setArticleText(paragraph(600));
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return null;
        });

        String longParagraph = paragraph(5000);
        for (int run = 0; run < 3; run++) {
            long ms = onFx(() -> {
                long t0 = System.nanoTime();
                area.setArticleText(longParagraph);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                return (System.nanoTime() - t0) / 1_000_000;
            });
            System.out.printf("5,000-word paragraph (%,d chars): set and laid out in %d ms%n", longParagraph.length(), ms);
        }

        String big = article(2_000_000);
        List<Highlight> highlights = highlights(big);
        FrameWatch watch = new FrameWatch();
        onFx(() -> {
            watch.start();
            return null;
        });
        Thread.sleep(300);
        watch.reset();
        long open = onFx(() -> {
            long t0 = System.nanoTime();
            area.setArticleText(big);
            return (System.nanoTime() - t0) / 1_000_000;
        });
        long t0 = System.nanoTime();
        while (onFx(() -> area.loadingProperty().get())) {
            Thread.sleep(20);
        }
        long loaded = (System.nanoTime() - t0) / 1_000_000 + open;
        System.out.printf("2 MB article (%,d chars, %,d paragraphs): first screen in %d ms, fully loaded in %d ms, "
                + "longest frame gap while loading %d ms%n", big.length(),
                onFx(() -> area.textArea().getParagraphs().size()), open, loaded, watch.maxGapMs());
        watch.reset();
        long hl = onFx(() -> {
            long t = System.nanoTime();
            area.setHighlights(highlights);
            return (System.nanoTime() - t) / 1_000_000;
        });
        Thread.sleep(200);
        System.out.printf("%,d highlights set in %d ms, longest frame gap %d ms%n", highlights.size(), hl, watch.maxGapMs());
        watch.reset();
        int steps = 400;
        CompletableFuture<Void> scrolled = new CompletableFuture<>();
        onFx(() -> {
            new AnimationTimer() {
                int n;

                @Override
                public void handle(long now) {
                    area.textArea().scrollYBy(n % 50 == 49 ? 60_000 : 700);
                    if (++n == steps) {
                        stop();
                        scrolled.complete(null);
                    }
                }
            }.start();
            return null;
        });
        scrolled.get(120, TimeUnit.SECONDS);
        System.out.printf("scrolled %d steps (700 px, every 50th a 60,000 px jump): longest frame gap %d ms, mean %.1f ms%n",
                steps, watch.maxGapMs(), watch.meanGapMs());
        Platform.exit();
        System.exit(0);
    }

    private static String paragraph(int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[(i * 7 + i / WORDS.length) % WORDS.length]);
        }
        return sb.toString();
    }

    private static String article(int chars) {
        StringBuilder sb = new StringBuilder(chars + 1000);
        int p = 0;
        while (sb.length() < chars) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(paragraph(40 + (p++ * 37) % 120));
        }
        return sb.toString();
    }

    private static List<Highlight> highlights(String text) {
        List<Highlight> out = new ArrayList<>();
        String[] classes = {"hl-person", "hl-org", "hl-figure", "hl-claim-cue"};
        int i = 0;
        for (String needle : new String[] {"سالم الحداد", "وزارة الداخلية", "120 محتجزا", "وقال"}) {
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
                out.add(new Highlight(new Span(at, at + needle.length()), classes[i]));
            }
            i++;
        }
        return out;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    /** Records the gaps between frames: a gap is how long the FX thread could not draw. */
    private static final class FrameWatch extends AnimationTimer {
        private long last;
        private volatile long max;
        private volatile long sum;
        private volatile long count;

        @Override
        public void handle(long now) {
            if (last != 0) {
                long gap = now - last;
                max = Math.max(max, gap);
                sum += gap;
                count++;
            }
            last = now;
        }

        void reset() throws Exception {
            onFx(() -> {
                last = 0;
                max = 0;
                sum = 0;
                count = 0;
                return null;
            });
        }

        long maxGapMs() {
            return max / 1_000_000;
        }

        double meanGapMs() {
            return count == 0 ? 0 : sum / 1e6 / count;
        }
    }
}
