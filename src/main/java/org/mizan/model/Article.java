package org.mizan.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as read from a file: its decoded text and what the file said about it.
 *
 * @param text     the decoded text; every offset in Mizan is a UTF-16 index into it
 * @param title    title if the file had one
 * @param outlet   publishing outlet if known
 * @param date     publication date if known
 * @param source   where it came from (a file path or a resource name), for display only
 * @param encoding the charset the text was decoded from, to save it back the same way
 */
public record Article(String text, Optional<String> title, Optional<String> outlet,
                      Optional<LocalDate> date, String source, String encoding) {

    public Article {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(encoding, "encoding");
    }

    /** A plain UTF-8 article with no metadata. */
    public static Article of(String text, String source) {
        return new Article(text, Optional.empty(), Optional.empty(), Optional.empty(), source, "UTF-8");
    }

    public Article withText(String newText) {
        return new Article(newText, title, outlet, date, source, encoding);
    }
}
