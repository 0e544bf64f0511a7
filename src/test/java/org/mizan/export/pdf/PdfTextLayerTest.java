package org.mizan.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.model.Analysis;
import org.mizan.model.Article;

/**
 * The PDF's text layer holds the logical Arabic letters, so that copying and searching work in viewers
 * that do not normalise: each glyph's ToUnicode text is one plain letter (never a presentation form, never
 * two letters for one glyph), and a right-to-left line read back right to left is the article's text,
 * character for character. Nothing here is normalised. The text is the project's own (fictional people).
 */
class PdfTextLayerTest {

    /** The first paragraph is the title; each of the others fits on one line of the page. */
    static final String TITLE = "تقرير للاختبار";
    static final String PLAIN = "قالت الوزيرة سلمى الراشد إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.";
    static final String LAM_ALEF = "لا أحد يعلم متى تنتهي الأزمة، ولا يبدو الحل قريباً، إلا أن الآمال باقية.";
    static final String VOWELLED = "إِنَّ العِلْمَ نُورٌ، وَلَا يَضِلُّ مَنْ طَلَبَهُ، وَلَآ يَخِيبُ سَائِلُهُ.";
    static final String MIXED = "أعلنت شركة NovaTech يوم 12 مارس 2024 أن أرباحها بلغت 35 مليون دولار.";
    static final String BRACKETS = "وصلت نسبة الإشغال إلى 95% بحسب موقع https://example.org (نقلاً عن مصادر).";
    static final String TEXT = String.join("\n", TITLE, PLAIN, LAM_ALEF, VOWELLED, MIXED, BRACKETS);

    static byte[] pdf;

    @BeforeAll
    static void export() throws IOException {
        pdf = write(TEXT, "text-layer.txt");
    }

    static byte[] write(String text, String name) throws IOException {
        Analysis plain = new Analysis(Article.of(text, name), List.of(), List.of(), List.of(), List.of(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(plain, Map.of(), out, null);
        return out.toByteArray();
    }

    /** Every glyph of every page with its ToUnicode text, in content-stream order (no normalisation). */
    static List<TextPosition> glyphs(PDDocument doc) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                all.add(text);
            }
        };
        collector.getText(doc);
        return all;
    }

    /** The glyph texts of each line of the first page, in content order, keyed by baseline. */
    static Map<Integer, String> linesOfFirstPage(PDDocument doc) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                all.add(text);
            }
        };
        collector.setEndPage(1);
        collector.getText(doc);
        Map<Integer, StringBuilder> lines = new TreeMap<>();
        for (TextPosition t : all) {
            lines.computeIfAbsent(Math.round(t.getYDirAdj()), y -> new StringBuilder()).append(t.getUnicode());
        }
        Map<Integer, String> out = new TreeMap<>();
        lines.forEach((y, s) -> out.put(y, s.toString()));
        return out;
    }

    /** Arabic presentation forms A and B (U+FEFF, the byte order mark, is not one). */
    static boolean presentationForm(int cp) {
        return cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFE;
    }

    /** A right-to-left line as drawn (left to right) read right to left, as a reader of it does. */
    static String readRightToLeft(String visual) {
        return new StringBuilder(visual).reverse().toString().strip();
    }

    @Test
    void everyGlyphStandsForOnePlainCharacterNeverAPresentationForm() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<TextPosition> glyphs = glyphs(doc);
            assertTrue(glyphs.size() > 200, "glyphs " + glyphs.size());
            for (TextPosition t : glyphs) {
                String u = t.getUnicode();
                assertEquals(1, u.codePointCount(0, u.length()), "one character per glyph: '" + u + "'");
                assertTrue(!presentationForm(u.codePointAt(0)), "presentation form U+" + Integer.toHexString(u.codePointAt(0)));
            }
        }
    }

    @Test
    void arabicLinesReadRightToLeftAreTheArticlesTextExactly() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> read = linesOfFirstPage(doc).values().stream().map(PdfTextLayerTest::readRightToLeft).toList();
            // a plain line, lam-alef ligatures (لا، ولا، الأزمة، إلا، الآمال) and a fully vowelled line whose
            // marks sit between a lam and its alef (وَلَا، وَلَآ): every letter and mark in its logical place
            for (String paragraph : List.of(PLAIN, LAM_ALEF, VOWELLED)) {
                assertTrue(read.contains(paragraph), paragraph + " not among " + read);
            }
        }
    }

    @Test
    void textExtractionGivesLogicalLettersForLigaturesAndMarks() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String s : List.of("لا أحد يعلم", "ولا يبدو الحل", "إلا أن الآمال", "الأزمة", "وَلَا يَضِلُّ",
                    "وَلَآ يَخِيبُ", "إِنَّ العِلْمَ نُورٌ")) {
                assertTrue(text.contains(s), s + " not in " + text);
            }
        }
    }

    @Test
    void mixedArabicLatinAndDigitsLineComesBackInLogicalOrder() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(MIXED), MIXED + " not in " + text);
            assertTrue(text.contains(BRACKETS), BRACKETS + " not in " + text);
            // and the glyphs themselves are plain letters, digits and Latin, nothing to normalise
            String line = linesOfFirstPage(doc).values().stream().filter(l -> l.contains("NovaTech")).findFirst()
                    .orElseThrow();
            assertTrue(line.contains("ةكرش") && line.contains("2024"), line);
        }
    }

    @Test
    void syriaArticleWordsComeBackExactlyAndInOrder() throws IOException {
        Path article = Path.of("../shared/articles/syria-withdrawal.txt");
        assumeTrue(Files.isRegularFile(article), "shared article not present");
        String text = Files.readString(article, StandardCharsets.UTF_8);
        try (PDDocument doc = Loader.loadPDF(write(text, "syria.txt"))) {
            String extracted = new PDFTextStripper().getText(doc);
            assertEquals(1.0, WordRecall.exactRecall(text, extracted), 0.0);
            for (TextPosition t : glyphs(doc)) {
                assertEquals(1, t.getUnicode().codePointCount(0, t.getUnicode().length()), t.getUnicode());
                assertTrue(!presentationForm(t.getUnicode().codePointAt(0)), t.getUnicode());
            }
        }
    }
}
