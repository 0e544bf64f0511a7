package org.mizan.analysis.ner;

import java.util.List;

/**
 * Turns a sentence into hashed feature indices, one array per token. Features never look at
 * labels (previous tags enter through the tagger's transition weights), so a sentence is
 * featurised once per training run. Every string is hashed in place with its template number;
 * nothing is concatenated.
 */
public final class FeatureExtractor {

    /** log2 of the number of hashed feature buckets. */
    public static final int BITS = 20;
    public static final int BUCKETS = 1 << BITS;
    private static final int MASK = BUCKETS - 1;

    private static final int FIRST = 1;
    private static final int LAST = 2;
    private static final int TITLE = 4;
    private static final int ORG_HEAD = 8;
    private static final int LOC_HEAD = 16;
    private static final int NISBA = 32;
    private static final int OUTLET_HEAD = 64;
    private static final int FLAG_COUNT = 7;

    private static final int BOS = "<s>".hashCode();
    private static final int EOS = "</s>".hashCode();

    private final Gazetteer gazetteer;
    private final WordClasses classes;

    public FeatureExtractor(Gazetteer gazetteer, WordClasses classes) {
        this.gazetteer = gazetteer;
        this.classes = classes;
    }

    /** Per-token data the templates combine. */
    private static final class Sentence {
        final int n;
        final String[] key;
        final String[] stem;
        final int[] hk;
        final int[] hs;
        final int[] shape;
        final int[] flags;
        final int[] lexWord;
        final int[] lexStem;
        final int[] lexPhrase;
        final int[] gaz;
        final int[] cls;
        final int[] pro;

        Sentence(int n) {
            this.n = n;
            key = new String[n];
            stem = new String[n];
            hk = new int[n];
            hs = new int[n];
            shape = new int[n];
            flags = new int[n];
            lexWord = new int[n];
            lexStem = new int[n];
            lexPhrase = new int[n];
            gaz = new int[n];
            cls = new int[n];
            pro = new int[n];
        }

        int hk(int i) {
            return i < 0 ? BOS : i >= n ? EOS : hk[i];
        }

        int hs(int i) {
            return i < 0 ? BOS : i >= n ? EOS : hs[i];
        }

        int at(int[] a, int i) {
            return i < 0 ? -1 : i >= n ? -2 : a[i];
        }
    }

    /** Feature indices for each token of {@code tokens}, using {@code lexicon} for training-set facts. */
    public int[][] extract(List<String> tokens, Lexicon lexicon) {
        Sentence s = describe(tokens, lexicon);
        int[][] out = new int[s.n][];
        int[] buf = new int[160];
        for (int i = 0; i < s.n; i++) {
            int m = features(s, i, buf);
            out[i] = java.util.Arrays.copyOf(buf, m);
        }
        return out;
    }

    /** The stems the document hints match on (folded, proclitics and article removed). */
    static String[] stems(List<String> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ArabicForms.stem(ArabicForms.key(tokens.get(i)));
        }
        return out;
    }

    /**
     * The features of the second, document-aware pass: the sentence features plus what the
     * first pass said about this token and about the other occurrences of its stem.
     */
    static int[][] withHints(int[][] base, DocumentHints.Hints hints, int[] firstPass) {
        int n = base.length;
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] b = base[i];
            int[] f = java.util.Arrays.copyOf(b, b.length + 12);
            int m = b.length;
            int code = hints.code()[i];
            int prev = i > 0 ? hints.code()[i - 1] : -1;
            int next = i + 1 < n ? hints.code()[i + 1] : -2;
            f[m++] = h(130, code);
            f[m++] = h(131, prev);
            f[m++] = h(132, next);
            f[m++] = h(133, prev, code);
            f[m++] = h(134, code, next);
            f[m++] = h(135, hints.types()[i]);
            f[m++] = h(136, firstPass[i]);
            f[m++] = h(137, i > 0 ? firstPass[i - 1] : -1, firstPass[i]);
            f[m++] = h(138, firstPass[i], i + 1 < n ? firstPass[i + 1] : -2);
            f[m++] = h(139, code, firstPass[i]);
            f[m++] = h(140, i > 0 ? hints.types()[i - 1] : -1);
            f[m++] = h(141, i + 1 < n ? hints.types()[i + 1] : -2);
            out[i] = java.util.Arrays.copyOf(f, m);
        }
        return out;
    }

    private Sentence describe(List<String> tokens, Lexicon lexicon) {
        int n = tokens.size();
        Sentence s = new Sentence(n);
        for (int i = 0; i < n; i++) {
            String raw = tokens.get(i);
            String k = ArabicForms.key(raw);
            String st = ArabicForms.stem(k);
            s.key[i] = k;
            s.stem[i] = st;
            s.hk[i] = k.hashCode();
            s.hs[i] = st.hashCode();
            s.shape[i] = ArabicForms.shape(raw);
            s.pro[i] = k.substring(0, ArabicForms.procliticLength(k)).hashCode() * 2
                    + (ArabicForms.hasArticle(k) ? 1 : 0);
            int f = 0;
            if (gazetteer.isFirstName(k) || gazetteer.isFirstName(st)) {
                f |= FIRST;
            }
            if (gazetteer.isLastName(k) || gazetteer.isLastName(st)) {
                f |= LAST;
            }
            String noClitic = k.substring(ArabicForms.procliticLength(k));
            if (gazetteer.isPersonTitle(k) || gazetteer.isPersonTitle(noClitic)) {
                f |= TITLE;
            }
            if (gazetteer.isOrgHead(k) || gazetteer.isOrgHead(noClitic)) {
                f |= ORG_HEAD;
            }
            if (gazetteer.isLocationHead(k) || gazetteer.isLocationHead(noClitic)) {
                f |= LOC_HEAD;
            }
            if (gazetteer.isOutletHead(k) || gazetteer.isOutletHead(noClitic)) {
                f |= OUTLET_HEAD;
            }
            if (k.length() > 4 && (k.endsWith("ي") || k.endsWith("يه") || k.endsWith("يون") || k.endsWith("يين"))) {
                f |= NISBA;
            }
            s.flags[i] = f;
            s.lexWord[i] = lexicon.word(k);
            s.lexStem[i] = lexicon.stem(st);
            s.cls[i] = classes.classOf(k);
        }
        markPhrases(s, lexicon);
        return s;
    }

    /** Longest matches of known names: gazetteer kinds and training-set entity phrases. */
    private void markPhrases(Sentence s, Lexicon lexicon) {
        int n = s.n;
        int maxG = gazetteer.maxPhraseTokens();
        int maxL = lexicon.maxPhraseTokens();
        for (int i = 0; i < n; ) {
            int matched = 0;
            int kind = 0;
            for (int len = Math.min(maxG, n - i); len >= 1 && matched == 0; len--) {
                for (String first : firstForms(s.key[i])) {
                    Gazetteer.Entry e = gazetteer.phrase(join(first, s.key, i + 1, i + len));
                    if (e != null) {
                        matched = len;
                        kind = e.kind().ordinal() + 1;
                        break;
                    }
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            for (int j = i; j < i + matched; j++) {
                s.gaz[j] = kind * 2 + (j == i ? 0 : 1);
            }
            i += matched;
        }
        for (int i = 0; i < n; ) {
            int matched = 0;
            int label = 0;
            for (int len = Math.min(maxL, n - i); len >= 2 && matched == 0; len--) {
                for (String first : firstForms(s.key[i])) {
                    int l = lexicon.phrase(join(first, s.key, i + 1, i + len));
                    if (l != 0) {
                        matched = len;
                        label = l;
                        break;
                    }
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            for (int j = i; j < i + matched; j++) {
                s.lexPhrase[j] = label * 2 + (j == i ? 0 : 1);
            }
            i += matched;
        }
    }

    /** The first word as written, and without its proclitics (للعراق also as العراق). */
    static String[] firstForms(String key) {
        int p = ArabicForms.procliticLength(key);
        if (p == 0) {
            return new String[] {key};
        }
        String rest = key.substring(p);
        if (key.charAt(p - 1) == 'ل' && rest.startsWith("ل")) {
            return new String[] {key, rest, "ا" + rest};
        }
        return new String[] {key, rest};
    }

    private static String join(String first, String[] keys, int from, int to) {
        if (from >= to) {
            return first;
        }
        StringBuilder sb = new StringBuilder(first);
        for (int k = from; k < to; k++) {
            sb.append(' ').append(keys[k]);
        }
        return sb.toString();
    }

    /** The bucket of the always-on feature (one per token). */
    static int biasFeature() {
        return h(0, 0);
    }

    private static int h(int template, int value) {
        long x = (template + 1) * 0x9E3779B97F4A7C15L ^ (value * 0xC2B2AE3D27D4EB4FL);
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        x ^= x >>> 29;
        return (int) x & MASK;
    }

    private static int h(int template, int a, int b) {
        return h(template, a * 0x01000193 ^ Integer.rotateLeft(b, 13));
    }

    private static int h(int template, int a, int b, int c) {
        return h(template, h(template + 7777, a, b) * 31 + c);
    }

    /** Rolling hash of key[from, to) without making a substring. */
    private static int slice(String k, int from, int to) {
        int x = to - from;
        for (int i = from; i < to; i++) {
            x = x * 31 + k.charAt(i);
        }
        return x;
    }

    private int features(Sentence s, int i, int[] out) {
        int m = 0;
        String k = s.key[i];
        String st = s.stem[i];
        int len = k.length();
        out[m++] = h(0, 0);
        // words and stems in a window of two
        out[m++] = h(1, s.hk(i));
        out[m++] = h(2, s.hs(i));
        out[m++] = h(3, s.hk(i - 1));
        out[m++] = h(4, s.hk(i + 1));
        out[m++] = h(5, s.hk(i - 2));
        out[m++] = h(6, s.hk(i + 2));
        out[m++] = h(7, s.hs(i - 1));
        out[m++] = h(8, s.hs(i + 1));
        out[m++] = h(9, s.hs(i - 2));
        out[m++] = h(10, s.hs(i + 2));
        // bigrams
        out[m++] = h(11, s.hk(i - 1), s.hk(i));
        out[m++] = h(12, s.hk(i), s.hk(i + 1));
        out[m++] = h(13, s.hs(i - 1), s.hs(i));
        out[m++] = h(14, s.hs(i), s.hs(i + 1));
        out[m++] = h(15, s.hk(i - 2), s.hk(i - 1));
        out[m++] = h(16, s.hk(i + 1), s.hk(i + 2));
        // affixes of the word and of the stem
        for (int a = 1; a <= 4; a++) {
            if (len >= a) {
                out[m++] = h(20 + a, slice(k, 0, a));
                out[m++] = h(30 + a, slice(k, len - a, len));
            }
            if (a <= 3 && st.length() >= a) {
                out[m++] = h(40 + a, slice(st, 0, a));
                out[m++] = h(50 + a, slice(st, st.length() - a, st.length()));
            }
        }
        for (int d = -1; d <= 1; d += 2) {
            int j = i + d;
            if (j >= 0 && j < s.n) {
                String kj = s.key[j];
                int lj = kj.length();
                if (lj >= 2) {
                    out[m++] = h(60 + d, slice(kj, lj - 2, lj));
                    out[m++] = h(63 + d, slice(kj, 0, Math.min(2, lj)));
                }
            }
        }
        // shape, article, proclitics, length
        out[m++] = h(70, s.shape[i]);
        out[m++] = h(71, s.at(s.shape, i - 1));
        out[m++] = h(72, s.at(s.shape, i + 1));
        out[m++] = h(73, s.at(s.shape, i - 1), s.shape[i], s.at(s.shape, i + 1));
        out[m++] = h(74, s.pro[i]);
        out[m++] = h(75, s.at(s.pro, i - 1), s.pro[i]);
        out[m++] = h(76, Math.min(len, 12));
        out[m++] = h(77, i == 0 ? 1 : i == 1 ? 2 : 3);
        // gazetteer flags for the word and its neighbours
        for (int d = -2; d <= 2; d++) {
            int f = s.at(s.flags, i + d);
            if (f < 0) {
                continue;
            }
            for (int b = 0; b < FLAG_COUNT; b++) {
                if ((f & (1 << b)) != 0) {
                    out[m++] = h(80 + d, b);
                }
            }
        }
        out[m++] = h(86, s.flags[i], s.at(s.flags, i - 1));
        out[m++] = h(87, s.flags[i], s.at(s.flags, i + 1));
        out[m++] = h(88, s.hk(i - 1), s.flags[i]);
        // known names (gazetteer phrases) around the word
        out[m++] = h(90, s.gaz[i]);
        out[m++] = h(91, s.at(s.gaz, i - 1), s.gaz[i]);
        out[m++] = h(92, s.gaz[i], s.at(s.gaz, i + 1));
        // training-set lexicon (out-of-fold during training)
        out[m++] = h(100, s.lexWord[i]);
        out[m++] = h(101, s.lexStem[i]);
        out[m++] = h(102, s.at(s.lexWord, i - 1));
        out[m++] = h(103, s.at(s.lexWord, i + 1));
        out[m++] = h(104, s.at(s.lexWord, i - 1), s.lexWord[i]);
        out[m++] = h(105, s.lexWord[i], s.at(s.lexWord, i + 1));
        out[m++] = h(106, s.at(s.lexStem, i - 1));
        out[m++] = h(107, s.at(s.lexStem, i + 1));
        out[m++] = h(108, s.lexPhrase[i]);
        out[m++] = h(109, s.at(s.lexPhrase, i - 1), s.lexPhrase[i]);
        out[m++] = h(110, s.lexPhrase[i], s.at(s.lexPhrase, i + 1));
        out[m++] = h(111, s.lexWord[i], s.shape[i]);
        out[m++] = h(112, s.hk(i - 1), s.lexWord[i]);
        // distributional word classes from the training text
        out[m++] = h(120, s.cls[i]);
        out[m++] = h(121, s.at(s.cls, i - 1));
        out[m++] = h(122, s.at(s.cls, i + 1));
        out[m++] = h(123, s.at(s.cls, i - 1), s.cls[i]);
        out[m++] = h(124, s.cls[i], s.at(s.cls, i + 1));
        out[m++] = h(125, s.at(s.cls, i - 2));
        out[m++] = h(126, s.at(s.cls, i + 2));
        out[m++] = h(127, s.cls[i], s.lexWord[i]);
        return m;
    }
}
