package org.mizan.ui;

import java.util.ArrayList;
import java.util.List;
import org.mizan.model.Span;

/** Moves highlights along with an edit, so they stay on their words until the re-analysis arrives. */
final class HighlightShift {

    private HighlightShift() {
    }

    /** The highlights after {@code removed} chars at {@code position} were replaced by {@code inserted} chars. */
    static List<Highlight> apply(List<Highlight> highlights, int position, int removed, int inserted) {
        int delta = inserted - removed;
        int editEnd = position + removed;
        List<Highlight> out = new ArrayList<>(highlights.size());
        for (Highlight h : highlights) {
            Span s = h.span();
            int start = s.start();
            int end = s.end();
            if (end <= position) {
                out.add(h);
                continue;
            }
            if (start >= editEnd) {
                out.add(new Highlight(s.shift(delta), h.styleClass()));
                continue;
            }
            // The edit touches the highlight: keep what is left of it, growing over text typed inside.
            int ns = start < position ? start : position + inserted;
            int ne = end > editEnd ? end + delta : position;
            if (ne > ns) {
                out.add(new Highlight(new Span(ns, ne), h.styleClass()));
            }
        }
        return out;
    }
}
