package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    static final String TEXT = "قالت الحكومة إن المحادثات ستُستأنف غداً في العاصمة بمشاركة 12 وفداً.\n"
            + "وأكّد المتحدث أن الاتفاق لا يزال ممكناً رغم الخلافات.";

    @TempDir
    Path dir;

    @Test
    void writesAPdfOfTheArticle() throws Exception {
        Path in = Files.writeString(dir.resolve("خبر.txt"), TEXT, StandardCharsets.UTF_8);
        Path out = dir.resolve("خبر.pdf");
        CliContractTest.Run r = CliContractTest.run("export", "--pdf", out.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            assertTrue(text.contains("وأكّد المتحدث أن الاتفاق لا يزال ممكناً رغم الخلافات."), text);
            assertTrue(text.contains("خبر.txt") || text.contains("txt"), text);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void unwritableDestinationIsOneLineAndLeavesNoFile() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        // a path under a regular file cannot be created, whoever runs the test
        Path out = in.resolve("out.pdf");
        CliContractTest.Run r = CliContractTest.run("export", "--pdf", out.toString(), in.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("cannot write"), r.err());
        assertFalse(r.err().contains("at org."), r.err());

        Path missing = dir.resolve("no-such-folder").resolve("out.pdf");
        r = CliContractTest.run("export", "--pdf", missing.toString(), in.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("does not exist"), r.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void englishLabels() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        Path out = dir.resolve("a.pdf");
        assertEquals(0, CliContractTest.run("export", "--labels", "en", "--pdf", out.toString(), in.toString()).code());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Index of actors"));
        }
    }
}
