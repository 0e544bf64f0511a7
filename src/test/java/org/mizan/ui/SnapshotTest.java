package org.mizan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.model.Article;

@Tag("ui")
class SnapshotTest {

    @Test
    void rendersTheWholeReaderWindowMirroredInArabicAndNotInEnglish(@TempDir Path dir) throws Exception {
        var analysis = ReaderFixture.pipeline().analyze(Article.of(ReaderFixture.ARTICLE, "roads.txt"));
        Path ar = dir.resolve("ar.png");
        Path en = dir.resolve("en.png");
        Snapshots.render(analysis, 1000, 700, ar, Language.ARABIC);
        Snapshots.render(analysis, 1000, 700, en, Language.ENGLISH);
        BufferedImage a = ImageIO.read(ar.toFile());
        BufferedImage e = ImageIO.read(en.toFile());
        assertEquals(1000, a.getWidth());
        assertEquals(700, a.getHeight());
        // The article is right-aligned in its pane; the side panel sits left of it in Arabic
        // (mirrored layout) and right of it in English.
        assertTrue(ink(a, 700, 990, 110, 330) > 500, "Arabic: article text starts at the right");
        assertTrue(ink(e, 360, 640, 110, 330) > 500, "English: article text starts right of the centre");
        assertTrue(panel(a, 0, 300) > 10 * panel(a, 700, 1000), "Arabic: the side panel is on the left");
        assertTrue(panel(e, 700, 1000) > 10 * panel(e, 0, 300), "English: the side panel is on the right");
    }

    /** Pixels of the side panel's light grey background (#f6f6f4 legend, #fbfbfa panel) in a column band. */
    private static int panel(BufferedImage img, int x0, int x1) {
        int n = 0;
        for (int y = 100; y < img.getHeight() - 40; y += 2) {
            for (int x = x0; x < x1; x += 2) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                if (rgb == 0xf6f6f4 || rgb == 0xfbfbfa) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int ink(BufferedImage img, int x0, int x1, int y0, int y1) {
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (lum < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
