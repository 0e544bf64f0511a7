package org.mizan.io;

/**
 * Input Mizan cannot use: a missing, empty, binary, oversized or malformed file. The message is
 * for the user, one line, and names the file; it never carries a stack trace to the screen.
 */
public class UnusableInputException extends Exception {

    public UnusableInputException(String message) {
        super(message);
    }

    public UnusableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
