package org.mizan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stance", description = "Label sentence pairs (CSV with header s1,s2[,stance]) agree / disagree / other.")
final class StanceCommand implements Callable<Integer> {

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "CSV input")
    Path csv;

    @Override
    public Integer call() throws Exception {
        throw new UnsupportedOperationException("stance classification is not built yet (issue 6)");
    }
}
