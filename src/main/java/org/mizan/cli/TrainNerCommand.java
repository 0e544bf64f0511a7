package org.mizan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-ner", description = "Train the NER model from CoNLL data (e.g. ANERcorp train split).")
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CoNLL training data")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the model")
    Path out;

    @Override
    public Integer call() throws Exception {
        throw new UnsupportedOperationException("NER training is not built yet (issue 5)");
    }
}
