package org.mizan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.mizan.analysis.ner.EntityScore;
import org.mizan.analysis.ner.NerTrainer;
import org.mizan.analysis.ner.TaggedSentence;
import org.mizan.io.ConllReader;
import org.mizan.io.UnusableInputException;

/**
 * The NER peer: Apache OpenNLP's maxent name finder with its default features and training
 * parameters, trained on the same ANERcorp training part as Mizan's tagger and scored on the same
 * dev split ({@link NerTrainer#splitDev}: the last tenth of the train file, which neither model
 * trains on), with the same conlleval-style scorer ({@link EntityScore}).
 */
final class NerPeer {

    /** The shared training file, read in place (never copied into the project). */
    static final Path TRAIN = Path.of("..", "shared", "data", "anercorp", "train.txt");

    private NerPeer() {
    }

    static boolean available() {
        return Files.isRegularFile(TRAIN);
    }

    static NerTrainer.Split split() throws UnusableInputException {
        return NerTrainer.splitDev(new ConllReader().readTagged(TRAIN));
    }

    static List<List<String>> tokens(List<TaggedSentence> sentences) {
        return sentences.stream().map(TaggedSentence::tokens).toList();
    }

    static List<List<String>> tags(List<TaggedSentence> sentences) {
        return sentences.stream().map(TaggedSentence::tags).toList();
    }

    /** Where the trained peer model is kept between runs (training takes minutes on a busy machine). */
    static Path modelFile(Path dir) {
        return dir.resolve("opennlp-ner-" + opennlp.tools.util.Version.currentVersion() + ".bin");
    }

    /** The trained peer model, from {@code file} if an earlier run left it there. */
    static TokenNameFinderModel model(NerTrainer.Split split, Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return new TokenNameFinderModel(file);
        }
        List<NameSample> samples = new ArrayList<>();
        for (TaggedSentence s : split.train()) {
            List<Span> names = new ArrayList<>();
            for (EntityScore.Chunk c : EntityScore.chunks(s.tags())) {
                names.add(new Span(c.start(), c.end(), c.type()));
            }
            samples.add(new NameSample(s.tokens().toArray(String[]::new), names.toArray(Span[]::new), false));
        }
        TokenNameFinderModel model = NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples),
                TrainingParameters.defaultParams(), new TokenNameFinderFactory());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        model.serialize(tmp);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return model;
    }

    /**
     * BIO tags from OpenNLP for the sentences of one document: its adaptive features (what it
     * tagged earlier in the document) are cleared at the start, as Mizan's document pass starts
     * afresh for each document.
     */
    static List<List<String>> tag(NameFinderME finder, List<String[]> sentences) {
        finder.clearAdaptiveData();
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            out.add(bio(finder.find(s), s.length));
        }
        return out;
    }

    private static List<String> bio(Span[] spans, int n) {
        List<String> tags = new ArrayList<>(Collections.nCopies(n, "O"));
        for (Span sp : spans) {
            for (int i = sp.getStart(); i < sp.getEnd(); i++) {
                tags.set(i, (i == sp.getStart() ? "B-" : "I-") + sp.getType());
            }
        }
        return tags;
    }
}
