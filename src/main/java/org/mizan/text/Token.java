package org.mizan.text;

import java.util.Objects;
import org.mizan.model.Span;

/**
 * One token: a half-open range of UTF-16 offsets into the text it was cut from. Tokens never
 * copy text; {@link #text(CharSequence)} slices it on demand.
 */
public record Token(int start, int end, TokenKind kind) {

    public Token {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token [" + start + ", " + end + ")");
        }
    }

    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    public Span span() {
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }
}
