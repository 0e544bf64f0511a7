package org.mizan.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.analysis.ner.NerModelCodec;
import org.mizan.analysis.ner.NerTrainer;
import org.mizan.analysis.ner.TaggedSentence;
import org.mizan.analysis.ner.UnlabelledText;
import org.mizan.io.ConllReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train-ner", description = "Train the NER model from CoNLL data (e.g. ANERcorp train split). "
        + "The last tenth of the sentences is held out as dev (early stopping, O penalty, unless --held-back); "
        + "the run is deterministic.")
final class TrainNerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CoNLL training data")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the model")
    Path out;

    /** The learners {@link NerTrainer} offers. */
    enum Learner { perceptron, crf }

    @Option(names = "--learner", paramLabel = "perceptron|crf", defaultValue = "perceptron",
            description = "the averaged perceptron (the shipped model) or a linear-chain CRF (default: ${DEFAULT-VALUE})")
    Learner learner;

    @Option(names = "--held-back", description = "choose epochs on the last tenth of the training sentences "
            + "instead of on dev, and tune nothing on dev (dev is then only scored)")
    boolean heldBack;

    @Option(names = "--unlabelled", arity = "1..*", paramLabel = "FILE",
            description = "plain text (lines, or the s1/s2 columns of a .csv) added to the training text "
                    + "for the word classes only; no labels are read")
    List<Path> unlabelled = List.of();

    @Option(names = "--classes", paramLabel = "N", defaultValue = "200",
            description = "how many distributional word classes (default: ${DEFAULT-VALUE})")
    int classes;

    @Option(names = "--coarse-classes", paramLabel = "N", defaultValue = "0",
            description = "group the word classes into N coarse ones, used as extra features (default: none)")
    int coarseClasses;

    @Option(names = "--reporting-verbs", description = "flag verbs that report speech (قال، أعلنت) as a feature, "
            + "like titles and organisation heads")
    boolean reportingVerbs;

    @Option(names = "--clitic-forms", description = "clitic-aware features: the word without و ف ب ك ل "
            + "(its class and lexicon code at -1..+1) and the neighbours' stem trigrams")
    boolean cliticForms;

    @Option(names = "--ensemble", paramLabel = "N", defaultValue = "1",
            description = "fit N learners per pass with their own shuffles and average their weights "
                    + "(tagging cost unchanged; default: ${DEFAULT-VALUE})")
    int ensemble;

    @Option(names = "--bag-drop", paramLabel = "SHARE", defaultValue = "0",
            description = "with --ensemble, the share of feature buckets each member after the first does not see "
                    + "(feature bagging; default: ${DEFAULT-VALUE})")
    double bagDrop;

    @Option(names = "--quotes", description = "words inside short quoted spans («…», \"…\") see that and the word "
            + "before the opening mark")
    boolean quotes;

    @Option(names = "--type-recall", description = "after the O penalty, raise each entity type's B bias where "
            + "that helps dev F1 (only upwards)")
    boolean typeRecall;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        List<TaggedSentence> all = new ConllReader().readTagged(data);
        NerTrainer.Split split = NerTrainer.splitDev(all);
        err.println("train-ner: " + split.train().size() + " train and " + split.dev().size() + " dev sentences");
        List<List<String>> text = new ArrayList<>();
        for (Path p : unlabelled) {
            text.addAll(UnlabelledText.read(p));
        }
        NerTrainer.Settings settings = NerTrainer.Settings.defaults().with(learner == Learner.crf, heldBack)
                .withClasses(classes, coarseClasses).withReportingVerbs(reportingVerbs).withCliticForms(cliticForms).withQuotes(quotes)
                .withEnsemble(ensemble, bagDrop).withTypeRecall(typeRecall);
        NerTrainer.Result result = new NerTrainer(settings).train(split, text, msg -> {
            err.println("train-ner: " + msg);
            err.flush();
        });
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            NerModelCodec.write(result.model(), o);
        }
        var stdout = spec.commandLine().getOut();
        stdout.println("best epoch " + result.bestEpoch() + "; dev (last tenth of the sentences of " + data.getFileName() + "):");
        stdout.println("first (sentence) pass alone:");
        stdout.print(result.firstPassDevReport().format());
        stdout.println("with the document pass:");
        stdout.print(result.devReport().format());
        stdout.println("model written to " + out + " (" + Files.size(out) + " bytes)");
        stdout.flush();
        return Cli.OK;
    }
}
