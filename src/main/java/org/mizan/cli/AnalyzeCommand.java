package org.mizan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mizan.analysis.Engine;
import org.mizan.export.AnalysisJson;
import org.mizan.export.AnalysisText;
import org.mizan.io.ArticleReader;
import org.mizan.model.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", description = "Print the analysis of an article (entities, figures, claims, contradictions).")
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE})")
    Format format;

    @Parameters(index = "0", paramLabel = "FILE", description = "the article file")
    Path file;

    @Override
    public Integer call() throws Exception {
        Analysis analysis = Engine.standard().analyze(new ArticleReader().read(file));
        var out = spec.commandLine().getOut();
        out.println(format == Format.json ? AnalysisJson.write(analysis) : AnalysisText.write(analysis));
        out.flush();
        return Cli.OK;
    }
}
