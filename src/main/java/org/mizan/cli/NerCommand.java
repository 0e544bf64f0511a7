package org.mizan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ner", description = "Tag CoNLL tokens (one per line, blank line between sentences) with BIO entity tags.")
final class NerCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL input")
    Path conll;

    @Override
    public Integer call() throws Exception {
        throw new UnsupportedOperationException("the NER tagger is not built yet (issue 5)");
    }
}
