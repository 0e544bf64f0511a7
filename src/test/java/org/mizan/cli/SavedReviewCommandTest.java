package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.io.Anchors;
import org.mizan.io.ReviewStore;
import org.mizan.model.ActorCorrection;
import org.mizan.model.ContradictionKind;
import org.mizan.model.CorrectionAction;
import org.mizan.model.EntityType;
import org.mizan.model.Review;
import org.mizan.model.ReviewStatus;

/** The headless commands use the review the app saved beside the article: verdicts, notes, corrections. */
class SavedReviewCommandTest {

    static final String TEXT = "قال وزير المالية سامر الخطيب إن الحكومة أنفقت 120 مليون دولار على إصلاح الطرق خلال عام 2023.\n"
            + "لكن مصدرا في البلدية أكد أن الحكومة أنفقت 80 مليون دولار على إصلاح الطرق خلال عام 2023.\n";
    static final String FIRST = "الحكومة أنفقت 120 مليون دولار على إصلاح الطرق خلال عام 2023";
    static final String SECOND = "الحكومة أنفقت 80 مليون دولار على إصلاح الطرق خلال عام 2023";
    static final String NOTE = "رقم الوزارة منشور في الجريدة الرسمية";

    @TempDir
    Path dir;

    private Path articleWithReview() throws Exception {
        Path article = Files.writeString(dir.resolve("طرق.txt"), TEXT, StandardCharsets.UTF_8);
        int a = TEXT.indexOf(FIRST);
        int b = TEXT.indexOf(SECOND);
        int samer = TEXT.indexOf("سامر الخطيب");
        int dollar = TEXT.indexOf("دولار");
        Review verdict = new Review(Anchors.of(TEXT, a, a + FIRST.length()), Anchors.of(TEXT, b, b + SECOND.length()),
                ContradictionKind.NUMERIC, ReviewStatus.CONFIRMED, NOTE);
        Review.Sheet sheet = Review.Sheet.of(List.of(verdict,
                new ActorCorrection(Anchors.of(TEXT, samer, samer + "سامر الخطيب".length()), CorrectionAction.CHANGE,
                        Optional.of(EntityType.PERSON), Optional.of("الوزير سامر الخطيب")),
                new ActorCorrection(Anchors.of(TEXT, dollar, dollar + "دولار".length()), CorrectionAction.REMOVE,
                        Optional.empty(), Optional.empty())));
        Path saved = new ReviewStore(dir.resolve("data")).save(article, sheet, TEXT);
        assertEquals(dir.resolve("طرق.txt" + ReviewStore.SUFFIX), saved);
        return article;
    }

    @Test
    void pdfExportShowsTheSavedVerdictNoteAndCorrections() throws Exception {
        Path article = articleWithReview();
        Path pdf = dir.resolve("طرق.pdf");
        CliContractTest.Run r = CliContractTest.run("export", "--labels", "en", "--pdf", pdf.toString(), article.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(ReviewStore.SUFFIX), r.out());
        String text = pdfText(pdf);
        assertTrue(text.contains("Confirmed"), text);
        assertTrue(text.contains(NOTE), text);
        assertTrue(text.contains("الوزير سامر الخطيب"), "the corrected canonical name is in the index: " + text);

        Path plain = dir.resolve("بلا-مراجعة.pdf");
        r = CliContractTest.run("export", "--no-review", "--labels", "en", "--pdf", plain.toString(), article.toString());
        assertEquals(0, r.code(), r.err());
        String without = pdfText(plain);
        assertFalse(without.contains(NOTE), without);
        assertFalse(without.contains("الوزير سامر الخطيب"), without);
    }

    @Test
    void analyzeJsonAddsReviewStatusesAndAppliesCorrections() throws Exception {
        Path article = articleWithReview();
        CliContractTest.Run r = CliContractTest.run("analyze", article.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("review_file").asText().endsWith(ReviewStore.SUFFIX));
        JsonNode x = json.get("contradictions").get(0);
        assertEquals("CONFIRMED", x.get("review").get("status").asText(), x.toString());
        assertEquals(NOTE, x.get("review").get("note").asText());
        // The contract's fields are all still there.
        for (String key : new String[] {"id", "kind", "claims", "score", "explanation"}) {
            assertTrue(x.has(key), key);
        }
        int dollar = TEXT.indexOf("دولار");
        for (JsonNode e : json.get("entities")) {
            assertFalse(e.get("start").asInt() == dollar, "the removed mention is gone: " + e);
            if (e.get("text").asText().equals("سامر الخطيب")) {
                assertEquals("الوزير سامر الخطيب", e.get("canonical").asText());
            }
        }

        JsonNode plain = new ObjectMapper().readTree(CliContractTest.run("analyze", "--no-review", article.toString()).out());
        assertFalse(plain.has("review_file"));
        assertFalse(plain.get("contradictions").get(0).has("review"));
    }

    /** A claim the engine misses (no reporting verb), marked by the reader, and a note of the reader's own. */
    private Path articleWithReaderClaimAndNote() throws Exception {
        String text = org.mizan.analysis.ReaderClaimsTest.TEXT;
        Path article = Files.writeString(dir.resolve("الرمادي.txt"), text, StandardCharsets.UTF_8);
        String claim = "الجيش لم ينسحب من مدينة الرمادي";
        String noted = "الأحياء الشرقية";
        int c = text.indexOf(claim);
        int n = text.indexOf(noted);
        Review.Sheet sheet = Review.Sheet.of(List.of(
                new org.mizan.model.ClaimCorrection(Anchors.of(text, c, c + claim.length()), CorrectionAction.ADD,
                        Optional.empty(), Optional.of(org.mizan.model.Polarity.AFFIRMED)),
                new org.mizan.model.Note(Anchors.of(text, n, n + noted.length()), READER_NOTE)));
        new ReviewStore(dir.resolve("data")).save(article, sheet, text);
        return article;
    }

    static final String READER_NOTE = "اسأل مراسلنا في الرمادي عن الأحياء الشرقية";

    @Test
    void theReadersClaimTakesPartInTheContradictionsOfAnalyzeAndIsMarkedAsTheirs() throws Exception {
        Path article = articleWithReaderClaimAndNote();
        CliContractTest.Run r = CliContractTest.run("analyze", article.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        String mine = null;
        for (JsonNode c : json.get("claims")) {
            if (c.path("added_by_reader").asBoolean(false)) {
                assertEquals("الجيش لم ينسحب من مدينة الرمادي", c.get("text").asText());
                assertEquals("NEGATED", c.get("polarity").asText());
                mine = c.get("id").asText();
            } else {
                assertFalse(c.has("added_by_reader"), "the engine's claims keep the contract's fields only: " + c);
            }
        }
        assertTrue(mine != null, json.get("claims").toString());
        boolean conflict = false;
        for (JsonNode x : json.get("contradictions")) {
            conflict |= x.get("kind").asText().equals("POLARITY") && x.get("claims").toString().contains(mine);
        }
        assertTrue(conflict, json.get("contradictions").toString());
        assertEquals(0, new ObjectMapper().readTree(CliContractTest.run("analyze", "--no-review", article.toString())
                .out()).get("contradictions").size(), "without the reader's claim there is nothing to contradict");
    }

    @Test
    void pdfExportCarriesTheReadersNoteAsAHighlightAndInTheNotesList() throws Exception {
        Path article = articleWithReaderClaimAndNote();
        Path pdf = dir.resolve("الرمادي.pdf");
        CliContractTest.Run r = CliContractTest.run("export", "--pdf", pdf.toString(), article.toString());
        assertEquals(0, r.code(), r.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> highlights = new java.util.ArrayList<>();
            List<String> underlines = new java.util.ArrayList<>();
            for (var page : doc.getPages()) {
                for (var a : page.getAnnotations()) {
                    if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight) {
                        highlights.add(a.getContents());
                    } else if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup) {
                        underlines.add(a.getContents());
                    }
                }
            }
            assertTrue(highlights.contains(READER_NOTE), highlights.toString());
            assertTrue(underlines.stream().anyMatch(u -> u.contains("أضافه القارئ") && u.contains("تناقض")),
                    "the reader's claim, marked as theirs, with its contradiction: " + underlines);
        }
        String text = pdfText(pdf);
        assertTrue(text.contains("ملاحظات القارئ"), text);
        assertTrue(text.contains(Normalizer.normalize(READER_NOTE, Normalizer.Form.NFKC)), text);
    }

    @Test
    void aDamagedReviewFileIsOneLineAndExitTwo() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.txt" + ReviewStore.SUFFIX), "{not json", StandardCharsets.UTF_8);
        CliContractTest.Run r = CliContractTest.run("export", "--pdf", dir.resolve("a.pdf").toString(), article.toString());
        assertEquals(Cli.BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("review file") && r.err().contains("--no-review"), r.err());
        assertFalse(Files.exists(dir.resolve("a.pdf")));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
        }
    }
}
