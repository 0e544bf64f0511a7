package org.mizan.export.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells, each cell a stack of short paragraphs. Columns run right to left for Arabic.
 * A row is laid out first ({@link #prepare}) so that its height is known before a page break
 * is decided; rows never split across pages.
 */
final class Table {

    /** One paragraph in a cell. */
    record Block(String text, TextStyle style) {
    }

    /** A laid-out row. */
    record Row(float[] widths, List<List<List<Line>>> lines, List<List<Block>> cells, float height, float[] fill) {
    }

    static final float PAD = 5;

    private final PageFlow flow;
    private final boolean rtl;

    Table(PageFlow flow, boolean rtl) {
        this.flow = flow;
        this.rtl = rtl;
    }

    /** @param fractions each column's share of the content width, in reading order */
    Row prepare(float[] fractions, List<List<Block>> cells, float[] fill) {
        float total = PageFlow.contentWidth();
        float[] widths = new float[fractions.length];
        float height = 0;
        List<List<List<Line>>> lines = new ArrayList<>();
        for (int c = 0; c < fractions.length; c++) {
            widths[c] = total * fractions[c];
            List<List<Line>> cellLines = new ArrayList<>();
            float h = 0;
            for (Block b : cells.get(c)) {
                List<Line> ls = PageFlow.layout(b.text(), b.style(), widths[c] - 2 * PAD, rtl);
                cellLines.add(ls);
                h += ls.size() * b.style().lineHeight();
            }
            lines.add(cellLines);
            height = Math.max(height, h + 2 * PAD);
        }
        return new Row(widths, lines, cells, height, fill);
    }

    /** Draws rows that must stay on one page together (a page break comes before them if needed). */
    void draw(Row... rows) {
        float h = 0;
        for (Row r : rows) {
            h += r.height();
        }
        flow.ensure(h);
        for (Row r : rows) {
            drawRow(r);
        }
    }

    private void drawRow(Row row) {
        PageCanvas c = flow.canvas();
        float top = flow.y();
        float left = PageFlow.left();
        float right = left + PageFlow.contentWidth();
        if (row.fill() != null) {
            c.fillColor(row.fill());
            c.fillRect(left, top - row.height(), right - left, row.height());
        }
        float edge = rtl ? right : left;
        for (int col = 0; col < row.widths().length; col++) {
            float w = row.widths()[col];
            float boxLeft = rtl ? edge - w : edge;
            float y = top - PAD;
            List<List<Line>> cell = row.lines().get(col);
            for (int b = 0; b < cell.size(); b++) {
                TextStyle style = row.cells().get(col).get(b).style();
                y -= flow.drawLines(cell.get(b), style, boxLeft + PAD, w - 2 * PAD, rtl ? Align.RIGHT : Align.LEFT, y);
            }
            if (col > 0) {
                c.strokeColor(Palette.RULE);
                c.line(edge, top, edge, top - row.height(), 0.5f);
            }
            edge = rtl ? edge - w : edge + w;
        }
        c.strokeColor(Palette.RULE);
        c.strokeRect(left, top - row.height(), right - left, row.height(), 0.5f);
        flow.moveTo(top - row.height());
    }
}
