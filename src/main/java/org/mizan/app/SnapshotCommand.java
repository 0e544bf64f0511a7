package org.mizan.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mizan.analysis.Engine;
import org.mizan.io.ArticleReader;
import org.mizan.model.Analysis;
import org.mizan.ui.Language;
import org.mizan.ui.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "snapshot", description = "Render the reader headless to a PNG.")
final class SnapshotCommand implements Callable<Integer> {

    @Option(names = "--width", defaultValue = "1100", description = "image width in pixels (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "800", description = "image height in pixels (default: ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--language", defaultValue = "ar", paramLabel = "ar|en",
            description = "language of the window (default: ${DEFAULT-VALUE})")
    String language;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "the PNG to write")
    Path out;

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "the article file")
    Path article;

    @Override
    public Integer call() throws Exception {
        if (width < 200 || height < 150 || width > 8000 || height > 8000) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--width must be 200..8000 and --height 150..8000");
        }
        Analysis analysis = Engine.standard().analyze(new ArticleReader().read(article));
        Language lang = switch (language) {
            case "ar" -> Language.ARABIC;
            case "en" -> Language.ENGLISH;
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--language must be ar or en");
        };
        Snapshots.render(analysis, width, height, out, lang);
        return 0;
    }
}
