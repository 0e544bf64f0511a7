package org.mizan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AOT training's headless half really runs the commands whose classes and profiles the cache is meant to hold. */
class AotTrainingTest {

    @Test
    void exportsEveryBundledSampleAsAReadablePdf(@TempDir Path dir) throws Exception {
        AotTraining.runCommands(dir);
        assertEquals(4, AotTraining.SAMPLES.size());
        for (String sample : AotTraining.SAMPLES) {
            Path pdf = dir.resolve(sample + ".pdf");
            assertTrue(Files.isRegularFile(pdf), "no PDF for " + sample);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertTrue(doc.getNumberOfPages() >= 1, sample);
                // the article's own Arabic is in the text layer (presentation forms folded back by NFKC)
                String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(doc), java.text.Normalizer.Form.NFKC);
                String firstWords = Files.readString(dir.resolve(sample)).strip().split("\\s+")[0];
                assertTrue(text.contains(java.text.Normalizer.normalize(firstWords, java.text.Normalizer.Form.NFKC)),
                        sample + ": first word " + firstWords + " not in the PDF's text");
            }
        }
    }
}
