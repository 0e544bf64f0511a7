package org.mizan.analysis.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trained tagger, in two passes: a sentence-level linear tagger, then a document-level one
 * that also sees how the first pass tagged the other occurrences of each word nearby
 * ({@link DocumentHints}). Both decode with Viterbi under BIO constraints.
 *
 * <p>Speed: a token's score is the sum of the weights of about a hundred features, but most of
 * them are facts about one word at one offset ({@link FeatureExtractor#wordFeatures}); their sums
 * are computed once per distinct word and pass and memoised, so a token costs five cached
 * vectors plus its two dozen context features. Immutable as far as callers can tell and
 * thread-safe: the memo is a bounded concurrent map.
 */
public final class NerModel {

    /** Where the trained model lives in the jar. */
    public static final String RESOURCE = "/org/mizan/ner/ner-model.bin.gz";

    /** Distinct words whose features and scores are kept; news vocabulary beyond this is recomputed. */
    private static final int CACHED_WORDS = 60_000;
    private static final int L = Labels.COUNT;

    private static volatile NerModel bundled;

    private final Transitions sentencePass;
    private final Transitions documentPass;
    private final int window;
    private final Lexicon lexicon;
    private final WordClasses classes;
    /** Feature options ({@link FeatureExtractor#REPORTING_VERBS}, {@link FeatureExtractor#CLITIC_FORMS}). */
    private final int options;
    private final FeatureExtractor extractor;
    /** Sentence-boundary score vectors per pass and offset, laid out as {@link Word#scores}. */
    private final float[] boundary;
    private final PackedWeights packed;
    private final Map<String, Word> words = new ConcurrentHashMap<>();

    /**
     * A word's neighbour-independent facts and the summed weights of its word features per pass
     * and offset -2..+2 ({@code passes * OFFSETS * Labels.COUNT}, pass-major, then offset).
     */
    private record Word(WordInfo info, float[] scores) {
    }

    /**
     * @param documentPass the second pass (sentence and {@link DocumentHints} features), or null
     *                     for a sentence-level model
     * @param window       sentences either side that count as one document for the second pass
     */
    public NerModel(LinearTagger sentencePass, LinearTagger documentPass, int window, Lexicon lexicon,
                    WordClasses classes) {
        this(sentencePass, documentPass, window, lexicon, classes, false);
    }

    /** @param reportingVerbs whether the features flag reporting verbs ({@link FeatureExtractor}) */
    public NerModel(LinearTagger sentencePass, LinearTagger documentPass, int window, Lexicon lexicon,
                    WordClasses classes, boolean reportingVerbs) {
        this(sentencePass, documentPass, window, lexicon, classes,
                reportingVerbs ? FeatureExtractor.REPORTING_VERBS : 0);
    }

    /** @param options the feature options the weights were trained with ({@link FeatureExtractor}) */
    public NerModel(LinearTagger sentencePass, LinearTagger documentPass, int window, Lexicon lexicon,
                    WordClasses classes, int options) {
        this(packedOf(sentencePass, documentPass), Transitions.of(sentencePass),
                documentPass == null ? null : Transitions.of(documentPass), window, lexicon, classes, options);
    }

    private static PackedWeights packedOf(LinearTagger first, LinearTagger second) {
        if (first.bits() != FeatureExtractor.BITS || second != null && second.bits() != FeatureExtractor.BITS) {
            throw new IllegalArgumentException("tagger weights of the wrong feature size");
        }
        return new PackedWeights(first.weights(), second == null ? null : second.weights());
    }

    /** From packed weights (as read from a model file); {@code documentPass} null for one pass. */
    NerModel(PackedWeights packed, Transitions sentencePass, Transitions documentPass, int window, Lexicon lexicon,
             WordClasses classes, int options) {
        if (packed.buckets() != FeatureExtractor.BUCKETS || packed.passes() != (documentPass == null ? 1 : 2)) {
            throw new IllegalArgumentException("packed weights do not match the passes");
        }
        this.packed = packed;
        this.sentencePass = sentencePass;
        this.documentPass = documentPass;
        this.window = window;
        this.lexicon = lexicon;
        this.classes = classes;
        this.options = options;
        this.extractor = new FeatureExtractor(Gazetteer.bundled(), classes, options);
        this.boundary = new float[passes() * FeatureExtractor.OFFSETS * L];
        int[] buf = new int[FeatureExtractor.MAX_FEATURES];
        for (int d = -FeatureExtractor.REACH; d <= FeatureExtractor.REACH; d++) {
            if (d != 0) {
                int m = FeatureExtractor.boundaryFeatures(d, buf, 0);
                addToPasses(buf, m, boundary, d);
            }
        }
    }

    private int passes() {
        return documentPass == null ? 1 : 2;
    }

    /** Adds the rows of features seen at offset {@code d} to the per-pass vectors of {@code scores}. */
    private void addToPasses(int[] features, int m, float[] scores, int d) {
        int off = (d + FeatureExtractor.REACH) * L;
        packed.addPass(0, features, m, scores, off);
        if (documentPass != null) {
            packed.addPass(1, features, m, scores, FeatureExtractor.OFFSETS * L + off);
        }
    }

    /** The model shipped in the jar, loaded once. */
    public static NerModel bundled() {
        NerModel m = bundled;
        if (m == null) {
            synchronized (NerModel.class) {
                m = bundled;
                if (m == null) {
                    try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the NER model " + RESOURCE + " is missing from the jar");
                        }
                        m = NerModelCodec.read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the bundled NER model", e);
                    }
                    bundled = m;
                }
            }
        }
        return m;
    }

    /** This model without its document pass: faster, somewhat lower F1 on the dev split. */
    public NerModel sentencePassOnly() {
        return new NerModel(packed.firstPassOnly(), sentencePass, null, window, lexicon, classes, options);
    }

    /** BIO tags for one sentence on its own (a one-sentence document). */
    public List<String> tag(List<String> tokens) {
        return tagDocument(List.of(tokens)).get(0);
    }

    /** BIO tags for the sentences of one document, in order. */
    public List<List<String>> tagDocument(List<List<String>> sentences) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (int[] labels : decodeDocument(sentences)) {
            String[] tags = new String[labels.length];
            for (int i = 0; i < labels.length; i++) {
                tags[i] = Labels.name(labels[i]);
            }
            out.add(java.util.Arrays.asList(tags));
        }
        return out;
    }

    List<int[]> decodeDocument(List<List<String>> sentences) {
        int count = sentences.size();
        boolean twoPass = documentPass != null;
        List<FeatureExtractor.Sentence> described = new ArrayList<>(count);
        List<float[]> secondScores = new ArrayList<>(count);
        List<int[]> first = new ArrayList<>(count);
        int[] buf = new int[FeatureExtractor.MAX_FEATURES];
        for (List<String> tokens : sentences) {
            int n = tokens.size();
            Word[] ws = new Word[n];
            WordInfo[] infos = new WordInfo[n];
            for (int i = 0; i < n; i++) {
                ws[i] = word(tokens.get(i));
                infos[i] = ws[i].info();
            }
            FeatureExtractor.Sentence s = extractor.sentence(infos, lexicon);
            float[] e1 = new float[n * L];
            float[] e2 = twoPass ? new float[n * L] : null;
            emissions(s, ws, e1, e2, buf);
            described.add(s);
            secondScores.add(e2);
            first.add(sentencePass.decode(e1, n));
        }
        if (!twoPass) {
            return first;
        }
        List<String[]> stems = new ArrayList<>(count);
        for (FeatureExtractor.Sentence s : described) {
            String[] st = new String[s.n];
            for (int i = 0; i < st.length; i++) {
                st[i] = s.w[i].stem;
            }
            stems.add(st);
        }
        DocumentHints.Hints[] hints = DocumentHints.compute(DocumentHints.ids(stems), first, window);
        List<int[]> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            float[] emit = secondScores.get(s);
            int[] f = first.get(s);
            for (int i = 0; i < f.length; i++) {
                int m = DocumentHints.features(hints[s], f, i, buf);
                packed.addPass(1, buf, m, emit, i * L);
            }
            out.add(documentPass.decode(emit, f.length));
        }
        return out;
    }

    /**
     * Both passes' sentence-feature scores of one sentence (cached word vectors plus context
     * features), into {@code e1} and {@code e2} (null for a one-pass model).
     */
    private void emissions(FeatureExtractor.Sentence sentence, Word[] ws, float[] e1, float[] e2, int[] buf) {
        int n = ws.length;
        int reach = FeatureExtractor.REACH;
        int secondOffset = FeatureExtractor.OFFSETS * L;
        for (int i = 0; i < n; i++) {
            int base = i * L;
            for (int d = -reach; d <= reach; d++) {
                int j = i + d;
                float[] v = j < 0 || j >= n ? boundary : ws[j].scores();
                int off = (d + reach) * L;
                for (int l = 0; l < L; l++) {
                    e1[base + l] += v[off + l];
                }
                if (e2 != null) {
                    off += secondOffset;
                    for (int l = 0; l < L; l++) {
                        e2[base + l] += v[off + l];
                    }
                }
            }
            int m = FeatureExtractor.contextFeatures(sentence, i, buf, 0);
            packed.add(buf, m, e1, e2, base);
        }
    }

    private Word word(String token) {
        Word w = words.get(token);
        if (w != null) {
            return w;
        }
        WordInfo info = extractor.describe(token, lexicon);
        float[] scores = new float[passes() * FeatureExtractor.OFFSETS * L];
        int[] buf = new int[FeatureExtractor.MAX_FEATURES];
        for (int d = -FeatureExtractor.REACH; d <= FeatureExtractor.REACH; d++) {
            int m = FeatureExtractor.wordFeatures(info, d, buf, 0);
            addToPasses(buf, m, scores, d);
        }
        w = new Word(info, scores);
        if (words.size() < CACHED_WORDS) {
            words.putIfAbsent(token, w);
        }
        return w;
    }

    /** What the training data says about words (see {@link Lexicon}). */
    public Lexicon lexicon() {
        return lexicon;
    }

    boolean reportingVerbs() {
        return (options & FeatureExtractor.REPORTING_VERBS) != 0;
    }

    int options() {
        return options;
    }

    WordClasses classes() {
        return classes;
    }

    Transitions sentencePass() {
        return sentencePass;
    }

    /** Null for a sentence-level model. */
    Transitions documentPass() {
        return documentPass;
    }

    PackedWeights weights() {
        return packed;
    }

    /** Pass-1 labels from plain feature lists, without the per-word cache (for tests). */
    int[] decodeFeatures(int[][] features) {
        float[] emit = new float[features.length * L];
        for (int i = 0; i < features.length; i++) {
            packed.addPass(0, features[i], features[i].length, emit, i * L);
        }
        return sentencePass.decode(emit, features.length);
    }

    int window() {
        return window;
    }
}
