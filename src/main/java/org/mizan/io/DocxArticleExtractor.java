package org.mizan.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the body text of a Word .docx with Apache POI, one line per paragraph (table cells included),
 * and the title from the document properties. Guarded against hostile files: POI's ZipSecureFile
 * refuses parts that inflate too far (zip bombs) or grow too large, and POI's XML parsers refuse
 * DOCTYPE declarations, so external entities (XXE) are never resolved.
 */
final class DocxArticleExtractor {

    static {
        PoiLogging.quiet();
    }

    private DocxArticleExtractor() {
    }

    /** Fails with a one-line reason; the caller names the file. */
    static Extracted extract(Path file, ReadLimits limits) throws DocxException {
        checkPackage(file);
        // ZipSecureFile's limits are static; the lock keeps concurrent readers with other limits apart.
        synchronized (DocxArticleExtractor.class) {
            ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
            ZipSecureFile.setMaxEntrySize(limits.maxZipEntryBytes());
            ZipSecureFile.setMaxTextSize(limits.maxTextChars());
            OPCPackage pkg = null;
            try {
                // READ access: POI never writes back to the file, even on close.
                pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                try (XWPFDocument doc = new XWPFDocument(pkg)) {
                    String text = bodyText(doc, limits.maxTextChars());
                    Optional<String> title = Optional.ofNullable(doc.getProperties().getCoreProperties().getTitle())
                            .map(String::strip).filter(s -> !s.isEmpty());
                    return new Extracted(text, title, Optional.empty(), Optional.<LocalDate>empty());
                }
            } catch (DocxException e) {
                throw e;
            } catch (Exception | StackOverflowError e) {
                throw new DocxException(reason(e), e);
            } finally {
                if (pkg != null) {
                    pkg.revert();
                }
            }
        }
    }

    /**
     * The ZIP must be whole (its central directory, at the very end, intact) and hold a Word body.
     * POI alone would fall back to streaming a damaged ZIP and could open half of a truncated file.
     */
    private static void checkPackage(Path file) throws DocxException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            var types = zip.getEntry("[Content_Types].xml");
            String declared = "";
            if (types != null) {
                try (var in = zip.getInputStream(types)) {
                    declared = new String(in.readNBytes(1 << 20), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            // The content types name the main part's kind whatever the part is called.
            if (!declared.contains("wordprocessingml.document") && !declared.contains("ms-word.document")) {
                throw new DocxException("it is a ZIP archive but not a Word (.docx) document");
            }
        } catch (DocxException e) {
            throw e;
        } catch (IOException e) {
            throw new DocxException("the file is damaged or incomplete", e);
        }
    }

    private static String bodyText(XWPFDocument doc, long maxChars) throws DocxException {
        List<String> lines = new ArrayList<>();
        long total = 0;
        for (IBodyElement element : doc.getBodyElements()) {
            List<String> found = new ArrayList<>();
            switch (element) {
                case XWPFParagraph p -> found.add(p.getText());
                case XWPFTable t -> {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                found.add(p.getText());
                            }
                        }
                    }
                }
                default -> {
                }
            }
            for (String line : found) {
                String s = line.strip();
                if (!s.isEmpty()) {
                    total += s.length() + 1;
                    if (total > maxChars) {
                        throw new DocxException("its text is longer than " + maxChars + " characters");
                    }
                    lines.add(s);
                }
            }
        }
        return String.join("\n", lines);
    }

    /** A short reason for the user: what kind of damage, without POI's internals. */
    private static String reason(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getClass().getSimpleName()).append(' ').append(t.getMessage()).append('\n');
        }
        String s = all.toString();
        if (s.contains("Zip bomb") || s.contains("zip bomb") || s.contains("exceeds the max entry size")
                || s.contains("MAX_ENTRY_SIZE") || s.contains("max text size")) {
            return "it unpacks to far more data than it holds (zip bomb protection)";
        }
        if (s.contains("DOCTYPE") || s.contains("DocType") || s.contains("doctype")) {
            return "it contains an XML DOCTYPE, which Word documents never have (refused for safety)";
        }
        if (s.contains("No valid entries or contents found") || s.contains("NotOfficeXmlFile")
                || s.contains("not a valid OOXML") || s.contains("Package should contain a content type part")) {
            return "it is not a Word (.docx) document";
        }
        if (s.contains("truncated") || s.contains("Truncated") || s.contains("END header")
                || s.contains("Unexpected end") || s.contains("EOF") || s.contains("central directory")
                || s.contains("ZipException")) {
            return "the file is damaged or incomplete";
        }
        return "it is damaged or not a Word (.docx) document";
    }

    /** A .docx that cannot be read; the message is a reason to put after the file name. */
    static final class DocxException extends IOException {
        DocxException(String reason) {
            super(reason);
        }

        DocxException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
