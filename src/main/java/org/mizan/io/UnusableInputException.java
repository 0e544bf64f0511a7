package org.mizan.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Input Mizan cannot use: a missing, empty, binary, oversized or malformed file. The message is
 * for the user, one line, and names the file; it never carries a stack trace to the screen.
 *
 * <p>The message is English, for the command line. Where the reader knows the kind of problem it
 * also gives a {@link Reason} and its details, so a user interface can say the same thing in the
 * reader's own language instead of showing English to an Arabic reader.
 */
public class UnusableInputException extends Exception {

    /** What is wrong with the input, as far as a translated message needs to know. */
    public enum Reason {
        /** Details: none. */
        NO_SUCH_FILE,
        PERMISSION_DENIED,
        FOLDER,
        EMPTY,
        /** Details: the limit, e.g. "64.0 MB". */
        TOO_LARGE,
        /** Details: what the file is instead, in English (e.g. "a PNG image"). */
        BINARY,
        NOT_DOCX,
        /** Details: the encoding the reader chose. */
        NOT_TEXT_IN_ENCODING,
        NOT_TEXT,
        NO_ARTICLE_TEXT,
        /** Details: the limit in characters. */
        TOO_MUCH_TEXT,
        /** Details: the system's one-line explanation, in English. */
        UNREADABLE,
        /** Only the English message describes it. */
        OTHER
    }

    private final Reason reason;
    private final Path file;
    private final List<String> details;

    public UnusableInputException(String message) {
        this(message, (Throwable) null);
    }

    public UnusableInputException(String message, Throwable cause) {
        super(message, cause);
        this.reason = Reason.OTHER;
        this.file = null;
        this.details = List.of();
    }

    /** A problem of a known kind with {@code file}; {@code message} is the English one-liner. */
    public UnusableInputException(Reason reason, Path file, String message, Throwable cause, String... details) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = file;
        this.details = List.of(details);
    }

    public Reason reason() {
        return reason;
    }

    /** The file the problem is about, or null when the message says it all. */
    public Path file() {
        return file;
    }

    /** The values the reason's message needs, in the order its {@link Reason} lists them. */
    public List<String> details() {
        return details;
    }
}
