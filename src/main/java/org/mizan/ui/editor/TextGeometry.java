package org.mizan.ui.editor;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Where one laid-out paragraph's characters are drawn, in its TextFlow's coordinates, taken from
 * the Text nodes' own bounds (see {@link RtlWorkarounds}, item 3). Offsets are paragraph-relative.
 * A snapshot: build a new one after the flow is laid out again.
 */
final class TextGeometry {

    /**
     * One Text node: its characters and its box. {@code uniform} when all its characters have one
     * bidi level, so that its box holds them contiguously (a space after a Latin word before Arabic
     * text is drawn on the far side of the Latin run, and then the box also spans what lies between).
     */
    record Piece(int start, int end, double minX, double maxX, double minY, double maxY, boolean uniform, int line) {
    }

    /** One visual line: its logical character range and its vertical extent. */
    record Line(int start, int end, double minY, double maxY) {
    }

    private final TextFlow flow;
    private final String text;
    private final ParagraphDirection direction;
    private final List<Piece> pieces;
    private final List<Line> lines;
    private final Bidi bidi;
    private Boolean mirrored;

    private TextGeometry(TextFlow flow, String text, ParagraphDirection direction, List<Piece> pieces, List<Line> lines,
                         Bidi bidi) {
        this.bidi = bidi;
        this.flow = flow;
        this.text = text;
        this.direction = direction;
        this.pieces = pieces;
        this.lines = lines;
    }

    static TextGeometry of(TextFlow flow, String text, ParagraphDirection direction) {
        Bidi bidi = text.isEmpty() ? null
                : new Bidi(text, direction.rtl() ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        List<double[]> raw = new ArrayList<>();
        List<Text> nodes = new ArrayList<>();
        int offset = 0;
        for (Node child : flow.getChildrenUnmodifiable()) {
            if (!child.isManaged()) {
                continue;
            }
            if (child instanceof Text t) {
                Bounds b = t.getBoundsInParent();
                int len = t.getText().length();
                raw.add(new double[] {offset, offset + len, b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY()});
                nodes.add(t);
                offset += len;
            } else {
                offset += 1;
            }
        }
        // Group into lines by vertical position.
        List<double[]> byY = new ArrayList<>(raw);
        byY.sort(Comparator.comparingDouble(r -> r[4]));
        List<double[]> lineBoxes = new ArrayList<>();
        for (double[] r : byY) {
            double[] last = lineBoxes.isEmpty() ? null : lineBoxes.get(lineBoxes.size() - 1);
            if (last != null && r[4] < last[3] - 2) {
                last[3] = Math.max(last[3], r[5]);
                last[0] = Math.min(last[0], r[0]);
                last[1] = Math.max(last[1], r[1]);
            } else {
                lineBoxes.add(new double[] {r[0], r[1], r[4], r[5]});
            }
        }
        List<Line> lines = new ArrayList<>();
        for (double[] l : lineBoxes) {
            lines.add(new Line((int) l[0], (int) l[1], l[2], l[3]));
        }
        lines.sort(Comparator.comparingInt(Line::start));
        List<Piece> pieces = new ArrayList<>(raw.size());
        for (double[] r : raw) {
            int start = (int) r[0];
            int end = (int) r[1];
            boolean uniform = true;
            for (int i = start + 1; i < end && i < text.length() && bidi != null; i++) {
                if (bidi.getLevelAt(i) != bidi.getLevelAt(start)) {
                    uniform = false;
                    break;
                }
            }
            int line = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (r[4] >= lines.get(i).minY() - 2 && r[4] < lines.get(i).maxY() - 2) {
                    line = i;
                    break;
                }
            }
            pieces.add(new Piece(start, end, r[2], r[3], r[4], r[5], uniform, line));
        }
        return new TextGeometry(flow, text, direction, List.copyOf(pieces), List.copyOf(lines), bidi);
    }

    List<Line> lines() {
        return lines;
    }

    List<Piece> pieces() {
        return pieces;
    }

    TextFlow flow() {
        return flow;
    }

    /** Index of the line the caret at {@code offset} is drawn on (a line's end belongs to the next line). */
    int lineOf(int offset) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (offset >= l.start() && (offset < l.end() || i == lines.size() - 1)) {
                return i;
            }
        }
        return Math.max(0, lines.size() - 1);
    }

    /** The boxes covering characters {@code [start, end)}: one per visual run per line. */
    List<Rectangle2D> rangeBoxes(int start, int end) {
        List<Rectangle2D> out = new ArrayList<>();
        if (start >= end) {
            return out;
        }
        for (int li = 0; li < lines.size(); li++) {
            Line line = lines.get(li);
            if (line.end() <= start || line.start() >= end) {
                continue;
            }
            List<double[]> covered = new ArrayList<>();
            for (Piece p : pieces) {
                if (p.line() == li) {
                    covered.addAll(cover(p, start, end));
                }
            }
            covered.sort(Comparator.comparingDouble(c -> c[0]));
            double lo = Double.NaN;
            double hi = Double.NaN;
            for (double[] c : covered) {
                if (!Double.isNaN(lo) && c[0] <= hi + 1.5) {
                    hi = Math.max(hi, c[1]);
                    continue;
                }
                emit(out, lo, hi, line);
                lo = c[0];
                hi = c[1];
            }
            emit(out, lo, hi, line);
        }
        return out;
    }

    private void emit(List<Rectangle2D> out, double lo, double hi, Line line) {
        if (Double.isNaN(lo)) {
            return;
        }
        lo = Math.max(0, lo);
        hi = Math.min(flow.getWidth(), hi);
        if (hi > lo) {
            out.add(new Rectangle2D(lo, line.minY(), hi - lo, line.maxY() - line.minY()));
        }
    }

    /** The x intervals of piece {@code p} that hold characters {@code [start, end)}. */
    private List<double[]> cover(Piece p, int start, int end) {
        int s = Math.max(start, p.start());
        int e = Math.min(end, p.end());
        if (s >= e) {
            return List.of();
        }
        if (s == p.start() && e == p.end() && p.uniform()) {
            return List.of(new double[] {p.minX(), p.maxX()});
        }
        double[] whole = RtlWorkarounds.rawRange(flow, p.start(), p.end());
        List<double[]> out = new ArrayList<>();
        if (whole == null) {
            out.add(new double[] {p.minX(), p.maxX()});
            return out;
        }
        for (Rectangle2D r : RtlWorkarounds.rectangles(flow.rangeShape(s, e))) {
            double[] x = RtlWorkarounds.anchorSubRange(p.minX(), p.maxX(), whole[0], whole[1],
                    r.getMinX(), r.getMaxX(), mirrored());
            if (x[1] > x[0]) {
                out.add(x);
            }
        }
        return out;
    }

    private boolean mirrored() {
        if (mirrored == null) {
            mirrored = RtlWorkarounds.flowMirrored(flow, direction.rtl());
        }
        return mirrored;
    }

    /** The caret line at {@code offset}: a zero-width box at its x over its line's height. */
    Rectangle2D caret(int offset) {
        if (pieces.isEmpty() || text.isEmpty()) {
            double x = direction.rtl() ? flow.getWidth() - flow.snappedRightInset() - 1 : flow.snappedLeftInset() + 1;
            double h = Math.max(flow.getHeight(), 1);
            return new Rectangle2D(x, 0, 0, h);
        }
        // The leading edge of the character after the caret, or the trailing edge of the last one.
        boolean atEnd = offset >= text.length();
        int ch = atEnd ? text.length() - 1 : offset;
        if (Character.isLowSurrogate(text.charAt(ch)) && ch > 0) {
            ch--;
        }
        boolean rtl = (bidi.getLevelAt(ch) & 1) == 1;
        for (Piece p : pieces) {
            if (ch >= p.start() && ch < p.end()) {
                List<double[]> box = cover(p, ch, Math.min(p.end(), ch + Character.charCount(text.codePointAt(ch))));
                double lo = box.isEmpty() ? p.minX() : box.get(0)[0];
                double hi = box.isEmpty() ? p.maxX() : box.get(box.size() - 1)[1];
                double x = rtl != atEnd ? hi : lo;
                Line line = lines.get(p.line());
                return new Rectangle2D(x, line.minY(), 0, line.maxY() - line.minY());
            }
        }
        Line last = lines.get(lines.size() - 1);
        return new Rectangle2D(direction.rtl() ? 0 : flow.getWidth(), last.minY(), 0, last.maxY() - last.minY());
    }

    String text() {
        return text;
    }
}
