package org.mizan.analysis.ner;

import java.util.List;

/**
 * Turns a sentence into hashed feature indices. Features never look at labels (previous tags
 * enter through the tagger's transition weights), so a sentence is featurised once per training
 * run. Every string is hashed in place with its template number; nothing is concatenated.
 *
 * <p>The templates come in two kinds, and the split is what makes tagging fast:
 * <ul>
 *   <li><b>word features</b> ({@link #wordFeatures}): facts about one word (its form, stem,
 *   affixes, shape, gazetteer flags, lexicon code, class) seen from a fixed offset -2..+2. Their
 *   summed weights depend only on the word and the offset, so the model adds them up once per
 *   distinct word and caches the nine-label score vectors;</li>
 *   <li><b>context features</b> ({@link #contextFeatures}): pairs of neighbours, the position in
 *   the sentence and the known phrases around the word, looked up per token.</li>
 * </ul>
 * Training sees the union of both, as plain lists of feature ids ({@link #extract}).
 */
public final class FeatureExtractor {

    /** log2 of the number of hashed feature buckets of the sentence pass. */
    public static final int BITS = 20;
    public static final int BUCKETS = 1 << BITS;
    private static final int MASK = BUCKETS - 1;

    /** Offsets of the word features: a window of two words either side. */
    static final int REACH = 2;
    static final int OFFSETS = 2 * REACH + 1;

    private static final int FIRST = 1;
    private static final int LAST = 2;
    private static final int TITLE = 4;
    private static final int ORG_HEAD = 8;
    private static final int LOC_HEAD = 16;
    private static final int NISBA = 32;
    private static final int OUTLET_HEAD = 64;
    private static final int REPORTING = 128;
    private static final int FLAG_COUNT = 8;

    private static final int BOS = "<s>".hashCode();
    private static final int EOS = "</s>".hashCode();

    /** Option bit: flag the verbs that report speech (قال، أعلنت) like titles and heads. */
    public static final int REPORTING_VERBS = 1;
    /**
     * Option bit: clitic-aware features. The word without its proclitics (article kept) gives its
     * word class and lexicon code at -1..+1, and the neighbours' stem trigrams are seen too. Names
     * in Arabic news carry و، ب، ل often enough (وللعراق، بواشنطن) that their attached forms are
     * rare in training, fall into suffix classes and miss the lexicon.
     */
    public static final int CLITIC_FORMS = 2;
    /**
     * Option bit: words inside quotation marks («»، "", “”) see that, and the word before the opening
     * mark (برنامج «…»، بعنوان «…»، استاد "…", سيارة «…»): titles, programmes, stadiums and brands
     * are quoted in Arabic news far more often than they recur, so the word that introduces them is
     * what generalises.
     */
    public static final int QUOTES = 4;
    /** Longest quoted span (tokens) read as a name; longer ones are quotations of speech. */
    private static final int QUOTED_NAME_TOKENS = 6;

    private final Gazetteer gazetteer;
    private final WordClasses classes;
    private final int options;

    public FeatureExtractor(Gazetteer gazetteer, WordClasses classes) {
        this(gazetteer, classes, 0);
    }

    /**
     * @param reportingVerbs flag the verbs that report speech (قال، أعلنت) like titles and heads; off
     *                       for models trained before the flag existed, whose features must not change
     */
    public FeatureExtractor(Gazetteer gazetteer, WordClasses classes, boolean reportingVerbs) {
        this(gazetteer, classes, reportingVerbs ? REPORTING_VERBS : 0);
    }

    /**
     * @param options {@link #REPORTING_VERBS} and {@link #CLITIC_FORMS}; 0 for the features older models
     *                were trained with, which must not change
     */
    public FeatureExtractor(Gazetteer gazetteer, WordClasses classes, int options) {
        this.gazetteer = gazetteer;
        this.classes = classes;
        this.options = options;
    }

    /** A sentence as the context templates see it: its words and the known phrases marked on them. */
    static final class Sentence {
        final int n;
        final WordInfo[] w;
        /** Per token: gazetteer kind * 2 + (inside, not first word), 0 outside any known phrase. */
        final int[] gaz;
        /** Per token: training-set name label * 2 + (inside), 0 outside. */
        final int[] lexPhrase;
        /**
         * Per token inside a short quoted span: 1 for its first word, 2 after; 0 outside. Null when
         * the model does not use {@link #QUOTES}.
         */
        int[] quoted;
        /** Per quoted token: the stem hash of the word before the opening mark. */
        int[] quoteTrigger;

        Sentence(WordInfo[] w) {
            this.n = w.length;
            this.w = w;
            this.gaz = new int[n];
            this.lexPhrase = new int[n];
        }

        int hk(int i) {
            return i < 0 ? BOS : i >= n ? EOS : w[i].hk;
        }

        int hs(int i) {
            return i < 0 ? BOS : i >= n ? EOS : w[i].hs;
        }

        int shape(int i) {
            return i < 0 ? -1 : i >= n ? -2 : w[i].shape;
        }

        int pro(int i) {
            return i < 0 ? -1 : i >= n ? -2 : w[i].pro;
        }

        int flags(int i) {
            return i < 0 ? -1 : i >= n ? -2 : w[i].flags;
        }

        int lexWord(int i) {
            return i < 0 ? -1 : i >= n ? -2 : w[i].lexWord;
        }

        int cls(int i) {
            return i < 0 ? -1 : i >= n ? -2 : w[i].cls;
        }

        int gaz(int i) {
            return i < 0 ? -1 : i >= n ? -2 : gaz[i];
        }

        int lexPhrase(int i) {
            return i < 0 ? -1 : i >= n ? -2 : lexPhrase[i];
        }
    }

    /** Feature indices for each token of {@code tokens}, using {@code lexicon} for training-set facts. */
    public int[][] extract(List<String> tokens, Lexicon lexicon) {
        WordInfo[] words = new WordInfo[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = describe(tokens.get(i), lexicon);
        }
        Sentence s = sentence(words, lexicon);
        int[][] out = new int[s.n][];
        int[] buf = new int[MAX_FEATURES];
        for (int i = 0; i < s.n; i++) {
            int m = contextFeatures(s, i, buf, 0);
            for (int d = -REACH; d <= REACH; d++) {
                int j = i + d;
                m = j < 0 || j >= s.n ? boundaryFeatures(d, buf, m) : wordFeatures(words[j], d, buf, m);
            }
            out[i] = java.util.Arrays.copyOf(buf, m);
        }
        return out;
    }

    /** The neighbour-independent facts about one token. */
    WordInfo describe(String raw, Lexicon lexicon) {
        String k = ArabicForms.key(raw);
        String st = ArabicForms.stem(k);
        int p = ArabicForms.procliticLength(k);
        int pro = k.substring(0, p).hashCode() * 2 + (ArabicForms.hasArticle(k) ? 1 : 0);
        int f = 0;
        if (gazetteer.isFirstName(k) || gazetteer.isFirstName(st)) {
            f |= FIRST;
        }
        if (gazetteer.isLastName(k) || gazetteer.isLastName(st)) {
            f |= LAST;
        }
        String noClitic = k.substring(p);
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
        if ((options & REPORTING_VERBS) != 0 && (gazetteer.isReportingVerb(k) || gazetteer.isReportingVerb(noClitic))) {
            f |= REPORTING;
        }
        if (k.length() > 4 && (k.endsWith("ي") || k.endsWith("يه") || k.endsWith("يون") || k.endsWith("يين"))) {
            f |= NISBA;
        }
        String[] forms = firstForms(k);
        int longestG = 0;
        int longestL = 0;
        for (String first : forms) {
            longestG = Math.max(longestG, gazetteer.longestPhraseStartingWith(first));
            longestL = Math.max(longestL, lexicon.longestPhraseStartingWith(first));
        }
        int bareCls = -1;
        int bareLex = -1;
        if ((options & CLITIC_FORMS) != 0) {
            String bare = bare(k);
            bareCls = classes.classOf(bare);
            bareLex = lexicon.word(bare);
        }
        return new WordInfo(k, st, ArabicForms.shape(raw), pro, f, lexicon.word(k), lexicon.stem(st),
                classes.classOf(k), classes.coarseOf(k), forms, longestG, longestL, bareCls, bareLex);
    }

    /** The folded word without و ف ب ك ل in front, its article kept (للعراق and وبالعراق as العراق). */
    static String bare(String key) {
        int p = ArabicForms.procliticLength(key);
        if (p == 0) {
            return key;
        }
        String rest = key.substring(p);
        return key.charAt(p - 1) == 'ل' && rest.startsWith("ل") ? "ا" + rest : rest;
    }

    /** The sentence with known phrases marked: longest matches of gazetteer names and training-set names. */
    Sentence sentence(WordInfo[] words, Lexicon lexicon) {
        Sentence s = new Sentence(words);
        int n = s.n;
        for (int i = 0; i < n; ) {
            WordInfo wi = words[i];
            int matched = 0;
            int kind = 0;
            for (int len = Math.min(Math.min(gazetteer.maxPhraseTokens(), wi.longestGazetteer), n - i);
                 len >= 1 && matched == 0; len--) {
                for (String first : wi.forms) {
                    Gazetteer.Entry e = gazetteer.phrase(join(first, words, i + 1, i + len));
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
            WordInfo wi = words[i];
            int matched = 0;
            int label = 0;
            for (int len = Math.min(Math.min(lexicon.maxPhraseTokens(), wi.longestLexicon), n - i);
                 len >= 2 && matched == 0; len--) {
                for (String first : wi.forms) {
                    int l = lexicon.phrase(join(first, words, i + 1, i + len));
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
        if ((options & QUOTES) != 0) {
            markQuotes(s);
        }
        return s;
    }

    /** Marks the words of short quoted spans and what stands before each span ({@link #QUOTES}). */
    private static void markQuotes(Sentence s) {
        s.quoted = new int[s.n];
        s.quoteTrigger = new int[s.n];
        for (int i = 0; i < s.n; i++) {
            char close = closing(s.w[i].key);
            if (close == 0) {
                continue;
            }
            int end = i + 1;
            while (end < s.n && end - i - 1 <= QUOTED_NAME_TOKENS && !closes(s.w[end].key, close)) {
                end++;
            }
            if (end >= s.n || end == i + 1 || end - i - 1 > QUOTED_NAME_TOKENS) {
                continue;
            }
            int trigger = s.hs(i - 1);
            for (int j = i + 1; j < end; j++) {
                s.quoted[j] = j == i + 1 ? 1 : 2;
                s.quoteTrigger[j] = trigger;
            }
            i = end;
        }
    }

    /** The mark that closes a quotation opened by this token, 0 if it opens none. */
    private static char closing(String key) {
        if (key.length() != 1) {
            return 0;
        }
        return switch (key.charAt(0)) {
            case '«' -> '»';
            case '"' -> '"';
            case '“' -> '”';
            default -> 0;
        };
    }

    private static boolean closes(String key, char close) {
        return key.length() == 1 && key.charAt(0) == close;
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

    private static String join(String first, WordInfo[] words, int from, int to) {
        if (from >= to) {
            return first;
        }
        StringBuilder sb = new StringBuilder(first);
        for (int k = from; k < to; k++) {
            sb.append(' ').append(words[k].key);
        }
        return sb.toString();
    }

    /** The bucket of the always-on feature (one per token). */
    static int biasFeature() {
        return h(0, 0);
    }

    static int h(int template, int value) {
        long x = (template + 1) * 0x9E3779B97F4A7C15L ^ (value * 0xC2B2AE3D27D4EB4FL);
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        x ^= x >>> 29;
        return (int) x & MASK;
    }

    static int h(int template, int a, int b) {
        return h(template, a * 0x01000193 ^ Integer.rotateLeft(b, 13));
    }

    static int h(int template, int a, int b, int c) {
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

    /**
     * Appends to {@code out} from {@code m} the features that word {@code w} gives the token
     * {@code d} places before it ({@code d < 0}: w is to the left of the token).
     */
    static int wordFeatures(WordInfo w, int d, int[] out, int m) {
        String k = w.key;
        int len = k.length();
        switch (d) {
            case 0 -> {
                String st = w.stem;
                out[m++] = h(0, 0);
                out[m++] = h(1, w.hk);
                out[m++] = h(2, w.hs);
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
                out[m++] = h(70, w.shape);
                out[m++] = h(74, w.pro);
                out[m++] = h(76, Math.min(len, 12));
                m = flagFeatures(80, w.flags, out, m);
                out[m++] = h(100, w.lexWord);
                out[m++] = h(101, w.lexStem);
                out[m++] = h(111, w.lexWord, w.shape);
                out[m++] = h(120, w.cls);
                out[m++] = h(127, w.cls, w.lexWord);
                if (w.coarse >= 0) {
                    out[m++] = h(130, w.coarse);
                    out[m++] = h(131, w.coarse, w.lexWord);
                }
                m = charGrams(st, out, m, 150);
                if (w.bareCls >= 0) {
                    out[m++] = h(170, w.bareCls);
                    out[m++] = h(171, w.bareLex);
                    out[m++] = h(172, w.bareCls, w.bareLex);
                }
            }
            case -1, 1 -> {
                out[m++] = h(d < 0 ? 3 : 4, w.hk);
                out[m++] = h(d < 0 ? 7 : 8, w.hs);
                if (len >= 2) {
                    out[m++] = h(60 + d, slice(k, len - 2, len));
                    out[m++] = h(63 + d, slice(k, 0, 2));
                }
                out[m++] = h(d < 0 ? 71 : 72, w.shape);
                m = flagFeatures(80 + d, w.flags, out, m);
                out[m++] = h(d < 0 ? 102 : 103, w.lexWord);
                out[m++] = h(d < 0 ? 106 : 107, w.lexStem);
                out[m++] = h(d < 0 ? 121 : 122, w.cls);
                if (w.coarse >= 0) {
                    out[m++] = h(d < 0 ? 132 : 133, w.coarse);
                }
                String st = w.stem;
                int sl = st.length();
                if (sl >= 3) {
                    out[m++] = h(d < 0 ? 160 : 161, slice(st, sl - 3, sl));
                    out[m++] = h(d < 0 ? 162 : 163, slice(st, 0, 3));
                }
                if (w.bareCls >= 0) {
                    out[m++] = h(d < 0 ? 173 : 174, w.bareCls);
                    out[m++] = h(d < 0 ? 175 : 176, w.bareLex);
                    m = charGrams(st, out, m, d < 0 ? 151 : 152);
                }
            }
            case -2, 2 -> {
                out[m++] = h(d < 0 ? 5 : 6, w.hk);
                out[m++] = h(d < 0 ? 9 : 10, w.hs);
                m = flagFeatures(80 + d, w.flags, out, m);
                out[m++] = h(d < 0 ? 125 : 126, w.cls);
                if (w.coarse >= 0) {
                    out[m++] = h(d < 0 ? 134 : 135, w.coarse);
                }
            }
            default -> throw new IllegalArgumentException("offset " + d);
        }
        return m;
    }

    /** The word features of the sentence boundary seen {@code d} places away (d != 0). */
    static int boundaryFeatures(int d, int[] out, int m) {
        int pad = d < 0 ? BOS : EOS;
        int code = d < 0 ? -1 : -2;
        switch (d) {
            case -1, 1 -> {
                out[m++] = h(d < 0 ? 3 : 4, pad);
                out[m++] = h(d < 0 ? 7 : 8, pad);
                out[m++] = h(d < 0 ? 71 : 72, code);
                out[m++] = h(d < 0 ? 102 : 103, code);
                out[m++] = h(d < 0 ? 106 : 107, code);
                out[m++] = h(d < 0 ? 121 : 122, code);
            }
            case -2, 2 -> {
                out[m++] = h(d < 0 ? 5 : 6, pad);
                out[m++] = h(d < 0 ? 9 : 10, pad);
                out[m++] = h(d < 0 ? 125 : 126, code);
            }
            default -> throw new IllegalArgumentException("offset " + d);
        }
        return m;
    }

    /** At most this many letter trigrams per word (a bound on the feature buffer). */
    private static final int MAX_GRAMS = 24;
    /** Room for the features of one token, word and context features together. */
    static final int MAX_FEATURES = 256;

    /**
     * Letter trigrams of the stem, with its edges marked: transliterated foreign names share
     * letter patterns (غو، يه، فان) that no whole-word feature generalises to.
     */
    private static int charGrams(String st, int[] out, int m, int template) {
        int n = st.length();
        if (n < 2) {
            return m;
        }
        // positions -1 and n stand for the word's edges
        for (int i = -1; i + 2 <= n && i < MAX_GRAMS - 1; i++) {
            int a = i < 0 ? '^' : st.charAt(i);
            int b = st.charAt(i + 1);
            int c = i + 2 < n ? st.charAt(i + 2) : '$';
            out[m++] = h(template, (a * 65599 + b) * 65599 + c);
        }
        return m;
    }

    private static int flagFeatures(int template, int flags, int[] out, int m) {
        for (int b = 0; b < FLAG_COUNT; b++) {
            if ((flags & (1 << b)) != 0) {
                out[m++] = h(template, b);
            }
        }
        return m;
    }

    /** Appends the features of token {@code i} that combine it with its neighbours or position. */
    static int contextFeatures(Sentence s, int i, int[] out, int m) {
        out[m++] = h(11, s.hk(i - 1), s.hk(i));
        out[m++] = h(12, s.hk(i), s.hk(i + 1));
        out[m++] = h(13, s.hs(i - 1), s.hs(i));
        out[m++] = h(14, s.hs(i), s.hs(i + 1));
        out[m++] = h(15, s.hk(i - 2), s.hk(i - 1));
        out[m++] = h(16, s.hk(i + 1), s.hk(i + 2));
        out[m++] = h(73, s.shape(i - 1), s.shape(i), s.shape(i + 1));
        out[m++] = h(75, s.pro(i - 1), s.pro(i));
        out[m++] = h(77, i == 0 ? 1 : i == 1 ? 2 : 3);
        out[m++] = h(86, s.flags(i), s.flags(i - 1));
        out[m++] = h(87, s.flags(i), s.flags(i + 1));
        out[m++] = h(88, s.hk(i - 1), s.flags(i));
        out[m++] = h(90, s.gaz(i));
        out[m++] = h(91, s.gaz(i - 1), s.gaz(i));
        out[m++] = h(92, s.gaz(i), s.gaz(i + 1));
        out[m++] = h(104, s.lexWord(i - 1), s.lexWord(i));
        out[m++] = h(105, s.lexWord(i), s.lexWord(i + 1));
        out[m++] = h(108, s.lexPhrase(i));
        out[m++] = h(109, s.lexPhrase(i - 1), s.lexPhrase(i));
        out[m++] = h(110, s.lexPhrase(i), s.lexPhrase(i + 1));
        out[m++] = h(112, s.hk(i - 1), s.lexWord(i));
        out[m++] = h(123, s.cls(i - 1), s.cls(i));
        out[m++] = h(124, s.cls(i), s.cls(i + 1));
        if (s.quoted != null && s.quoted[i] != 0) {
            out[m++] = h(180, s.quoted[i]);
            out[m++] = h(181, s.quoted[i], s.quoteTrigger[i]);
        }
        return m;
    }
}
