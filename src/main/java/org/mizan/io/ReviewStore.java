package org.mizan.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mizan.model.Review;

/**
 * Keeps a reader's decisions on an article in {@code <article file name>.mizan.json} beside the
 * article, or, when that folder cannot be written, in the app's data folder
 * ({@code $XDG_DATA_HOME/mizan} or {@code ~/.local/share/mizan}, under {@code reviews/}). Writes are
 * atomic. Loading re-attaches every decision to the article's current text (see {@link Reattacher}).
 */
public final class ReviewStore {

    public static final String SUFFIX = ".mizan.json";

    /** System property that overrides the data folder (tests, portable installs). */
    public static final String DATA_DIR_PROPERTY = "mizan.data.dir";

    private final Path dataDir;

    /** A store whose fallback folder is {@code dataDir} (the app's data folder). */
    public ReviewStore(Path dataDir) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath();
    }

    /** The store in the platform's data folder: {@value #DATA_DIR_PROPERTY}, else XDG, else ~/.local/share/mizan. */
    public static ReviewStore standard() {
        return new ReviewStore(defaultDataDir());
    }

    public static Path defaultDataDir() {
        String property = System.getProperty(DATA_DIR_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "mizan");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "mizan");
    }

    public Path dataDir() {
        return dataDir;
    }

    /** {@code <article>.mizan.json} in the article's folder. */
    public Path besideArticle(Path article) {
        Path abs = article.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + SUFFIX);
    }

    /** The fallback file in the data folder; the path hash keeps two same-named articles apart. */
    public Path inDataDir(Path article) {
        Path abs = article.toAbsolutePath().normalize();
        String hash = ReviewJson.sha256(abs.toString()).substring(0, 12);
        return dataDir.resolve("reviews").resolve(abs.getFileName() + "-" + hash + SUFFIX);
    }

    /**
     * A loaded review: the decisions re-attached to the current text, and where they came from.
     *
     * @param reattachment the decisions that fit the current text and those that could not be re-attached
     * @param location     the file they were read from
     * @param textChanged  true when the article text differs from the one the decisions were saved with
     */
    public record Loaded(Reattachment reattachment, Path location, boolean textChanged) {
    }

    /**
     * The saved decisions for {@code article}, fitted to {@code currentText}; empty when there are none.
     * A damaged or newer-version review file is reported and left untouched.
     */
    public Optional<Loaded> load(Path article, String currentText) throws UnusableInputException {
        Optional<Path> location = existing(article);
        if (location.isEmpty()) {
            return Optional.empty();
        }
        Path file = location.get();
        ReviewJson.Stored stored;
        try {
            stored = ReviewJson.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UnusableInputException("cannot read the review file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException("cannot use the review file " + file + ": " + e.getMessage(), e);
        }
        boolean changed = !stored.sha256().equals(ReviewJson.sha256(currentText));
        return Optional.of(new Loaded(Reattacher.reattach(stored.sheet(), currentText), file, changed));
    }

    /** The review file that would be loaded: the newer of the one beside the article and the fallback. */
    public Optional<Path> existing(Path article) {
        List<Path> found = new ArrayList<>();
        for (Path p : List.of(besideArticle(article), inDataDir(article))) {
            if (Files.isRegularFile(p)) {
                found.add(p);
            }
        }
        return found.stream().max(Comparator.comparing(ReviewStore::modified));
    }

    /**
     * Saves the decisions atomically beside the article, or in the data folder when that fails
     * (read-only folder, removable media, ...). Returns where they were written.
     */
    public Path save(Path article, Review.Sheet sheet, String articleText) throws IOException {
        byte[] json = ReviewJson.write(sheet, article.getFileName().toString(), articleText);
        Path beside = besideArticle(article);
        Path fallback = inDataDir(article);
        IOException besideFailure = null;
        if (Files.isWritable(beside.getParent())) {
            try {
                AtomicFiles.write(beside, json);
                // A stale fallback copy would otherwise win on load if its clock ran ahead.
                Files.deleteIfExists(fallback);
                return beside;
            } catch (IOException e) {
                besideFailure = e;
            }
        }
        try {
            Files.createDirectories(fallback.getParent());
            AtomicFiles.write(fallback, json);
            return fallback;
        } catch (IOException e) {
            if (besideFailure != null) {
                e.addSuppressed(besideFailure);
            }
            throw e;
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** The review file's JSON as text (for diagnostics and tests). */
    static String readText(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
