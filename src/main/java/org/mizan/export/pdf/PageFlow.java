package org.mizan.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * A4 pages filled top to bottom: the cursor, page breaks, paragraphs and blocks of pre-laid
 * lines. Page numbers are added when the flow is finished and the page count is known.
 */
final class PageFlow {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN_X = 56.7f;
    static final float MARGIN_TOP = 62f;
    static final float MARGIN_BOTTOM = 62f;

    final PDDocument doc;
    private final List<PageCanvas> canvases = new ArrayList<>();
    private PageCanvas canvas;
    private float y;

    PageFlow(PDDocument doc) {
        this.doc = doc;
        newPage();
    }

    static float contentWidth() {
        return A4.getWidth() - 2 * MARGIN_X;
    }

    static float left() {
        return MARGIN_X;
    }

    void newPage() {
        PDPage page = new PDPage(A4);
        doc.addPage(page);
        canvas = new PageCanvas(doc, page);
        canvases.add(canvas);
        y = A4.getHeight() - MARGIN_TOP;
    }

    PageCanvas canvas() {
        return canvas;
    }

    int pageIndex() {
        return canvases.size() - 1;
    }

    List<PageCanvas> canvases() {
        return canvases;
    }

    float y() {
        return y;
    }

    /** Moves the cursor down; never below the bottom margin. */
    void gap(float h) {
        y = Math.max(MARGIN_BOTTOM, y - h);
    }

    /** Starts a new page unless {@code h} points still fit on this one. */
    void ensure(float h) {
        if (y - h < MARGIN_BOTTOM && y < A4.getHeight() - MARGIN_TOP) {
            newPage();
        }
    }

    /** A link target at the cursor. */
    PDPageXYZDestination here() {
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(canvas.page);
        d.setLeft(0);
        d.setTop(Math.round(Math.min(A4.getHeight(), y + 20)));
        return d;
    }

    /**
     * Lays out and draws {@code text[start, end)} as one paragraph across the full width,
     * breaking pages between lines; reports char positions to {@code geometry} when not null.
     */
    void paragraph(CharSequence text, int start, int end, TextStyle style, Align align, boolean rtl,
                   TextGeometry geometry) {
        ShapedParagraph p = new ShapedParagraph(text, start, end, style.font(), rtl);
        List<Line> lines = LineBreaker.lines(p, contentWidth() * 1000f / style.size());
        for (Line line : lines) {
            ensure(style.lineHeight());
            float baseline = y - style.ascent();
            if (geometry != null) {
                float k = style.size() / 1000f;
                geometry.beginLine(pageIndex(), baseline + style.font().descent() * k,
                        baseline + style.font().ascent() * k);
            }
            canvas.fillColor(style.color());
            LineDrawer.draw(canvas, line, style.font(), style.size(), left(), contentWidth(), align, baseline, geometry);
            y -= style.lineHeight();
        }
    }

    /** A one-off string (label, heading) as its own paragraph. */
    void text(String s, TextStyle style, Align align, boolean rtl) {
        paragraph(s, 0, s.length(), style, align, rtl, null);
    }

    /** Pre-laid lines of a string, for table cells. */
    static List<Line> layout(String s, TextStyle style, float width, boolean rtl) {
        return LineBreaker.lines(new ShapedParagraph(s, 0, s.length(), style.font(), rtl), width * 1000f / style.size());
    }

    /** Draws pre-laid lines inside a box whose top is {@code top}; returns the height used. */
    float drawLines(List<Line> lines, TextStyle style, float boxLeft, float boxWidth, Align align, float top) {
        float yy = top;
        canvas.fillColor(style.color());
        for (Line line : lines) {
            LineDrawer.draw(canvas, line, style.font(), style.size(), boxLeft, boxWidth, align, yy - style.ascent(), null);
            yy -= style.lineHeight();
        }
        return top - yy;
    }

    void moveTo(float newY) {
        y = newY;
    }

    /** Draws the page numbers and writes every page's content stream. */
    void finish(FooterText footer, TextStyle style) throws IOException {
        int total = canvases.size();
        for (int i = 0; i < total; i++) {
            PageCanvas c = canvases.get(i);
            String label = footer.label(i + 1, total);
            List<Line> lines = layout(label, style, contentWidth(), footer.rtl());
            c.fillColor(style.color());
            for (Line line : lines) {
                LineDrawer.draw(c, line, style.font(), style.size(), left(), contentWidth(), Align.CENTER,
                        MARGIN_BOTTOM / 2, null);
            }
            c.close();
        }
    }

    /** The text of a page footer. */
    interface FooterText {
        String label(int page, int total);

        boolean rtl();
    }
}
