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

    private final LinearTagger sentencePass;
    private final LinearTagger documentPass;
    private final int window;
    private final Lexicon lexicon;
    private final WordClasses classes;
    private final FeatureExtractor extractor;
    /** Sentence-boundary score vectors per pass and offset, laid out as {@link Word#scores}. */
    private final float[] boundary;
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
        if (sentencePass.bits() != FeatureExtractor.BITS
                || documentPass != null && documentPass.bits() != FeatureExtractor.BITS) {
            throw new IllegalArgumentException("tagger weights of the wrong feature size");
        }
        this.sentencePass = sentencePass;
        this.documentPass = documentPass;
        this.window = window;
        this.lexicon = lexicon;
        this.classes = classes;
        this.extractor = new FeatureExtractor(Gazetteer.bundled(), classes);
        this.boundary = new float[passes() * FeatureExtractor.OFFSETS * L];
        int[] buf = new int[64];
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
        Viterbi.addRows(features, m, sentencePass.weights(), scores, off);
        if (documentPass != null) {
            Viterbi.addRows(features, m, documentPass.weights(), scores, FeatureExtractor.OFFSETS * L + off);
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
        return new NerModel(sentencePass, null, window, lexicon, classes);
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
        List<Word[]> words = new ArrayList<>(count);
        List<FeatureExtractor.Sentence> described = new ArrayList<>(count);
        List<int[]> first = new ArrayList<>(count);
        int[] buf = new int[64];
        for (List<String> tokens : sentences) {
            int n = tokens.size();
            Word[] ws = new Word[n];
            WordInfo[] infos = new WordInfo[n];
            for (int i = 0; i < n; i++) {
                ws[i] = word(tokens.get(i));
                infos[i] = ws[i].info();
            }
            FeatureExtractor.Sentence s = extractor.sentence(infos, lexicon);
            words.add(ws);
            described.add(s);
            float[] emit = emissions(s, ws, 0, sentencePass.weights(), buf);
            first.add(sentencePass.decode(emit, n));
        }
        if (documentPass == null) {
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
        float[] w2 = documentPass.weights();
        for (int s = 0; s < count; s++) {
            float[] emit = emissions(described.get(s), words.get(s), 1, w2, buf);
            int[] f = first.get(s);
            for (int i = 0; i < f.length; i++) {
                int m = DocumentHints.features(hints[s], f, i, buf);
                Viterbi.addRows(buf, m, w2, emit, i * L);
            }
            out.add(documentPass.decode(emit, f.length));
        }
        return out;
    }

    /** The scores of one sentence under one pass: cached word vectors plus context features. */
    private float[] emissions(FeatureExtractor.Sentence sentence, Word[] ws, int pass, float[] weights, int[] buf) {
        int n = ws.length;
        float[] emit = new float[n * L];
        int reach = FeatureExtractor.REACH;
        int passOffset = pass * FeatureExtractor.OFFSETS * L;
        for (int i = 0; i < n; i++) {
            int base = i * L;
            for (int d = -reach; d <= reach; d++) {
                int j = i + d;
                float[] v = j < 0 || j >= n ? boundary : ws[j].scores();
                int off = passOffset + (d + reach) * L;
                for (int l = 0; l < L; l++) {
                    emit[base + l] += v[off + l];
                }
            }
            int m = FeatureExtractor.contextFeatures(sentence, i, buf, 0);
            Viterbi.addRows(buf, m, weights, emit, base);
        }
        return emit;
    }

    private Word word(String token) {
        Word w = words.get(token);
        if (w != null) {
            return w;
        }
        WordInfo info = extractor.describe(token, lexicon);
        float[] scores = new float[passes() * FeatureExtractor.OFFSETS * L];
        int[] buf = new int[64];
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

    WordClasses classes() {
        return classes;
    }

    LinearTagger sentencePass() {
        return sentencePass;
    }

    LinearTagger documentPass() {
        return documentPass;
    }

    int window() {
        return window;
    }
}
