package org.mizan.io;

import java.util.List;
import java.util.Objects;

/**
 * How a file's bytes were decoded, and how sure that is.
 *
 * @param encoding     the encoding used
 * @param confidence   0 to 100; below {@link #UNSURE_BELOW} the reader should be offered "Reopen with encoding"
 * @param alternatives other encodings the bytes decode cleanly in, best first (never contains {@code encoding})
 * @param basis        why this encoding was chosen, for display ("byte order mark", "valid UTF-8", ...)
 */
public record CharsetGuess(TextEncoding encoding, int confidence, List<TextEncoding> alternatives, String basis) {

    public static final int UNSURE_BELOW = 60;

    public CharsetGuess {
        Objects.requireNonNull(encoding, "encoding");
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("confidence out of [0,100]: " + confidence);
        }
        alternatives = alternatives.stream().filter(e -> !e.equals(encoding)).distinct().toList();
        Objects.requireNonNull(basis, "basis");
    }

    /** True when the guess is weak enough that the reader should check the text and maybe reopen. */
    public boolean unsure() {
        return confidence < UNSURE_BELOW;
    }

    /** The guess for an encoding the reader picked, or one the file format fixes (docx is UTF-8 XML). */
    public static CharsetGuess certain(TextEncoding encoding, String basis) {
        return new CharsetGuess(encoding, 100, List.of(), basis);
    }
}
