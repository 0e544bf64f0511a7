package org.mizan.ui;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.mizan.io.ArticleReader;
import org.mizan.io.UnusableInputException;
import org.mizan.model.Article;

/** How the reader reads and writes article files (the io layer does the work). */
public interface ArticleFiles {

    Article read(Path file) throws UnusableInputException;

    /** Reads again, decoding with {@code charset} instead of the detected one. */
    Article read(Path file, Charset charset) throws UnusableInputException;

    /** Writes the article's text in its encoding, atomically. */
    void write(Path file, Article article) throws IOException;

    static ArticleFiles standard() {
        return new ArticleFiles() {
            @Override
            public Article read(Path file) throws UnusableInputException {
                return new ArticleReader().read(file);
            }

            @Override
            public Article read(Path file, Charset charset) throws UnusableInputException {
                Article a = new ArticleReader().read(file);
                try {
                    String text = new String(Files.readAllBytes(file), charset);
                    return new Article(text, a.title(), a.outlet(), a.date(), a.source(), charset.name());
                } catch (IOException e) {
                    throw new UnusableInputException("cannot read " + file + ": " + e.getMessage(), e);
                }
            }

            @Override
            public void write(Path file, Article article) throws IOException {
                Path dir = file.toAbsolutePath().getParent();
                Path tmp = Files.createTempFile(dir, ".mizan-", ".tmp");
                try {
                    Files.writeString(tmp, article.text(), Charset.forName(article.encoding()));
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        };
    }
}
