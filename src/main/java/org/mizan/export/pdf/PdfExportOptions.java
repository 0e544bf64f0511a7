package org.mizan.export.pdf;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * How the PDF is written.
 *
 * @param labels     the language of headings, field names and notes
 * @param exportedAt the export time printed on the first page and stored in the metadata
 * @param justify    justify article paragraphs (else right-aligned)
 */
public record PdfExportOptions(Labels labels, ZonedDateTime exportedAt, boolean justify) {

    public PdfExportOptions {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(exportedAt, "exportedAt");
    }

    /** Arabic labels, justified text, exported now. */
    public static PdfExportOptions defaults() {
        return new PdfExportOptions(Labels.ARABIC, ZonedDateTime.now(), true);
    }

    public PdfExportOptions withLabels(Labels l) {
        return new PdfExportOptions(l, exportedAt, justify);
    }
}
