package org.mizan.analysis.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Distributional word classes: words that occur between the same neighbours fall into one class,
 * so a name the tagger never saw labelled still shares weights with names that sat in the same
 * contexts. Computed by k-means over left/right neighbour profiles of the training text plus any
 * unlabelled text given to {@code train-ner} (no labels used), with a fixed seed. Unseen and rare
 * words get a class from their last two letters.
 *
 * <p>Two granularities: fine classes ({@link #classOf}) and coarse ones ({@link #coarseOf}) made by
 * clustering the fine classes' centres again, so each coarse class is a union of fine ones. A fine
 * class of a few dozen words is often too rare in the labelled text to earn a weight; its coarse
 * class pools it with its neighbours. Both are stored in one int per word (coarse in the high half).
 */
public final class WordClasses {

    private static final int CONTEXT_WORDS = 400;
    private static final int MIN_COUNT = 3;
    private static final int ITERATIONS = 12;
    private static final int SUFFIX_CLASSES = 5000;

    private final Map<String, Integer> classes;
    private final boolean coarse;

    public WordClasses(Map<String, Integer> classes) {
        this.classes = Map.copyOf(classes);
        boolean any = false;
        for (int v : this.classes.values()) {
            any |= v >>> 16 != 0;
        }
        // models trained before coarse classes existed have none, and their features must not change
        this.coarse = any;
    }

    /** Whether the words have coarse classes ({@link #coarseOf}) besides fine ones. */
    public boolean hasCoarse() {
        return coarse;
    }

    public static WordClasses none() {
        return new WordClasses(Map.of());
    }

    /** The (fine) class of a folded word. */
    public int classOf(String key) {
        Integer c = classes.get(key);
        if (c != null) {
            return c & 0xFFFF;
        }
        int n = key.length();
        return SUFFIX_CLASSES + Math.floorMod(key.substring(Math.max(0, n - 2)).hashCode(), 997);
    }

    /** The coarse class of a folded word: unseen words by their last letter; -1 without coarse classes. */
    public int coarseOf(String key) {
        if (!coarse) {
            return -1;
        }
        Integer c = classes.get(key);
        if (c != null) {
            return c >>> 16;
        }
        return key.isEmpty() ? SUFFIX_CLASSES : SUFFIX_CLASSES + 1 + key.charAt(key.length() - 1);
    }

    Map<String, Integer> asMap() {
        return classes;
    }

    /** Clusters the words of {@code sentences} (folded) into {@code k} classes, coarse class 0. */
    public static WordClasses learn(List<List<String>> sentences, int k, long seed) {
        return learn(sentences, k, 0, seed);
    }

    /**
     * Clusters the words of {@code sentences} (folded) into {@code k} fine classes, and those into
     * {@code coarse} coarse classes (none when 0).
     */
    public static WordClasses learn(List<List<String>> sentences, int k, int coarse, long seed) {
        Map<String, Integer> counts = new HashMap<>();
        List<String[]> keyed = new ArrayList<>();
        for (List<String> s : sentences) {
            String[] keys = new String[s.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = ArabicForms.key(s.get(i));
                counts.merge(keys[i], 1, Integer::sum);
            }
            keyed.add(keys);
        }
        List<String> byFreq = new ArrayList<>(counts.keySet());
        byFreq.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w));
        Map<String, Integer> contextIndex = new HashMap<>();
        for (int i = 0; i < Math.min(CONTEXT_WORDS, byFreq.size()); i++) {
            contextIndex.put(byFreq.get(i), i);
        }
        List<String> vocab = byFreq.stream().filter(w -> counts.get(w) >= MIN_COUNT).toList();
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            row.put(vocab.get(i), i);
        }
        int dims = 2 * CONTEXT_WORDS + 2;
        List<Map<Integer, Float>> profiles = new ArrayList<>();
        for (int i = 0; i < vocab.size(); i++) {
            profiles.add(new HashMap<>());
        }
        for (String[] keys : keyed) {
            for (int i = 0; i < keys.length; i++) {
                Integer r = row.get(keys[i]);
                if (r == null) {
                    continue;
                }
                Integer left = i == 0 ? Integer.valueOf(2 * CONTEXT_WORDS) : contextIndex.get(keys[i - 1]);
                profiles.get(r).merge(left == null ? 2 * CONTEXT_WORDS + 1 : left, 1f, Float::sum);
                Integer right = i + 1 < keys.length ? contextIndex.get(keys[i + 1]) : null;
                if (right != null) {
                    profiles.get(r).merge(CONTEXT_WORDS + right, 1f, Float::sum);
                }
            }
        }
        int[][] idx = new int[vocab.size()][];
        float[][] val = new float[vocab.size()][];
        for (int r = 0; r < vocab.size(); r++) {
            Map<Integer, Float> p = profiles.get(r);
            int[] ix = p.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            float[] v = new float[ix.length];
            double norm = 0;
            for (int j = 0; j < ix.length; j++) {
                v[j] = p.get(ix[j]);
                norm += v[j] * v[j];
            }
            for (int j = 0; j < ix.length; j++) {
                v[j] = (float) (v[j] / Math.sqrt(norm));
            }
            idx[r] = ix;
            val[r] = v;
        }
        int fineK = Math.min(k, Math.max(1, vocab.size()));
        float[][] centre = new float[fineK][dims];
        int[] assign = kMeans(idx, val, dims, fineK, seed, centre);
        int[] parent = new int[fineK];
        if (coarse > 0) {
            // the fine centres as sparse unit vectors, clustered once more
            int[][] cIdx = new int[fineK][];
            float[][] cVal = new float[fineK][];
            for (int c = 0; c < fineK; c++) {
                int nz = 0;
                for (float x : centre[c]) {
                    nz += x != 0 ? 1 : 0;
                }
                cIdx[c] = new int[nz];
                cVal[c] = new float[nz];
                for (int j = 0, at = 0; j < dims; j++) {
                    if (centre[c][j] != 0) {
                        cIdx[c][at] = j;
                        cVal[c][at++] = centre[c][j];
                    }
                }
            }
            parent = kMeans(cIdx, cVal, dims, Math.min(coarse, fineK), seed + 1, new float[Math.min(coarse, fineK)][dims]);
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            out.put(vocab.get(i), assign[i] | parent[assign[i]] << 16);
        }
        return new WordClasses(out);
    }

    private static void normalise(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        if (s > 0) {
            float inv = (float) (1 / Math.sqrt(s));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
    }

    /** Spherical k-means over sparse unit vectors; leaves the final centres in {@code centre}. */
    private static int[] kMeans(int[][] idx, float[][] val, int dims, int k, long seed, float[][] centre) {
        int n = idx.length;
        SplittableRandom random = new SplittableRandom(seed);
        int[] assign = new int[n];
        for (int i = 0; i < n; i++) {
            assign[i] = i < k ? i : random.nextInt(k);
        }
        for (int it = 0; it <= ITERATIONS; it++) {
            for (int c = 0; c < k; c++) {
                Arrays.fill(centre[c], 0);
            }
            for (int i = 0; i < n; i++) {
                float[] b = centre[assign[i]];
                for (int j = 0; j < idx[i].length; j++) {
                    b[idx[i][j]] += val[i][j];
                }
            }
            for (int c = 0; c < k; c++) {
                normalise(centre[c]);
            }
            if (it == ITERATIONS) {
                break;
            }
            for (int i = 0; i < n; i++) {
                float best = -Float.MAX_VALUE;
                int arg = assign[i];
                for (int c = 0; c < k; c++) {
                    float dot = 0;
                    float[] b = centre[c];
                    for (int j = 0; j < idx[i].length; j++) {
                        dot += val[i][j] * b[idx[i][j]];
                    }
                    if (dot > best) {
                        best = dot;
                        arg = c;
                    }
                }
                assign[i] = arg;
            }
        }
        return assign;
    }
}
