package org.mizan.io;

import java.nio.file.Path;
import java.util.Objects;
import org.mizan.model.Article;

/**
 * An article just read from a file, with how it was read.
 *
 * @param article  the article; {@link Article#encoding()} is {@code detection.encoding().label()}
 * @param file     the file it came from
 * @param format   the format it was read as
 * @param detection the encoding guess; {@link CharsetGuess#unsure()} means offer "Reopen with encoding"
 *                 with {@link CharsetGuess#alternatives()} first
 */
public record OpenedArticle(Article article, Path file, FileFormat format, CharsetGuess detection) {

    public OpenedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(detection, "detection");
    }
}
