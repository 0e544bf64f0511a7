package org.mizan.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquiggly;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationUnderline;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Writes text-markup annotations (Highlight, Underline, Squiggly) over drawn text: QuadPoints
 * with one quad per line piece, a note in /Contents, the Print flag, and an appearance stream of
 * its own (PDF/A requires one; the tint is painted only there, never also on the page, so it is
 * not doubled). A span that crosses a page break gets one annotation per page.
 */
final class Annotations {

    enum Style { HIGHLIGHT, UNDERLINE, SQUIGGLY }

    private final PDDocument doc;
    private final List<PageCanvas> pages;
    private final String now;
    private final Map<Integer, List<PDAnnotation>> byPage = new LinkedHashMap<>();
    private final PDResources multiply;
    private int serial;

    Annotations(PDDocument doc, List<PageCanvas> pages, Calendar now) {
        this.doc = doc;
        this.pages = pages;
        // formatted once: PDFBox would format the Calendar again for every annotation
        this.now = org.apache.pdfbox.util.DateConverter.toString(now);
        // one shared resource dictionary for every highlight appearance: multiply keeps the text dark
        PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
        gs.setBlendMode(BlendMode.MULTIPLY);
        multiply = new PDResources();
        multiply.put(COSName.getPDFName("M"), gs);
    }

    /** Marks {@code pieces} (one span) and returns how many annotations were made. */
    int mark(List<TextGeometry.Piece> pieces, Style style, float[] rgb, String note) throws IOException {
        Map<Integer, List<TextGeometry.Piece>> perPage = new LinkedHashMap<>();
        for (TextGeometry.Piece p : pieces) {
            perPage.computeIfAbsent(p.page(), k -> new ArrayList<>()).add(p);
        }
        for (var e : perPage.entrySet()) {
            PDAnnotationTextMarkup a = switch (style) {
                case HIGHLIGHT -> new PDAnnotationHighlight();
                case UNDERLINE -> new PDAnnotationUnderline();
                case SQUIGGLY -> new PDAnnotationSquiggly();
            };
            List<TextGeometry.Piece> ps = e.getValue();
            float[] quads = new float[ps.size() * 8];
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (int i = 0; i < ps.size(); i++) {
                TextGeometry.Piece p = ps.get(i);
                // Acrobat's order (upper-left, upper-right, lower-left, lower-right), which viewers expect
                float[] q = {p.left(), p.top(), p.right(), p.top(), p.left(), p.bottom(), p.right(), p.bottom()};
                System.arraycopy(q, 0, quads, i * 8, 8);
                minX = Math.min(minX, p.left());
                minY = Math.min(minY, p.bottom());
                maxX = Math.max(maxX, p.right());
                maxY = Math.max(maxY, p.top());
            }
            PDRectangle rect = new PDRectangle(minX - 1, minY - 2, maxX - minX + 2, maxY - minY + 3);
            a.setRectangle(rect);
            a.setQuadPoints(quads);
            a.setColor(new PDColor(rgb, PDDeviceRGB.INSTANCE));
            a.setContents(note);
            a.setTitlePopup("Mizan");
            a.setSubject(style == Style.HIGHLIGHT ? "Highlight" : style == Style.UNDERLINE ? "Underline" : "Squiggly");
            a.setAnnotationName("mizan-" + (++serial));
            a.setModifiedDate(now);
            a.getCOSObject().setString(COSName.CREATION_DATE, now);
            a.setPrinted(true);
            PDPage page = pages.get(e.getKey()).page;
            a.setPage(page);
            appearance(a, rect, ps, style, rgb);
            byPage.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(a);
        }
        return perPage.size();
    }

    private void appearance(PDAnnotation a, PDRectangle rect, List<TextGeometry.Piece> ps, Style style, float[] rgb)
            throws IOException {
        StringBuilder sb = new StringBuilder(64 * ps.size());
        color(sb, rgb, style == Style.HIGHLIGHT ? "rg" : "RG");
        if (style == Style.HIGHLIGHT) {
            sb.append("/M gs\n");
        }
        for (TextGeometry.Piece p : ps) {
            float h = p.top() - p.bottom();
            switch (style) {
                case HIGHLIGHT -> {
                    n(sb, p.left()); n(sb, p.bottom()); n(sb, p.right() - p.left()); n(sb, h);
                    sb.append("re f\n");
                }
                case UNDERLINE -> {
                    float y = p.bottom() + h * 0.08f;
                    sb.append("0.8 w ");
                    n(sb, p.left()); n(sb, y); sb.append("m ");
                    n(sb, p.right()); n(sb, y); sb.append("l S\n");
                }
                case SQUIGGLY -> {
                    float y = p.bottom() + h * 0.02f;
                    float step = 2.2f;
                    sb.append("0.7 w ");
                    n(sb, p.left()); n(sb, y); sb.append("m ");
                    boolean up = true;
                    for (float x = p.left() + step; x <= p.right(); x += step, up = !up) {
                        n(sb, x); n(sb, up ? y + 1.6f : y); sb.append("l ");
                    }
                    sb.append("S\n");
                }
            }
        }
        PDAppearanceStream as = new PDAppearanceStream(doc);
        as.setBBox(rect);
        as.setResources(style == Style.HIGHLIGHT ? multiply : new PDResources());
        try (OutputStream out = as.getStream().createOutputStream()) {
            out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(as);
        a.setAppearance(ap);
    }

    private static void color(StringBuilder sb, float[] rgb, String op) {
        n(sb, rgb[0]); n(sb, rgb[1]); n(sb, rgb[2]);
        sb.append(op).append('\n');
    }

    private static void n(StringBuilder sb, float v) {
        PageCanvas.appendNumber(sb, v);
        sb.append(' ');
    }

    /** Attaches the annotations to their pages. */
    void attach() {
        for (var e : byPage.entrySet()) {
            PDPage page = pages.get(e.getKey()).page;
            List<PDAnnotation> all = new ArrayList<>(e.getValue());
            page.setAnnotations(all);
        }
    }
}
