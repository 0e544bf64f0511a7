package org.mizan.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.mizan.model.Article;

/** The demo article bundled with the app. */
public final class BundledSamples {

    public static final String DEMO = "detainees-release.txt";

    private BundledSamples() {
    }

    public static Article load(String name) {
        try (InputStream in = BundledSamples.class.getResourceAsStream("/org/mizan/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled sample " + name);
            }
            return Article.of(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
