package org.mizan.export.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a shaped paragraph into lines at ICU line-break opportunities, greedily, and gives each
 * line its visual order from the paragraph's bidi run (so digits and Latin keep their place
 * inside Arabic). A word longer than the line is cut between characters (never before a mark).
 */
final class LineBreaker {

    /** ICU builds a line iterator from its rules on each request; one per thread is reused instead. */
    private static final ThreadLocal<BreakIterator> BREAKS =
            ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(ULocale.ROOT));

    private LineBreaker() {
    }

    /** @param maxWidth the line width in 1/1000 em (points × 1000 / size) */
    static List<Line> lines(ShapedParagraph p, float maxWidth) {
        List<Line> out = new ArrayList<>();
        if (p.length == 0) {
            return out;
        }
        BreakIterator breaks = BREAKS.get();
        breaks.setText(p.text.subSequence(p.start, p.start + p.length).toString());
        int lineStart = 0;
        int lastFit = -1;
        for (int b = breaks.following(0); b != BreakIterator.DONE; b = breaks.next()) {
            if (width(p, lineStart, trim(p, lineStart, b)) <= maxWidth) {
                lastFit = b;
                continue;
            }
            if (lastFit > lineStart) {
                out.add(line(p, lineStart, lastFit, false));
                lineStart = lastFit;
            }
            // the segment [lineStart, b) alone may still be too wide: cut it by characters
            while (width(p, lineStart, trim(p, lineStart, b)) > maxWidth) {
                int cut = cutPoint(p, lineStart, b, maxWidth);
                out.add(line(p, lineStart, cut, false));
                lineStart = cut;
            }
            lastFit = b;
        }
        out.add(line(p, lineStart, p.length, true));
        return out;
    }

    private static int cutPoint(ShapedParagraph p, int from, int to, float maxWidth) {
        float w = 0;
        int i = from;
        while (i < to && w + p.advance[i] <= maxWidth) {
            w += p.advance[i];
            i++;
        }
        while (i < to && (p.kind[i] == ShapedParagraph.MARK || Character.isLowSurrogate(p.text.charAt(p.start + i)))) {
            i++;
        }
        return Math.max(i, from + 1);
    }

    private static int trim(ShapedParagraph p, int from, int to) {
        while (to > from && p.isSpace(to - 1)) {
            to--;
        }
        return to;
    }

    private static float width(ShapedParagraph p, int from, int to) {
        float w = 0;
        for (int i = from; i < to; i++) {
            w += p.advance[i];
        }
        return w;
    }

    private static Line line(ShapedParagraph p, int from, int to, boolean last) {
        int end = trim(p, from, to);
        int spaces = 0;
        for (int i = from; i < end; i++) {
            if (p.isSpace(i)) {
                spaces++;
            }
        }
        int[] visual;
        if (end > from) {
            Bidi line = p.bidi.setLine(from, end);
            visual = line.getVisualMap();
            for (int v = 0; v < visual.length; v++) {
                visual[v] += from;
            }
        } else {
            visual = new int[0];
        }
        return new Line(p, from, end, visual, width(p, from, end), spaces, last);
    }
}
