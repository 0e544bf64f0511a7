package org.mizan.analysis.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a first tagging pass said about the other occurrences of each word in the same document:
 * a name is usually tagged alike wherever it recurs, but a sentence-level tagger sees one
 * sentence at a time and misses repeats it has no context for. For every token this gives a
 * code for how the other occurrences of its stem (clitics and article removed) within
 * {@code window} sentences either side were tagged, and which entity types they were tagged with.
 */
final class DocumentHints {

    /** Per-token hint codes and entity-type bitmasks. */
    record Hints(int[] code, int[] types) {
    }

    private DocumentHints() {
    }

    /**
     * @param stems  per sentence, the stem of each token
     * @param labels per sentence, the first-pass label of each token
     * @param window how many sentences either side count as the same document
     */
    static Hints[] compute(List<String[]> stems, List<int[]> labels, int window) {
        int n = stems.size();
        Hints[] out = new Hints[n];
        // counts[stem] = per entity type (0 = O, 1..4 = PERS, LOC, ORG, MISC) over the window
        Map<String, int[]> counts = new HashMap<>();
        int lo = 0;
        int hi = -1;
        for (int s = 0; s < n; s++) {
            int from = Math.max(0, s - window);
            int to = Math.min(n - 1, s + window);
            while (hi < to) {
                hi++;
                add(counts, stems.get(hi), labels.get(hi), 1);
            }
            while (lo < from) {
                add(counts, stems.get(lo), labels.get(lo), -1);
                lo++;
            }
            String[] st = stems.get(s);
            int[] lab = labels.get(s);
            int[] code = new int[st.length];
            int[] types = new int[st.length];
            for (int i = 0; i < st.length; i++) {
                int[] c = counts.get(st[i]);
                int own = typeOf(lab[i]);
                int total = 0;
                int best = 0;
                int bestCount = -1;
                for (int t = 0; t < 5; t++) {
                    int v = c[t] - (t == own ? 1 : 0);
                    total += v;
                    if (v > bestCount) {
                        bestCount = v;
                        best = t;
                    }
                    if (t > 0 && v > 0) {
                        types[i] |= 1 << t;
                    }
                }
                if (total > 0) {
                    double p = bestCount / (double) total;
                    int bucket = p >= 0.9 ? 2 : p >= 0.6 ? 1 : 0;
                    code[i] = 1 + best * 8 + bucket * 2 + (total >= 3 ? 1 : 0);
                }
            }
            out[s] = new Hints(code, types);
        }
        return out;
    }

    private static void add(Map<String, int[]> counts, String[] stems, int[] labels, int delta) {
        for (int i = 0; i < stems.length; i++) {
            counts.computeIfAbsent(stems[i], k -> new int[5])[typeOf(labels[i])] += delta;
        }
    }

    /** 0 for O, else 1 + the entity type's position (PERS, LOC, ORG, MISC). */
    static int typeOf(int label) {
        return label == Labels.O ? 0 : (label + 1) / 2;
    }
}
