package org.mizan.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquiggly;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationUnderline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Figure;
import org.mizan.model.Mention;
import org.mizan.model.ReviewStatus;
import org.mizan.model.Span;

class PdfExportTest {

    static final Map<String, ReviewDecision> DECISIONS =
            Map.of("x1", new ReviewDecision(ReviewStatus.CONFIRMED, "الرقمان من مصدرين مختلفين"));

    static Analysis analysis;
    static byte[] pdf;

    @BeforeAll
    static void export() throws IOException {
        analysis = Fixtures.analysis();
        pdf = write(analysis, DECISIONS, PdfExportOptions.defaults());
    }

    static byte[] write(Analysis a, Map<String, ReviewDecision> decisions, PdfExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(options).write(a, decisions, out, null);
        return out.toByteArray();
    }

    static List<PDAnnotation> annotations(PDDocument doc) throws IOException {
        List<PDAnnotation> all = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            all.addAll(page.getAnnotations());
        }
        return all;
    }

    /**
     * NFKC, no marks, no spaces: how two renderings of the same words compare. A token with no Arabic
     * letter is compared by its characters: read back alone from a small region, PDFBox may turn
     * "95%" into "%95" (it has no strong direction to order it by), though the glyphs are the same.
     */
    static List<String> tokens(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\p{M}", "");
        return Arrays.stream(n.split("[\\s،,]+")).filter(t -> !t.isBlank())
                .map(t -> t.matches(".*\\p{IsArabic}.*") ? t : t.chars().sorted()
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .sorted().toList();
    }

    /** The text under an annotation's quads, read back by PDFBox from the page. */
    static String textUnder(PDAnnotationTextMarkup a, PDPage page) throws IOException {
        float[] q = a.getQuadPoints();
        float h = page.getMediaBox().getHeight();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q.length; i += 8) {
            float left = Math.min(q[0 + i], q[4 + i]);
            float right = Math.max(q[2 + i], q[6 + i]);
            float top = Math.max(q[1 + i], q[3 + i]);
            float bottom = Math.min(q[5 + i], q[7 + i]);
            PDFTextStripperByArea s = new PDFTextStripperByArea();
            s.addRegion("q", new Rectangle2D.Float(left - 0.5f, h - top, right - left, top - bottom));
            s.extractRegions(page);
            sb.append(s.getTextForRegion("q")).append(' ');
        }
        return sb.toString();
    }

    @Test
    void everyMentionAndFigureIsAHighlightOverItsOwnWords() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<List<String>, Integer> expected = new HashMap<>();
            for (Mention m : analysis.mentions()) {
                expected.merge(tokens(m.span().of(analysis.text())), 1, Integer::sum);
            }
            for (Figure f : analysis.figures()) {
                expected.merge(tokens(f.span().of(analysis.text())), 1, Integer::sum);
            }
            Map<List<String>, Integer> found = new HashMap<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationHighlight h) {
                        found.merge(tokens(textUnder(h, page)), 1, Integer::sum);
                    }
                }
            }
            assertEquals(expected, found);
        }
    }

    @Test
    void spanBrokenOverTwoLinesGetsOneQuadPerLine() throws IOException {
        // in this layout "500 حالة" ends one line and starts the next
        Span wrapped = Fixtures.span(analysis.text(), "500 حالة");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAnnotationTextMarkup h = annotations(doc).stream()
                    .filter(a -> a instanceof PDAnnotationHighlight && a.getContents().contains("500"))
                    .map(a -> (PDAnnotationTextMarkup) a).findFirst().orElseThrow();
            float[] q = h.getQuadPoints();
            assertEquals(16, q.length, "two quads");
            assertTrue(q[1] - q[9] > 10, "second quad a line below the first");
            assertEquals(tokens(wrapped.of(analysis.text())), tokens(textUnder(h, doc.getPage(0))));
        }
    }

    @Test
    void notesGiveTypeAndCanonicalNameAndClaimsTheirSource() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDAnnotation> all = annotations(doc);
            List<String> highlights = all.stream().filter(a -> a instanceof PDAnnotationHighlight)
                    .map(PDAnnotation::getContents).toList();
            assertTrue(highlights.contains("مؤسسة: اليونيسف"), highlights.toString());
            assertTrue(highlights.contains("شخص: سامر الحلبي"), highlights.toString());
            assertTrue(highlights.contains("عدد: 500 حالة (تقريبي)"), highlights.toString());
            List<String> claims = all.stream().filter(a -> a instanceof PDAnnotationUnderline)
                    .map(PDAnnotation::getContents).toList();
            assertEquals(List.of("ادعاء c2 — المصدر: سامر الحلبي"), claims);
            for (PDAnnotation a : all) {
                assertTrue(a.isPrinted(), "print flag");
                assertNotNull(a.getAppearance().getNormalAppearance().getAppearanceStream(), "appearance stream");
                assertNotNull(a.getColor());
            }
        }
    }

    @Test
    void contradictoryClaimsCarryExplanationDecisionAndNote() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, String> notes = annotations(doc).stream().filter(a -> a instanceof PDAnnotationSquiggly)
                    .collect(Collectors.toMap(a -> a.getContents().substring(0, a.getContents().indexOf(' ', 6)),
                            PDAnnotation::getContents));
            assertEquals(4, notes.size(), notes.toString());
            String c1 = notes.get("ادعاء c1");
            assertTrue(c1.contains("المصدر: وزارة الصحة"), c1);
            assertTrue(c1.contains("تناقض x1"), c1);
            assertTrue(c1.contains(analysis.contradictions().get(0).explanationAr()), c1);
            assertTrue(c1.contains("القرار: مؤكَّد"), c1);
            assertTrue(c1.contains("الرقمان من مصدرين مختلفين"), c1);
            String c5 = notes.get("ادعاء c5");
            assertTrue(c5.contains("القرار: لم يُراجَع"), c5);
            assertTrue(c5.contains("منفي"), c5);
        }
    }

    @Test
    void sectionsIndexesAndOutline() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            for (String s : List.of("التناقضات", "فهرس الفاعلين", "فهرس الأرقام", "الادعاء الأول", "الادعاء الثاني",
                    "أرقام متعارضة", "0.86", "الرقمان من مصدرين مختلفين", "صفحة 1 من")) {
                assertTrue(text.contains(s), s);
            }
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
            }
            assertEquals(List.of("التناقضات", "فهرس الفاعلين", "فهرس الأرقام"), top.subList(1, 4));
            assertTrue(top.get(0).startsWith("أعلنت وزارة الصحة"), top.get(0));
            PDOutlineItem contradictions = doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getNextSibling();
            int rows = 0;
            for (PDOutlineItem ignored : contradictions.children()) {
                rows++;
            }
            assertEquals(2, rows);
        }
    }

    @Test
    void actorIndexCountsMentions() {
        List<IndexSection.Entry> entries = IndexSection.actors(analysis);
        assertEquals(new IndexSection.Entry("الزهراء", org.mizan.model.EntityType.LOCATION, 2), entries.get(0));
        assertEquals(6, entries.size());
    }

    @Test
    void fontsAreEmbeddedAsSubsets() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f instanceof PDType0Font, f.getName());
                    assertTrue(f.isEmbedded(), f.getName());
                    assertTrue(f.getName().matches("[A-Z]{6}\\+Vazirmatn.*"), f.getName());
                    fonts++;
                }
            }
            assertTrue(fonts >= 2);
        }
    }

    @Test
    void pdfBoxRecoversTheArticlesArabicWordsInOrder() throws IOException {
        String text = Fixtures.repeated(5);
        byte[] bytes = write(Fixtures.analysis(text, Article.of(text, "long.txt")), Map.of(), PdfExportOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertTrue(doc.getNumberOfPages() >= 3);
            String extracted = new PDFTextStripper().getText(doc);
            double recall = WordRecall.recall(text, extracted);
            assertTrue(recall >= 0.99, "recall " + recall);
        }
    }

    @Test
    void fullyVowelledTextComesBackWithEveryMarkOnItsLetter() throws IOException {
        // stacked marks (shadda with a vowel), tanween on alef, lam-alef, a hamza seat, an English word.
        // (A mark between the lam and the alef of a ligature: PdfTextLayerTest.)
        String text = "إنَّ المُعَلِّمَ يُدَرِّسُ الطَّلَبَةَ قَواعِدَ اللُّغَةِ العَرَبِيَّةِ كُلَّ يَوْمٍ، "
                + "وَيَقولُ إنَّ الإعْرابَ لَيْسَ صَعْباً أبَداً عَلى مَنْ يَقْرَأُ كَثيراً (Grammar).";
        Analysis plain = new Analysis(Article.of(text, "vowelled.txt"), List.of(), List.of(), List.of(), List.of(),
                List.of());
        try (PDDocument doc = Loader.loadPDF(write(plain, Map.of(), PdfExportOptions.defaults()))) {
            String extracted = new PDFTextStripper().getText(doc);
            assertEquals(1.0, WordRecall.recall(text, extracted), extracted);
        }
    }

    @Test
    void englishLabelsVariant() throws IOException {
        byte[] en = write(analysis, DECISIONS, PdfExportOptions.defaults().withLabels(Labels.ENGLISH));
        try (PDDocument doc = Loader.loadPDF(en)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Contradictions"));
            assertTrue(text.contains("Index of actors"));
            assertTrue(annotations(doc).stream().anyMatch(a -> "Organisation: اليونيسف".equals(a.getContents())));
            assertFalse(text.contains("فهرس الفاعلين"));
        }
    }

    @Test
    void reviewSheetDecisionsAreMatchedToContradictionsByAnchors() {
        var c1 = analysis.claim("c1").orElseThrow().span();
        var c3 = analysis.claim("c3").orElseThrow().span();
        String t = analysis.text();
        var review = new org.mizan.model.Review(
                new org.mizan.model.TextAnchor(c1.of(t), "", "", c1.start(), c1.end()),
                new org.mizan.model.TextAnchor(c3.of(t), "", "", c3.start() + 7, c3.end() + 7),
                org.mizan.model.ContradictionKind.NUMERIC, ReviewStatus.DISMISSED, "خطأ في القراءة");
        Map<String, ReviewDecision> d = ReviewDecision.fromSheet(analysis, new org.mizan.model.Review.Sheet(List.of(review)));
        assertEquals(Map.of("x1", new ReviewDecision(ReviewStatus.DISMISSED, "خطأ في القراءة")), d);
    }
}
