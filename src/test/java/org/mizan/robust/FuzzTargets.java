package org.mizan.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.mizan.io.ArticleReader;
import org.mizan.io.UnusableInputException;
import org.mizan.model.Article;

/**
 * What the fuzz tests do with each input: write it as a file, read it the way the app does, and
 * analyse what was read. A clear {@link UnusableInputException} is the one acceptable refusal; any
 * other exception, a hang, a changed file or a broken invariant is a finding.
 */
final class FuzzTargets {

    private static final ArticleReader READER = new ArticleReader();
    private static final Path DIR = tempDir();

    private FuzzTargets() {
    }

    /** Reads {@code bytes} as a file called {@code article.<extension>} and analyses the article. */
    static void readAndAnalyze(byte[] bytes, String extension) {
        Path file = DIR.resolve("article." + extension);
        try {
            Files.write(file, bytes);
            Article article;
            try {
                article = READER.read(file);
            } catch (UnusableInputException refused) {
                assertOneLine(refused.getMessage());
                return;
            } finally {
                assertArrayEquals(bytes, Files.readAllBytes(file), "reading changed the file");
            }
            AnalysisInvariants.check(Guarded.analyze(article));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes as the pipeline would see text from any source, then analyses it. */
    static void analyze(String text) {
        Guarded.analyzeAndCheck(text);
    }

    /** A minimal Word package whose main part is {@code documentXml}, to fuzz the XML POI parses. */
    static byte[] docxWithDocumentXml(byte[] documentXml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    </Types>""".getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/></Relationships>""".getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", documentXml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** The UI shows the message in one line: no stack trace, no line breaks. */
    private static void assertOneLine(String message) {
        if (message == null || message.isBlank() || message.contains("\n")) {
            throw new AssertionError("refusal message is not one line: " + AnalysisInvariants.quote(message));
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("mizan-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
