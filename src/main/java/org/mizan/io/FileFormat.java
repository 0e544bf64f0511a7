package org.mizan.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of article file Mizan opens. */
public enum FileFormat {
    TEXT("txt", "text"),
    MARKDOWN("md", "markdown"),
    HTML("html", "htm", "xhtml"),
    DOCX("docx");

    private final List<String> extensions;

    FileFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** File name extensions (lower case, no dot), the first being the one to save with. */
    public List<String> extensions() {
        return extensions;
    }

    /** Every extension Mizan opens, e.g. for a file chooser filter or to accept a drag and drop. */
    public static List<String> allExtensions() {
        return java.util.Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList();
    }

    /** The format a file name's extension names, if any; content sniffing may still overrule it. */
    public static Optional<FileFormat> byExtension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = s.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
