package org.mizan.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mizan.model.Span;

/**
 * The items of an article-wide list (mentions, figures) that touch one stretch of text, found by
 * binary search. The claim finder reads sentence by sentence and asks about mentions and figures
 * many times per sentence; scanning the whole article's lists each time made a long article
 * quadratic (a 400 KB article spent most of its claim-finding time in those scans).
 *
 * <p>Returns every item with {@code start <= window.end} and {@code end >= window.start}: a
 * superset of the items that any span inside the window can contain or overlap, in list order, so
 * callers that test spans inside the window see exactly what a full scan would show them.
 */
public final class SpanIndex<T> {

    private final List<T> items;
    private final Function<T, Span> span;
    private final int[] starts;
    /** Largest end among items[0..i]: non-decreasing, so it can be binary searched. */
    private final int[] maxEnds;
    private final boolean sorted;

    public SpanIndex(List<T> items, Function<T, Span> span) {
        this.items = List.copyOf(items);
        this.span = span;
        int n = this.items.size();
        starts = new int[n];
        maxEnds = new int[n];
        boolean inOrder = true;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Span s = span.apply(this.items.get(i));
            starts[i] = s.start();
            max = Math.max(max, s.end());
            maxEnds[i] = max;
            inOrder &= i == 0 || starts[i - 1] <= starts[i];
        }
        sorted = inOrder;
    }

    /** The items touching {@code window}, in list order. */
    public List<T> touching(Span window) {
        if (!sorted) {
            List<T> out = new ArrayList<>();
            for (T t : items) {
                if (touches(span.apply(t), window)) {
                    out.add(t);
                }
            }
            return out;
        }
        int from = firstIndex(maxEnds, window.start());       // first item whose end may reach the window
        int to = firstIndex(starts, window.end() + 1);         // first item starting after the window
        List<T> out = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            T t = items.get(i);
            if (touches(span.apply(t), window)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean touches(Span s, Span window) {
        return s.start() <= window.end() && s.end() >= window.start();
    }

    /** Index of the first element {@code >= key} in a non-decreasing array (its length if none). */
    private static int firstIndex(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
