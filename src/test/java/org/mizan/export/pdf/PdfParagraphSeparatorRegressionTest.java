package org.mizan.export.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mizan.analysis.Engine;
import org.mizan.model.Analysis;
import org.mizan.model.Article;

/**
 * Regression (found by {@code PdfExportPropertiesTest}): a figure's sentence holding a character that
 * separates bidi paragraphs (U+001C–U+001E, U+0085) but not article lines made ICU's
 * {@code Bidi.setLine} throw when a line was cut across it, so the whole export failed.
 */
class PdfParagraphSeparatorRegressionTest {

    @Test
    void aLineCutAcrossABidiParagraphSeparatorIsLaidOut() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            FontFace font = FontFace.load(doc, "/org/mizan/fonts/Vazirmatn-Regular.ttf");
            for (String sep : List.of("\u001C", "\u001D", "\u001E", "\u0085", "\u2029")) {
                String s = "وذكرت صحيفة الأهرام" + sep + "أن عدد الضحايا ارتفع إلى ١٢٠ شخصا يوم الخميس";
                for (float width : new float[] {3000, 6000, 12000}) {
                    List<Line> lines = LineBreaker.lines(new ShapedParagraph(s, 0, s.length(), font, true), width);
                    assertTrue(!lines.isEmpty());
                }
            }
        }
    }

    @Test
    void sentencesHoldingBidiParagraphSeparatorsExport() throws Exception {
        for (String sep : List.of("\u001C", "\u001D", "\u001E", "\u0085")) {
            String text = "قال وزير الداخلية إن السلطات أفرجت عن 120 معتقلا" + sep + "مليون وذكرت صحيفة الأهرام أن عدد "
                    + "الضحايا ارتفع إلى ١٢٠ شخصا يوم الخميس" + sep + "في العاصمة بعد أسبوع من المفاوضات الطويلة.";
            Analysis a = Engine.standard().analyze(Article.of(text, "sep.txt"));
            assertTrue(!a.figures().isEmpty(), "the sentence has figures, so the index lays it out");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfExporter().write(a, Map.of(), out, p -> { });
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                String copied = new PDFTextStripper().getText(doc);
                assertTrue(copied.contains("الأهرام"), "the Arabic is in the PDF as text");
            }
        }
    }
}
