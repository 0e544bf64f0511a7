package org.mizan.analysis.contradictions;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Pairs within a block of candidates, bounded: a block is compared in full while it is small, and
 * beyond that each item only with the {@code reach} items nearest it in reading order. Blocks are
 * lists in reading order (claims are numbered as they are read).
 */
final class Blocks {

    private Blocks() {
    }

    /** Every pair of a small block; in a large one, each item with the next {@code reach} items. */
    static <T> void pairs(List<T> block, int reach, BiConsumer<T, T> visit) {
        for (int i = 0; i < block.size(); i++) {
            int last = block.size() <= reach + 1 ? block.size() - 1 : Math.min(block.size() - 1, i + reach);
            for (int j = i + 1; j <= last; j++) {
                visit.accept(block.get(i), block.get(j));
            }
        }
    }

    /** Every item of a small block; in a large one, the {@code reach} items on each side of {@code x}'s place. */
    static <T> void near(List<T> block, T x, ToIntFunction<T> order, int reach, Consumer<T> visit) {
        if (block == null) {
            return;
        }
        if (block.size() <= 2 * reach + 1) {
            block.forEach(visit);
            return;
        }
        int key = order.applyAsInt(x);
        int lo = 0;
        int hi = block.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (order.applyAsInt(block.get(mid)) < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = Math.max(0, lo - reach); i < Math.min(block.size(), lo + reach + 1); i++) {
            visit.accept(block.get(i));
        }
    }
}
