package org.mizan.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores the shipped model on the documented dev split (the last tenth of the ANERcorp train
 * file, which the shipped model never trained on). Skips when ../shared is absent.
 */
class DevSplitScoreTest {

    private static final Path DATA = Path.of("..", "shared", "data", "anercorp", "train.txt");

    @Test
    void shippedModelScoresOnTheHeldOutDevTenth() throws Exception {
        assumeTrue(Files.isRegularFile(DATA), "ANERcorp train file not available (../shared)");
        List<TaggedSentence> all = read(DATA);
        NerTrainer.Split split = NerTrainer.splitDev(all);
        List<List<String>> gold = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        for (TaggedSentence s : split.dev()) {
            gold.add(s.tags());
            tokens.add(s.tokens());
        }
        EntityScore.Report report = EntityScore.score(gold, NerModel.bundled().tagDocument(tokens));
        System.out.print("dev split (last tenth of ANERcorp train):\n" + report.format());
        // measured 0.725 when the shipped model was trained (0.713 before the letter trigrams);
        // the floor guards against regressions
        assertTrue(report.overall().f1() >= 0.71, report.format());
        assertTrue(report.byType().get("LOC").f1() >= 0.80, report.format());
    }

    /** The corpus file, read as train-ner reads it (first column token, last column tag). */
    static List<TaggedSentence> read(Path file) throws Exception {
        List<TaggedSentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!toks.isEmpty()) {
                    out.add(new TaggedSentence(toks, tags));
                    toks = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                continue;
            }
            String[] f = line.strip().split("\\s+");
            toks.add(f[0]);
            tags.add(f[f.length - 1]);
        }
        if (!toks.isEmpty()) {
            out.add(new TaggedSentence(toks, tags));
        }
        return out;
    }
}
