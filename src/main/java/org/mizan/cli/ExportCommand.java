package org.mizan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mizan.analysis.Engine;
import org.mizan.export.pdf.Labels;
import org.mizan.export.pdf.PdfExportOptions;
import org.mizan.export.pdf.PdfExporter;
import org.mizan.io.ArticleReader;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Write an annotated PDF (PDF/A-2u) of an article.")
final class ExportCommand implements Callable<Integer> {

    enum Language { ar, en }

    @Spec
    CommandSpec spec;

    @Option(names = "--pdf", required = true, paramLabel = "OUT.pdf", description = "the PDF to write")
    Path pdf;

    @Option(names = "--labels", defaultValue = "ar",
            description = "language of the PDF's headings and notes: ar or en (default: ${DEFAULT-VALUE})")
    Language labels;

    @Option(names = "--no-review",
            description = "ignore the review saved by the app (FILE.mizan.json): no decisions, notes or corrections")
    boolean noReview;

    @Parameters(index = "0", paramLabel = "FILE", description = "the article file")
    Path file;

    @Override
    public Integer call() throws Exception {
        Article article = new ArticleReader().read(file);
        SavedReview review = noReview ? SavedReview.NONE : SavedReview.of(file, article.text());
        Analysis analysis = review.corrected(Engine.standard(), article);
        PdfExportOptions options = PdfExportOptions.defaults()
                .withLabels(labels == Language.en ? Labels.ENGLISH : Labels.ARABIC);
        new PdfExporter(options).export(analysis, review.decisions(analysis), review.sheet().notes(), pdf, null);
        spec.commandLine().getOut().println("wrote " + pdf + review.location()
                .map(l -> " with the review in " + l + (review.unattached() > 0
                        ? " (" + review.unattached() + " decisions no longer fit the text)" : "")).orElse(""));
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }
}
