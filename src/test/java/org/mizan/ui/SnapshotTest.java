package org.mizan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.analysis.Engine;
import org.mizan.io.BundledSamples;

@Tag("ui")
class SnapshotTest {

    @Test
    void rendersTheDemoArticleHeadlessWithInkOnTheRightSide(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("reader.png");
        Snapshots.render(Engine.standard().analyze(BundledSamples.load(BundledSamples.DEMO)), 900, 600, png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(900, img.getWidth());
        assertEquals(600, img.getHeight());
        // Right-to-left text is right-aligned: the right third of the page carries more ink than the left third.
        assertTrue(ink(img, 600, 880) > ink(img, 20, 300), "RTL text should start at the right edge");
    }

    private static int ink(BufferedImage img, int x0, int x1) {
        int dark = 0;
        for (int y = 0; y < 300; y++) {
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
