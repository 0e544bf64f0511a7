package org.mizan.analysis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The bundled word lists' one format: UTF-8, one entry per line, blank lines and {@code #} comments skipped. */
public final class WordListFile {

    private WordListFile() {
    }

    /** The entries of the bundled resource {@code path} (absolute, e.g. {@code /org/mizan/ner/places.txt}). */
    public static List<String> lines(String path) {
        InputStream in = WordListFile.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + path);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
