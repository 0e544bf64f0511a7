package org.mizan.ui;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.mizan.io.ArticleReader;
import org.mizan.io.ArticleWriter;
import org.mizan.io.OpenedArticle;
import org.mizan.io.TextEncoding;
import org.mizan.io.UnusableInputException;
import org.mizan.model.Article;

/** How the reader reads and writes article files (the io layer does the work). */
public interface ArticleFiles {

    /** Reads {@code file}, detecting its format and encoding. */
    OpenedArticle read(Path file) throws UnusableInputException;

    /** Reads again, decoding with {@code charset} instead of the detected one. */
    OpenedArticle read(Path file, Charset charset) throws UnusableInputException;

    /** Writes the article's text in its encoding, atomically; returns the article as it now is on disk. */
    Article write(Path file, Article article) throws IOException;

    /** Reading through {@link ArticleReader} (format and encoding detection), writing through {@link ArticleWriter}. */
    static ArticleFiles standard() {
        return new ArticleFiles() {
            @Override
            public OpenedArticle read(Path file) throws UnusableInputException {
                return new ArticleReader().open(file);
            }

            @Override
            public OpenedArticle read(Path file, Charset charset) throws UnusableInputException {
                return new ArticleReader().open(file, TextEncoding.of(charset));
            }

            @Override
            public Article write(Path file, Article article) throws IOException {
                return new ArticleWriter().save(article, file);
            }
        };
    }
}
