package org.mizan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mizan.analysis.Engine;
import org.mizan.export.AnalysisJson;
import org.mizan.export.AnalysisText;
import org.mizan.export.W3cAnnotations;
import org.mizan.io.ArticleReader;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", description = "Print the analysis of an article (entities, figures, claims, contradictions).")
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { json, text, w3c }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", description = "json, text or w3c (W3C Web Annotation JSON-LD) (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--no-review",
            description = "ignore the review saved by the app (FILE.mizan.json): no corrections or review statuses")
    boolean noReview;

    @Parameters(index = "0", paramLabel = "FILE", description = "the article file")
    Path file;

    @Override
    public Integer call() throws Exception {
        Article article = new ArticleReader().read(file);
        SavedReview review = noReview ? SavedReview.NONE : SavedReview.of(file, article.text());
        Analysis analysis = review.corrected(Engine.standard(), article);
        var out = spec.commandLine().getOut();
        out.println(switch (format) {
            case json -> review.location().isEmpty() ? AnalysisJson.write(analysis)
                    : AnalysisJson.write(AnalysisJson.withReview(AnalysisJson.toTree(analysis),
                            review.decisions(analysis), review.location().get().toString()));
            case text -> AnalysisText.write(analysis);
            case w3c -> W3cAnnotations.write(analysis, file.toAbsolutePath().normalize().toUri().toString());
        });
        out.flush();
        return Cli.OK;
    }
}
