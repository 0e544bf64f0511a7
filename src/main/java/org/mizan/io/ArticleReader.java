package org.mizan.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mizan.model.Article;

/** Reads an article file into an {@link Article}. */
public final class ArticleReader {

    public Article read(Path file) throws UnusableInputException {
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException("cannot open " + file + ": no such file");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new UnusableInputException(file + " is empty");
            }
            return Article.of(new String(bytes, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UnusableInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
