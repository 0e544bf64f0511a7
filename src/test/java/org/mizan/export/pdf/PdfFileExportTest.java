package org.mizan.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.io.UnusableInputException;

class PdfFileExportTest {

    @TempDir
    Path dir;

    static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void replacesAnExistingFileAndReportsProgressUpToOne() throws Exception {
        Path out = Files.write(dir.resolve("old.pdf"), new byte[] {1, 2, 3});
        List<Double> progress = new ArrayList<>();
        new PdfExporter().export(Fixtures.analysis(), Map.of(), out, progress::add);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(out), 5);
        assertArrayEquals("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), head);
        assertEquals(List.of(out), files(dir));
        assertEquals(1.0, progress.get(progress.size() - 1));
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), progress.toString());
        }
    }

    @Test
    void destinationThatIsAFolderIsUnusable() {
        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> new PdfExporter().export(Fixtures.analysis(), Map.of(), dir, null));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }

    @Test
    void cancelledExportLeavesNothingBehind() throws Exception {
        Path out = dir.resolve("x.pdf");
        String text = Fixtures.repeated(3);
        var analysis = Fixtures.analysis(text, org.mizan.model.Article.of(text, "x.txt"));
        List<Double> seen = new ArrayList<>();
        try {
            // cancelled part-way, as a UI task's cancel() interrupts the exporting thread
            assertThrows(CancellationException.class, () -> new PdfExporter().export(analysis, Map.of(), out, p -> {
                seen.add(p);
                if (p > 0.3) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(seen.get(seen.size() - 1) < 0.9, seen.toString());
        } finally {
            Thread.interrupted();
        }
        assertEquals(List.of(), files(dir));
    }
}
