package org.mizan.analysis.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained linear sequence tagger: hashed feature weights per label, label-to-label transition
 * weights and start weights, decoded with Viterbi under BIO constraints. Immutable and
 * thread-safe.
 */
public final class NerModel {

    /** Where the trained model lives in the jar. */
    public static final String RESOURCE = "/org/mizan/ner/ner-model.bin.gz";

    private static volatile NerModel bundled;

    private final float[] weights;
    private final float[] transitions;
    private final float[] start;
    private final Lexicon lexicon;
    private final WordClasses classes;
    private final FeatureExtractor extractor;

    /**
     * @param weights     {@code BUCKETS * Labels.COUNT}, bucket-major
     * @param transitions {@code Labels.COUNT * Labels.COUNT}, previous-label-major
     * @param start       {@code Labels.COUNT}
     */
    public NerModel(float[] weights, float[] transitions, float[] start, Lexicon lexicon, WordClasses classes) {
        if (weights.length != FeatureExtractor.BUCKETS * Labels.COUNT
                || transitions.length != Labels.COUNT * Labels.COUNT || start.length != Labels.COUNT) {
            throw new IllegalArgumentException("weight arrays of the wrong size");
        }
        this.weights = weights;
        this.transitions = transitions;
        this.start = start;
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

    /** BIO tags for the tokens of one sentence. */
    public List<String> tag(List<String> tokens) {
        int[] labels = decode(extractor.extract(tokens, lexicon));
        List<String> out = new ArrayList<>(labels.length);
        for (int l : labels) {
            out.add(Labels.name(l));
        }
        return out;
    }

    /** Label indices for already featurised tokens. */
    int[] decode(int[][] features) {
        return Viterbi.decode(features, weights, transitions, start);
    }

    FeatureExtractor extractor() {
        return extractor;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    WordClasses classes() {
        return classes;
    }

    float[] weights() {
        return weights;
    }

    float[] transitions() {
        return transitions;
    }

    float[] start() {
        return start;
    }
}
