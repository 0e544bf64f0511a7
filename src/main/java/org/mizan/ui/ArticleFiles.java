package org.mizan.ui;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.mizan.io.ArticleReader;
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

    /** Writes the article's text in its encoding, atomically. */
    void write(Path file, Article article) throws IOException;

    /** Reading through {@link ArticleReader} (format and encoding detection); writing back in the same encoding. */
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
            public void write(Path file, Article article) throws IOException {
                TextEncoding enc;
                try {
                    enc = TextEncoding.parse(article.encoding());
                } catch (IllegalArgumentException e) {
                    enc = TextEncoding.UTF_8;
                }
                byte[] bom = enc.bomBytes();
                byte[] body = article.text().getBytes(enc.charset());
                Path dir = file.toAbsolutePath().getParent();
                Path tmp = Files.createTempFile(dir, ".mizan-", ".tmp");
                try {
                    try (var out = Files.newOutputStream(tmp)) {
                        out.write(bom);
                        out.write(body);
                    }
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        };
    }
}
