package org.mizan.analysis.stance;

import java.util.ArrayList;
import java.util.List;

/**
 * A longest-common-subsequence alignment of two sentences' content words (by root family). What it
 * leaves unaligned comes in gaps, each a run deleted from the first sentence and a run inserted in
 * the second: a contradiction is often written as a minimal edit of its source (one word replaced),
 * where a paraphrase rewords and reorders.
 */
record Alignment(int common, List<Gap> gaps) {

    /** An unaligned stretch: words {@code left} of the first sentence stand where {@code right} of the second do. */
    record Gap(List<String> left, List<String> right) {
        boolean substitution() {
            return !left.isEmpty() && !right.isEmpty();
        }
    }

    static Alignment of(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Gap> gaps = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                close(gaps, left, right);
                left = new ArrayList<>();
                right = new ArrayList<>();
                i++;
                j++;
            } else if (j >= m || i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
                left.add(a.get(i++));
            } else {
                right.add(b.get(j++));
            }
        }
        close(gaps, left, right);
        return new Alignment(lcs[0][0], List.copyOf(gaps));
    }

    private static void close(List<Gap> gaps, List<String> left, List<String> right) {
        if (!left.isEmpty() || !right.isEmpty()) {
            gaps.add(new Gap(List.copyOf(left), List.copyOf(right)));
        }
    }
}
