package org.mizan.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.mizan.io.UnusableInputException;
import org.mizan.model.Analysis;
import org.mizan.model.Note;

/**
 * Writes an analysis as an annotated, PDF/A-2u reviewer's PDF.
 *
 * <p>Progress goes to a {@link DoubleConsumer} from 0 to 1. The export is cancellation-friendly:
 * it checks the calling thread's interrupt flag between paragraphs and rows (what a JavaFX
 * {@code Task.cancel()} sets) and then stops with a {@link CancellationException}, leaving no file.
 */
public final class PdfExporter {

    private final PdfExportOptions options;

    public PdfExporter() {
        this(PdfExportOptions.defaults());
    }

    public PdfExporter(PdfExportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Writes the PDF to a stream. */
    public void write(Analysis analysis, Map<String, ReviewDecision> decisions, OutputStream out,
                      DoubleConsumer progress) throws IOException {
        write(analysis, decisions, List.of(), out, progress);
    }

    /**
     * Writes the PDF to a stream, with the reader's own notes on passages: each is a highlight
     * annotation carrying the note over its words, and a row in the "reader's notes" section.
     *
     * @param notes notes anchored in {@code analysis}'s text (as re-attached to it)
     */
    public void write(Analysis analysis, Map<String, ReviewDecision> decisions, List<Note> notes, OutputStream out,
                      DoubleConsumer progress) throws IOException {
        Objects.requireNonNull(analysis, "analysis");
        DoubleConsumer p = progress == null ? x -> { } : progress;
        ReportWriter.checkCancelled();
        p.accept(0);
        try (PDDocument doc = new PDDocument()) {
            new ReportWriter(doc, options, p).write(analysis, decisions == null ? Map.of() : decisions,
                    notes == null ? List.of() : notes);
            save(doc, out);
        }
        p.accept(1);
    }

    /**
     * {@link PDDocument#save(OutputStream, CompressParameters)} without its font subsetting pass: the fonts
     * were subset when the report was finished ({@link FontFace#embed}), and subsetting them again would
     * replace their ToUnicode maps (logical letters) with PDFBox's (presentation forms). Object streams would
     * break PDF/A-1 but are allowed in PDF/A-2; they make the file smaller.
     */
    private static void save(PDDocument doc, OutputStream out) throws IOException {
        doc.getDocument().setIsXRefStream(true);
        // not closed, as save() does not: closing the writer would close the caller's stream
        new COSWriter(out, CompressParameters.DEFAULT_COMPRESSION).write(doc);
    }

    /**
     * Writes the PDF to {@code target} through a temporary file in the same folder, moved into
     * place only when complete: a failed or cancelled export leaves no half-written file.
     *
     * @throws UnusableInputException when the destination cannot be written (one-line message)
     */
    public void export(Analysis analysis, Map<String, ReviewDecision> decisions, Path target,
                       DoubleConsumer progress) throws UnusableInputException, IOException {
        export(analysis, decisions, List.of(), target, progress);
    }

    /** As {@link #export(Analysis, Map, Path, DoubleConsumer)}, with the reader's notes on passages. */
    public void export(Analysis analysis, Map<String, ReviewDecision> decisions, List<Note> notes, Path target,
                       DoubleConsumer progress) throws UnusableInputException, IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UnusableInputException("cannot write " + target + ": folder " + dir + " does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw new UnusableInputException("cannot write " + target + ": it is a folder");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
        } catch (IOException e) {
            throw new UnusableInputException("cannot write " + target + ": folder " + dir + " is not writable", e);
        }
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(analysis, decisions, notes, out, progress);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UnusableInputException("cannot write " + target + ": " + e.getMessage(), e);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
