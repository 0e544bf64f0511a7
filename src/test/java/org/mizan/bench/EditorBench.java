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
 *   <li>a single 5,000-word paragraph: FX-thread CPU time from setArticleText to laid out (target
 *       under 300 ms);</li>
 *   <li>a 2 MB article of normal paragraphs: open, highlight, scroll through, with the longest
 *       FX-thread stall (the most FX-thread CPU between two frames while that happens, see
 *       {@link FxStallProbe}; target under 100 ms).</li>
 * </ol>
 * With {@code -Dbench.profile=true} each stall is followed by the frames the FX thread was in.
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
            long[] t = onFx(() -> {
                long w0 = System.nanoTime();
                long c0 = fxCpuNanos();
                area.setArticleText(longParagraph);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                return new long[] {(fxCpuNanos() - c0) / 1_000_000, (System.nanoTime() - w0) / 1_000_000};
            });
            System.out.printf("5,000-word paragraph (%,d chars): set and laid out in %d ms FX-thread CPU, %d ms wall%n",
                    longParagraph.length(), t[0], t[1]);
        }

        String big = article(2_000_000);
        List<Highlight> highlights = highlights(big);
        FxStallProbe watch = onFx(() -> {
            FxStallProbe p = new FxStallProbe();
            p.start();
            return p;
        });
        Thread.sleep(300);
        onFx(() -> {
            watch.reset();
            return null;
        });
        long cpuOpen = onFx(EditorBench::fxCpuNanos);
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
        long cpuLoaded = (onFx(EditorBench::fxCpuNanos) - cpuOpen) / 1_000_000;
        System.out.printf("2 MB article (%,d chars, %,d paragraphs): first screen in %d ms, fully loaded in %d ms wall, "
                + "%d ms FX-thread CPU in all; longest FX stall while loading %d ms FX-thread CPU (%d ms wall)%n%s",
                big.length(), onFx(() -> area.textArea().getParagraphs().size()), open, loaded, cpuLoaded,
                watch.maxCpuGapMs(), watch.maxWallGapMs(), "  " + watch.distribution() + "\n" + watch.describeLongest());
        onFx(() -> {
            watch.reset();
            return null;
        });
        long[] hl = onFx(() -> {
            long w = System.nanoTime();
            long c = fxCpuNanos();
            area.setHighlights(highlights);
            return new long[] {(fxCpuNanos() - c) / 1_000_000, (System.nanoTime() - w) / 1_000_000};
        });
        Thread.sleep(300);
        System.out.printf("%,d highlights set in %d ms FX-thread CPU (%d ms wall); longest FX stall %d ms FX-thread CPU (%d ms wall)%n%s",
                highlights.size(), hl[0], hl[1], watch.maxCpuGapMs(), watch.maxWallGapMs(), watch.describeLongest());
        onFx(() -> {
            watch.reset();
            return null;
        });
        long cpu0 = onFx(EditorBench::fxCpuNanos);
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
        // 400 frames take minutes of wall time on a loaded shared machine (pulses wait for a core)
        scrolled.get(900, TimeUnit.SECONDS);
        long cpu = onFx(EditorBench::fxCpuNanos) - cpu0;
        System.out.printf("scrolled %d steps (700 px, every 50th a 60,000 px jump): longest FX stall %d ms FX-thread CPU "
                + "(%d ms wall); FX-thread CPU %.1f ms per step (load average now %.1f on %d cores)%n%s",
                steps, watch.maxCpuGapMs(), watch.maxWallGapMs(), cpu / 1e6 / steps,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), "  " + watch.distribution() + "\n" + watch.describeLongest());
        Platform.exit();
        System.exit(0);
    }

    /** CPU time of the calling thread: the FX thread's own work, whatever else the machine is doing. */
    private static long fxCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
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
}
