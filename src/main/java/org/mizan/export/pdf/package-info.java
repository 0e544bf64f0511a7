/**
 * The annotated PDF export: Arabic text laid out line by line (ICU shaping and bidi over PDFBox),
 * with real highlight annotations over actors, figures and claims, a contradictions section,
 * indexes, an outline, and PDF/A-2u metadata. Entry point: {@link org.mizan.export.pdf.PdfExporter}.
 */
package org.mizan.export.pdf;
