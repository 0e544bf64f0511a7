package org.mizan.analysis.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The trained tagger, in two passes: a sentence-level linear tagger, then a document-level one
 * that also sees how the first pass tagged the other occurrences of each word nearby
 * ({@link DocumentHints}). Both decode with Viterbi under BIO constraints. Immutable and
 * thread-safe.
 */
public final class NerModel {

    /** Where the trained model lives in the jar. */
    public static final String RESOURCE = "/org/mizan/ner/ner-model.bin.gz";

    private static volatile NerModel bundled;

    private final LinearTagger sentencePass;
    private final LinearTagger documentPass;
    private final int window;
    private final Lexicon lexicon;
    private final WordClasses classes;
    private final FeatureExtractor extractor;

    /**
     * @param documentPass the second pass, or null for a sentence-level model
     * @param window       sentences either side that count as one document for the second pass
     */
    public NerModel(LinearTagger sentencePass, LinearTagger documentPass, int window, Lexicon lexicon,
                    WordClasses classes) {
        this.sentencePass = sentencePass;
        this.documentPass = documentPass;
        this.window = window;
        this.lexicon = lexicon;
        this.classes = classes;
        this.extractor = new FeatureExtractor(Gazetteer.bundled(), classes);
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

    /** BIO tags for one sentence on its own (a one-sentence document). */
    public List<String> tag(List<String> tokens) {
        return tagDocument(List.of(tokens)).get(0);
    }

    /** BIO tags for the sentences of one document, in order. */
    public List<List<String>> tagDocument(List<List<String>> sentences) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (int[] labels : decodeDocument(sentences)) {
            List<String> tags = new ArrayList<>(labels.length);
            for (int l : labels) {
                tags.add(Labels.name(l));
            }
            out.add(tags);
        }
        return out;
    }

    List<int[]> decodeDocument(List<List<String>> sentences) {
        List<int[][]> features = new ArrayList<>(sentences.size());
        List<int[]> first = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) {
            int[][] f = extractor.extract(s, lexicon);
            features.add(f);
            first.add(sentencePass.decode(f));
        }
        if (documentPass == null) {
            return first;
        }
        List<String[]> stems = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) {
            stems.add(FeatureExtractor.stems(s));
        }
        DocumentHints.Hints[] hints = DocumentHints.compute(stems, first, window);
        List<int[]> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            out.add(documentPass.decode(FeatureExtractor.withHints(features.get(s), hints[s], first.get(s))));
        }
        return out;
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
