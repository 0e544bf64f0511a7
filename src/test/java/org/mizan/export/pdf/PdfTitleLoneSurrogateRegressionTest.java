package org.mizan.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.mizan.analysis.Engine;
import org.mizan.model.Analysis;
import org.mizan.model.Article;

/**
 * Regression (robustness property tests, issue 11): an article whose first line held a lone
 * surrogate (a file cut between the halves of an emoji) could not be exported at all: the title
 * taken from that line broke the XMP metadata writer (StringIndexOutOfBoundsException or "Broken
 * surrogate pair"). The title is now made XML-safe; the article text is untouched.
 */
class PdfTitleLoneSurrogateRegressionTest {

    @Test
    void articlesWhoseFirstLineHoldsALoneSurrogateOrControlsExport() throws Exception {
        for (String text : List.of("\uD800", "قال الوزير \uD83D\nإن العجز بلغ 3 مليارات دولار.",
                "\uDC00عنوان\u0000\u0001\uFFFF\nقال الوزير إن العجز بلغ 3 مليارات دولار.")) {
            Analysis a = Engine.standard().analyze(Article.of(text, "cut.txt"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfExporter().write(a, Map.of(), out, p -> { });
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                assertTrue(doc.getNumberOfPages() >= 1);
                String title = doc.getDocumentInformation().getTitle();
                assertTrue(title.chars().noneMatch(c -> Character.isSurrogate((char) c) || c < 0x09), title);
            }
        }
    }

    @Test
    void xmlSafeKeepsPairsAndArabicAndReplacesOnlyWhatXmlCannotHold() {
        assertEquals("قال 😀 \uFFFD\uFFFDب\tج", PdfA.xmlSafe("قال 😀 \uDE00\uD83Dب\u0000\tج\uFFFE"));

    }
}
