package org.mizan.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Builds .docx files for tests with POI, so no binary fixtures are needed. */
final class Docx {

    private Docx() {
    }

    static byte[] of(String title, List<String> paragraphs, List<List<String>> tableRows) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (title != null) {
                doc.getProperties().getCoreProperties().setTitle(title);
            }
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            if (!tableRows.isEmpty()) {
                XWPFTable t = doc.createTable(tableRows.size(), tableRows.getFirst().size());
                for (int r = 0; r < tableRows.size(); r++) {
                    for (int c = 0; c < tableRows.get(r).size(); c++) {
                        t.getRow(r).getCell(c).setText(tableRows.get(r).get(c));
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A copy of a zip with one entry's text rewritten (e.g. to plant a DOCTYPE or padding in word/document.xml). */
    static byte[] rewrite(byte[] zip, String entry, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
