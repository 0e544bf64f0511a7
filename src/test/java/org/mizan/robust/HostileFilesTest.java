package org.mizan.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.io.ArticleReader;
import org.mizan.io.ReadLimits;
import org.mizan.io.UnusableInputException;
import org.mizan.model.Article;

/**
 * Files built to exhaust the reader: entity expansion, text beyond the limits, nesting deep enough
 * to overflow a recursive walker. Each ends quickly with either an article or one clear refusal.
 * (Plain size limits, zip bombs and external entities in .docx are covered by the io tests.)
 */
class HostileFilesTest {

    private static final String SENTENCE = "قال وزير المالية إن العجز بلغ 3 مليارات دولار.";
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void billionLaughsInAWordDocumentIsRefused() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"قال قال قال قال قال قال قال قال قال قال\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>&g;</w:t></w:r></w:p></w:body></w:document>";
        Path file = Files.write(dir.resolve("laughs.docx"), FuzzTargets.docxWithDocumentXml(xml.getBytes(StandardCharsets.UTF_8)));
        String message = refused(file, new ArticleReader());
        assertTrue(message.contains("DOCTYPE"), message);
    }

    @Test
    void wordDocumentWithMoreTextThanTheLimitIsRefused() throws Exception {
        String paragraphs = ("<w:p><w:r><w:t>" + SENTENCE + "</w:t></w:r></w:p>").repeat(200);
        String xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + paragraphs + "</w:body></w:document>";
        Path file = Files.write(dir.resolve("long.docx"), FuzzTargets.docxWithDocumentXml(xml.getBytes(StandardCharsets.UTF_8)));
        ReadLimits tight = new ReadLimits(ReadLimits.DEFAULT_MAX_FILE_BYTES, 5_000, 100L * 1024 * 1024, 0.001);
        refused(file, new ArticleReader(tight));
        assertTrue(read(file, new ArticleReader()).text().contains("العجز بلغ"), "readable under the default limits");
    }

    @Test
    void textFileWithMoreTextThanTheLimitIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("long.txt"), (SENTENCE + "\n").repeat(500));
        ReadLimits tight = new ReadLimits(ReadLimits.DEFAULT_MAX_FILE_BYTES, 5_000, 100L * 1024 * 1024, 0.01);
        refused(file, new ArticleReader(tight));
    }

    @Test
    void htmlNestedOneHundredThousandDeepIsReadWithoutOverflow() throws Exception {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>" + SENTENCE + "</p>" + "</div>".repeat(100_000)
                + "</body></html>";
        Path file = Files.writeString(dir.resolve("deep.html"), html);
        readOrRefuse(file);
    }

    @Test
    void htmlWithOneHundredThousandUnclosedInlineTagsIsReadWithoutOverflow() throws Exception {
        Path file = Files.writeString(dir.resolve("unclosed.html"), "<html><body><p>" + "<b><i>".repeat(50_000) + SENTENCE);
        readOrRefuse(file);
    }

    @Test
    void markdownNestedOneHundredThousandDeepIsReadWithoutOverflow() throws Exception {
        String md = ">".repeat(100_000) + " " + SENTENCE + "\n\n" + SENTENCE + "\n";
        readOrRefuse(Files.writeString(dir.resolve("quotes.md"), md));
    }

    @Test
    void markdownWithDeeplyNestedListsAndEmphasisIsReadWithoutOverflow() throws Exception {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            md.append("  ".repeat(i)).append("- ").append(i).append('\n');
        }
        md.append("*".repeat(50_000)).append(SENTENCE).append("_".repeat(50_000)).append('\n');
        md.append("[".repeat(50_000)).append(SENTENCE).append("](".repeat(20_000)).append('\n');
        readOrRefuse(Files.writeString(dir.resolve("lists.md"), md.toString()));
    }

    @Test
    void wordDocumentNestedTenThousandTablesDeepIsReadOrRefused() throws Exception {
        String cell = "<w:tbl><w:tr><w:tc>";
        String close = "<w:p/></w:tc></w:tr></w:tbl>";
        String xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + cell.repeat(10_000) + "<w:p><w:r><w:t>" + SENTENCE + "</w:t></w:r></w:p>" + close.repeat(10_000)
                + "<w:p><w:r><w:t>" + SENTENCE + "</w:t></w:r></w:p></w:body></w:document>";
        readOrRefuse(Files.write(dir.resolve("tables.docx"), FuzzTargets.docxWithDocumentXml(xml.getBytes(StandardCharsets.UTF_8))));
    }

    /** Either outcome is fine; a crash, an Error or a hang is not. Whatever is read gets analysed too. */
    private static void readOrRefuse(Path file) {
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                Article a = new ArticleReader().read(file);
                assertFalse(a.text().isBlank());
                AnalysisInvariants.check(Guarded.analyze(a));
            } catch (UnusableInputException e) {
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
            }
        });
    }

    private static Article read(Path file, ArticleReader reader) {
        return assertTimeoutPreemptively(BOUND, () -> reader.read(file));
    }

    private static String refused(Path file, ArticleReader reader) {
        UnusableInputException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(UnusableInputException.class, () -> reader.read(file)));
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }
}
