package org.mizan.io;

import java.io.IOException;

/** The article cannot be saved as asked (e.g. the encoding cannot represent a character); nothing was written. */
public class CannotSaveException extends IOException {

    public CannotSaveException(String message) {
        super(message);
    }
}
