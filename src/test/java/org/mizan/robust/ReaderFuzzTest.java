package org.mizan.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * Jazzer fuzz tests of the file readers, each followed by the whole pipeline. Under {@code mvn verify}
 * they run in regression mode over the seed corpus in
 * {@code src/test/resources/org/mizan/robust/ReaderFuzzTestInputs/<method>/} (crashes found by
 * longer runs are kept there too); {@code JAZZER_FUZZ=1} fuzzes for real (README, "Robustness").
 */
@Tag("fuzz")
class ReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void txt(byte[] file) {
        FuzzTargets.readAndAnalyze(file, "txt");
    }

    @FuzzTest(maxDuration = "10m")
    void markdown(byte[] file) {
        FuzzTargets.readAndAnalyze(file, "md");
    }

    @FuzzTest(maxDuration = "10m")
    void html(byte[] file) {
        FuzzTargets.readAndAnalyze(file, "html");
    }

    /** Whole files: zip structure, truncation, bombs. */
    @FuzzTest(maxDuration = "10m")
    void docx(byte[] file) {
        FuzzTargets.readAndAnalyze(file, "docx");
    }

    /** A well-formed package around fuzzed XML: DOCTYPEs, entities, deep nesting, odd runs. */
    @FuzzTest(maxDuration = "10m")
    void docxDocumentXml(byte[] documentXml) {
        FuzzTargets.readAndAnalyze(FuzzTargets.docxWithDocumentXml(documentXml), "docx");
    }
}
