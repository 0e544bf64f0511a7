package org.mizan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Write an annotated PDF of an article.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--pdf", required = true, paramLabel = "OUT.pdf", description = "the PDF to write")
    Path pdf;

    @Parameters(index = "0", paramLabel = "FILE", description = "the article file")
    Path file;

    @Override
    public Integer call() throws Exception {
        throw new UnsupportedOperationException("PDF export is not built yet (issue 9)");
    }
}
