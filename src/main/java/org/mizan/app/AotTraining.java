package org.mizan.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.mizan.cli.Cli;
import org.mizan.io.BundledSamples;
import picocli.CommandLine;

/**
 * The workload that {@code mvn -Paot package} records the JDK 25 AOT cache from (run as
 * {@code java -XX:AOTCacheOutput=... -cp mizan.jar org.mizan.app.AotTraining}; the cache only
 * cares that the class path is the same, not which main class ran).
 *
 * <p>A cache holds only the classes and method profiles its training run used, so a training run
 * that only opens the reader leaves the command line's commands as cold as a plain start: the
 * engine's model loading and PDFBox, ICU shaping and the PDF writer were loaded, verified and
 * interpreted from scratch on every {@code mizan export --pdf}. So this first runs the commands
 * a user runs headless ({@code analyze} as JSON and {@code export --pdf} of every bundled sample
 * article, into a temporary folder that is deleted afterwards), then starts the reader exactly as
 * {@link Main} does; with {@code -Dmizan.startupProbe=true} the reader exits by itself once the
 * demo article is analysed and drawn. Not used at run time.
 */
public final class AotTraining {

    /** Bundled samples exported in training: the demo article plus the others, so every annotator and PDF section runs. */
    static final List<String> SAMPLES = List.of(BundledSamples.DEMO, "port-talks.txt", "budget-dispute.txt",
            "flood-relief.txt");

    private AotTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("mizan-aot-training-");
        try {
            runCommands(dir);
        } finally {
            deleteAll(dir);
        }
        Main.main(args);
    }

    /** Copies each bundled sample into {@code dir}, then analyses it as JSON and exports it as {@code SAMPLE.pdf} there. */
    static void runCommands(Path dir) throws IOException {
        for (String sample : SAMPLES) {
            Path article = dir.resolve(sample);
            try (InputStream in = BundledSamples.class.getResourceAsStream("/org/mizan/samples/" + sample)) {
                if (in == null) {
                    throw new IllegalStateException("bundled sample missing: " + sample);
                }
                Files.copy(in, article);
            }
            command("analyze", "--format", "json", article.toString());
            command("export", "--pdf", dir.resolve(sample + ".pdf").toString(), article.toString());
        }
    }

    /** Runs one sub-command as Main would; its output is dropped, a failure stops the training (and the build). */
    private static void command(String... args) {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        CommandLine cl = Cli.commandLine(quiet, Cli.stderr());
        int code = Cli.run(cl, args);
        if (code != Cli.OK) {
            throw new IllegalStateException("AOT training: mizan " + String.join(" ", args) + " exited with " + code);
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
