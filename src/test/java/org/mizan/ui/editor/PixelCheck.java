package org.mizan.ui.editor;

import static org.mizan.ui.editor.FxSupport.call;
import static org.mizan.ui.editor.FxSupport.run;
import static org.mizan.ui.editor.FxSupport.settle;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.mizan.model.Span;

/**
 * Compares a highlight with the glyphs it is for, in two snapshots: one with the span's words
 * drawn in red (where JavaFX really draws them) and no highlight, one with only the highlight.
 * The glyph area of each line is the red ink's horizontal extent over the height of that line's
 * Text nodes, grown by a margin (one pixel of antialiasing sideways for fills; a border's width
 * for borders, which are drawn around the glyphs).
 *
 * @param coverage      share of the glyph area painted (highlight colour or text over it)
 * @param outside       share of the highlight colour that lies outside the glyph area
 * @param colourInside  1 - outside
 * @param lines         number of lines the span's glyphs are on
 */
record PixelCheck(double coverage, double outside, double colourInside, int lines, int inkPixels, int colourPixels) {

    /**
     * @param margin pixels added on each side of the ink's horizontal extent: 1 for antialiasing;
     *               a border is drawn around the glyphs, so it is measured with its width added
     */
    static PixelCheck measure(ArticleArea area, Stage stage, Span span, String styleClass, int margin) {
        run(() -> {
            area.setHighlights(List.of());
            area.reveal(span);
        });
        settle();
        List<FxSupport.Word> marked = call(() -> {
            List<FxSupport.Word> out = new ArrayList<>();
            for (FxSupport.Word w : FxSupport.words(area)) {
                int ps = area.textArea().getAbsolutePosition(w.paragraph(), 0);
                String par = area.textArea().getParagraph(w.paragraph()).getText();
                int s = Math.max(span.start(), ps) - ps;
                int e = Math.min(span.end(), ps + par.length()) - ps;
                if (s >= e) {
                    continue;
                }
                Span d = WordSpans.display(par, new Span(s, e));
                if (w.start() >= d.start() && w.start() < d.end()) {
                    w.node().getStyleClass().add("probe-ink");
                    out.add(w);
                }
            }
            return out;
        });
        if (marked.isEmpty()) {
            throw new AssertionError("span " + span + " is not on screen");
        }
        settle();
        WritableImage inkImage = call(() -> stage.getScene().snapshot(null));
        List<double[]> bands = call(() -> {
            List<double[]> out = new ArrayList<>();
            for (FxSupport.Word w : marked) {
                Bounds b = w.scene();
                double[] band = out.stream().filter(x -> Math.abs(x[0] - b.getMinY()) < 2).findFirst().orElse(null);
                if (band == null) {
                    out.add(new double[] {b.getMinY(), b.getMaxY()});
                } else {
                    band[1] = Math.max(band[1], b.getMaxY());
                }
            }
            for (FxSupport.Word w : marked) {
                w.node().getStyleClass().remove("probe-ink");
            }
            area.setHighlights(List.of(new Highlight(span, styleClass)));
            return out;
        });
        settle();
        WritableImage lit = call(() -> stage.getScene().snapshot(null));
        if (System.getProperty("mizan.pixeldump") != null) {
            try {
                org.mizan.ui.Snapshots.writePng(lit, java.nio.file.Path.of(System.getProperty("mizan.pixeldump") + "-" + styleClass + "-" + span.start() + ".png"));
                org.mizan.ui.Snapshots.writePng(inkImage, java.nio.file.Path.of(System.getProperty("mizan.pixeldump") + "-ink-" + span.start() + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        int width = (int) inkImage.getWidth();
        int height = (int) inkImage.getHeight();
        int[] ink = call(() -> FxSupport.pixels(inkImage));
        int[] hl = call(() -> FxSupport.pixels(lit));
        boolean[] glyphArea = new boolean[width * height];
        int inkPixels = 0;
        for (double[] band : bands) {
            int y0 = Math.max(0, (int) Math.ceil(band[0]) - (margin - 1));
            int y1 = Math.min(height, (int) Math.floor(band[1]) + (margin - 1));
            int minX = Integer.MAX_VALUE;
            int maxX = Integer.MIN_VALUE;
            for (int y = y0; y < y1; y++) {
                for (int x = 0; x < width; x++) {
                    if (red(ink[y * width + x])) {
                        minX = Math.min(minX, x);
                        maxX = Math.max(maxX, x);
                        inkPixels++;
                    }
                }
            }
            if (minX > maxX) {
                continue;
            }
            for (int y = y0; y < y1; y++) {
                for (int x = Math.max(0, minX - margin); x <= Math.min(width - 1, maxX + margin); x++) {
                    glyphArea[y * width + x] = true;
                }
            }
        }
        int area0 = 0;
        int painted = 0;
        int colour = 0;
        int colourIn = 0;
        for (int i = 0; i < hl.length; i++) {
            boolean probe = probe(hl[i]);
            if (glyphArea[i]) {
                area0++;
                if (!white(hl[i])) {
                    painted++;
                }
            }
            if (probe) {
                colour++;
                if (glyphArea[i]) {
                    colourIn++;
                }
            }
        }
        double coverage = area0 == 0 ? 0 : painted / (double) area0;
        double inside = colour == 0 ? 0 : colourIn / (double) colour;
        return new PixelCheck(coverage, colour == 0 ? 1 : 1 - inside, inside, bands.size(), inkPixels, colour);
    }

    static boolean red(int argb) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        return r > 170 && g < 120 && b < 120;
    }

    static boolean probe(int argb) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        return r < 100 && g > 140 && b > 190;
    }

    static boolean white(int argb) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        return r > 235 && g > 235 && b > 235;
    }

    static boolean dark(int argb) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        return r < 160 && g < 160 && b < 160;
    }
}
