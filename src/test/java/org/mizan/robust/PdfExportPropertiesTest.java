package org.mizan.robust;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.mizan.export.pdf.PdfExporter;
import org.mizan.model.Analysis;

/**
 * The annotated PDF of hostile text: glyphs no font has (lone surrogates, unassigned code points,
 * emoji), marks with no base, bidi controls, unbalanced quotes. The export must finish and give a
 * PDF that opens again, whatever the text holds.
 */
class PdfExportPropertiesTest {

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(HostileText.hostileMix(), HostileText.degenerate().filter(s -> s.length() < 800),
                HostileText.anyUtf16(200), HostileText.truncatedArticle());
    }

    @Property(tries = 40)
    void hostileTextExportsToAPdfThatOpens(@ForAll("hostile") String text) {
        Analysis analysis = Guarded.analyze(text);
        byte[] pdf = assertTimeoutPreemptively(Guarded.HANG_GUARD, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                new PdfExporter().write(analysis, Map.of(), out, p -> { });
            } catch (java.io.IOException | RuntimeException e) {
                throw new AssertionError("PDF export failed: " + e + " on " + AnalysisInvariants.quote(text), e);
            }
            return out.toByteArray();
        }, () -> "PDF export did not end on " + AnalysisInvariants.quote(text));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 1);
        } catch (java.io.IOException e) {
            throw new AssertionError("the exported PDF does not open: " + e.getMessage()
                    + " for " + AnalysisInvariants.quote(text), e);
        }
    }
}
