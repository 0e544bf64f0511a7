package org.mizan.ui;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mizan.model.Span;

/**
 * Interim (until the RTL editor component is merged): style runs for a range of text where every
 * word and every run of spaces is its own segment, so JavaFX never wraps inside a Text node
 * (see shared/notes/rtl-rendering.md), and a highlight covers whole words so letters stay joined.
 */
final class WordRuns {

    record Run(int length, Collection<String> classes) {
    }

    private WordRuns() {
    }

    /**
     * @param text       the whole text
     * @param range      the part to style (paragraph aligned)
     * @param highlights sorted by start, offsets into the whole text
     * @param longest    the length of the longest highlight, to skip those that end before the range
     */
    static List<Run> of(String text, Span range, List<Highlight> highlights, int longest) {
        List<Run> runs = new ArrayList<>();
        BreakIterator words = BreakIterator.getLineInstance(Locale.forLanguageTag("ar"));
        words.setText(text.substring(range.start(), range.end()));
        List<Highlight> active = new ArrayList<>();
        int next = firstStartingAtOrAfter(highlights, range.start() - longest);
        int n = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            int s = range.start() + start;
            int e = range.start() + end;
            int wordEnd = e;
            while (wordEnd > s && Character.isWhitespace(text.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            active.removeIf(h -> h.span().end() <= s);
            while (next < highlights.size() && highlights.get(next).span().start() < e) {
                Highlight h = highlights.get(next++);
                if (h.span().end() > s) {
                    active.add(h);
                }
            }
            String parity = (n++ & 1) == 0 ? "w0" : "w1";
            if (wordEnd > s) {
                runs.add(new Run(wordEnd - s, classes(parity, active, new Span(s, wordEnd))));
            }
            if (e > wordEnd) {
                // Spaces: highlighted only where a highlight covers them (inside a multi-word name).
                Set<String> cs = new LinkedHashSet<>();
                cs.add(parity);
                for (Highlight h : active) {
                    if (h.span().start() <= wordEnd && h.span().end() >= e) {
                        cs.add(h.styleClass());
                    }
                }
                runs.add(new Run(e - wordEnd, List.copyOf(cs)));
            }
        }
        return runs;
    }

    private static Collection<String> classes(String parity, List<Highlight> active, Span word) {
        if (active.isEmpty()) {
            return List.of(parity);
        }
        Set<String> cs = new LinkedHashSet<>();
        cs.add(parity);
        for (Highlight h : active) {
            if (h.span().overlaps(word)) {
                cs.add(h.styleClass());
            }
        }
        return List.copyOf(cs);
    }

    private static int firstStartingAtOrAfter(List<Highlight> sorted, int offset) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
