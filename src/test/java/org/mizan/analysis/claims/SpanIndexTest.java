package org.mizan.analysis.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mizan.model.Span;

/** The index answers exactly what a scan for touching spans answers, in the same order. */
class SpanIndexTest {

    private static List<Span> scan(List<Span> items, Span w) {
        List<Span> out = new ArrayList<>();
        for (Span s : items) {
            if (s.start() <= w.end() && s.end() >= w.start()) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void sortedSpansOfMixedLengthsIncludingOneThatReachesFarAhead() {
        List<Span> items = List.of(new Span(0, 3), new Span(2, 40), new Span(5, 6), new Span(10, 12),
                new Span(12, 15), new Span(30, 31), new Span(45, 50));
        SpanIndex<Span> index = new SpanIndex<>(items, s -> s);
        // the long span [2, 40) starts long before the window but reaches into it
        assertEquals(List.of(new Span(2, 40), new Span(30, 31)), index.touching(new Span(20, 35)));
        // touching at either end counts: a sub-span of the window may end or start there
        assertEquals(List.of(new Span(2, 40), new Span(10, 12), new Span(12, 15)), index.touching(new Span(12, 12)));
        assertEquals(List.of(new Span(45, 50)), index.touching(new Span(41, 60)));
        assertEquals(List.of(), index.touching(new Span(51, 60)));
    }

    @Test
    void agreesWithAScanOnRandomSpansSortedOrNot() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            List<Span> items = new ArrayList<>();
            int at = 0;
            for (int i = 0; i < 30; i++) {
                at += rnd.nextInt(4);
                items.add(new Span(at, at + 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 60 : 5)));
            }
            if (round % 4 == 0) {
                java.util.Collections.shuffle(items, new java.util.Random(round));   // the unsorted fallback
            }
            SpanIndex<Span> index = new SpanIndex<>(items, s -> s);
            for (int q = 0; q < 20; q++) {
                int start = rnd.nextInt(at + 10);
                Span w = new Span(start, start + rnd.nextInt(15));
                assertEquals(scan(items, w), index.touching(w), "window " + w + " over " + items);
            }
        }
    }
}
