package org.mizan.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The most recently opened articles, newest first, kept in {@code recent-files.txt} (one absolute
 * path per line, UTF-8) in the app's data folder and written atomically. A damaged or missing list
 * is an empty one: losing it must never stop the app from starting.
 */
public final class RecentFiles {

    public static final int DEFAULT_SIZE = 10;

    private final Path file;
    private final int size;

    public RecentFiles(Path dataDir, int size) {
        this.file = Objects.requireNonNull(dataDir, "dataDir").resolve("recent-files.txt");
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive");
        }
        this.size = size;
    }

    /** The list in the standard data folder (see {@link ReviewStore#defaultDataDir()}). */
    public static RecentFiles standard() {
        return new RecentFiles(ReviewStore.defaultDataDir(), DEFAULT_SIZE);
    }

    /** The remembered files, newest first (files since deleted included: the UI may grey them out). */
    public List<Path> list() {
        try {
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            List<Path> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && out.size() < size) {
                    try {
                        out.add(Path.of(line.strip()));
                    } catch (RuntimeException invalid) {
                        // A path from another platform or a damaged line: skip it.
                    }
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Puts {@code opened} first (moving it up if it was listed) and saves; returns the new list. */
    public List<Path> add(Path opened) throws IOException {
        Path abs = opened.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        out.add(abs);
        for (Path p : list()) {
            if (!p.equals(abs) && out.size() < size) {
                out.add(p);
            }
        }
        write(out);
        return List.copyOf(out);
    }

    /** Drops {@code gone} (e.g. after it failed to open) and saves; returns the new list. */
    public List<Path> remove(Path gone) throws IOException {
        Path abs = gone.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>(list());
        out.remove(abs);
        write(out);
        return List.copyOf(out);
    }

    private void write(List<Path> paths) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder();
        paths.forEach(p -> sb.append(p).append('\n'));
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
