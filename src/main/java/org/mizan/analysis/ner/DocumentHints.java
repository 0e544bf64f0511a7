package org.mizan.analysis.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a first tagging pass said about the other occurrences of each word in the same document:
 * a name is usually tagged alike wherever it recurs, but a sentence-level tagger sees one
 * sentence at a time and misses repeats it has no context for. For every token this gives a
 * code for how the other occurrences of its stem (clitics and article removed) within
 * {@code window} sentences either side were tagged, and which entity types they were tagged with;
 * {@link #features} turns that into the second pass's features.
 */
final class DocumentHints {

    /** Per-token hint codes and entity-type bitmasks. */
    record Hints(int[] code, int[] types) {
    }

    private DocumentHints() {
    }

    /** Dense per-document ids for the stems of every sentence (equal stems, equal ids). */
    static int[][] ids(List<String[]> stems) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] out = new int[stems.size()][];
        for (int s = 0; s < out.length; s++) {
            String[] st = stems.get(s);
            int[] row = new int[st.length];
            for (int i = 0; i < st.length; i++) {
                Integer id = ids.putIfAbsent(st[i], ids.size());
                row[i] = id == null ? ids.size() - 1 : id;
            }
            out[s] = row;
        }
        return out;
    }

    /**
     * @param stems  per sentence, the stem id of each token ({@link #ids})
     * @param labels per sentence, the first-pass label of each token
     * @param window how many sentences either side count as the same document
     */
    static Hints[] compute(int[][] stems, List<int[]> labels, int window) {
        int n = stems.length;
        int distinct = 0;
        for (int[] row : stems) {
            for (int id : row) {
                distinct = Math.max(distinct, id + 1);
            }
        }
        Hints[] out = new Hints[n];
        // counts[stem * 5 + t], t = 0 for O, 1..4 for PERS, LOC, ORG, MISC, over the window
        int[] counts = new int[distinct * 5];
        int lo = 0;
        int hi = -1;
        for (int s = 0; s < n; s++) {
            int from = Math.max(0, s - window);
            int to = Math.min(n - 1, s + window);
            while (hi < to) {
                hi++;
                add(counts, stems[hi], labels.get(hi), 1);
            }
            while (lo < from) {
                add(counts, stems[lo], labels.get(lo), -1);
                lo++;
            }
            int[] st = stems[s];
            int[] lab = labels.get(s);
            int[] code = new int[st.length];
            int[] types = new int[st.length];
            for (int i = 0; i < st.length; i++) {
                int base = st[i] * 5;
                int own = typeOf(lab[i]);
                int total = 0;
                int best = 0;
                int bestCount = -1;
                for (int t = 0; t < 5; t++) {
                    int v = counts[base + t] - (t == own ? 1 : 0);
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

    private static void add(int[] counts, int[] stems, int[] labels, int delta) {
        for (int i = 0; i < stems.length; i++) {
            counts[stems[i] * 5 + typeOf(labels[i])] += delta;
        }
    }

    /** 0 for O, else 1 + the entity type's position (PERS, LOC, ORG, MISC). */
    static int typeOf(int label) {
        return label == Labels.O ? 0 : (label + 1) / 2;
    }

    /**
     * The second pass's features of token {@code i}: what the first pass said about it and its
     * neighbours, and how the other occurrences of its stem were tagged. The second pass sees
     * them beside the sentence features, in the same hashed space.
     */
    static int features(Hints hints, int[] firstPass, int i, int[] out) {
        int n = firstPass.length;
        int m = 0;
        int code = hints.code()[i];
        int prev = i > 0 ? hints.code()[i - 1] : -1;
        int next = i + 1 < n ? hints.code()[i + 1] : -2;
        int fPrev = i > 0 ? firstPass[i - 1] : -1;
        int fNext = i + 1 < n ? firstPass[i + 1] : -2;
                out[m++] = h(130, code);
        out[m++] = h(131, prev);
        out[m++] = h(132, next);
        out[m++] = h(133, FeatureExtractor.h(0, prev, code));
        out[m++] = h(134, FeatureExtractor.h(0, code, next));
        out[m++] = h(135, hints.types()[i]);
        out[m++] = h(136, firstPass[i]);
        out[m++] = h(137, FeatureExtractor.h(0, fPrev, firstPass[i]));
        out[m++] = h(138, FeatureExtractor.h(0, firstPass[i], fNext));
        out[m++] = h(139, FeatureExtractor.h(0, code, firstPass[i]));
        out[m++] = h(140, i > 0 ? hints.types()[i - 1] : -1);
        out[m++] = h(141, i + 1 < n ? hints.types()[i + 1] : -2);
        return m;
    }

    /** Most features a token gets from {@link #features}. */
    static final int MAX_FEATURES = 12;

    private static int h(int template, int value) {
        return FeatureExtractor.h(template, value);
    }
}
