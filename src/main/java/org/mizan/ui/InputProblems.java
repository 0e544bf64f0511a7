package org.mizan.ui;

import org.mizan.io.UnusableInputException;

/**
 * Says why a file could not be opened in the interface language. The engine's messages are
 * English one-liners for the command line; a problem whose kind the reader reported is told
 * from the message bundle instead, naming only the file's name, not its whole path.
 */
final class InputProblems {

    private InputProblems() {
    }

    static String describe(Messages messages, Throwable problem) {
        if (problem instanceof UnusableInputException u && u.reason() != UnusableInputException.Reason.OTHER
                && u.file() != null) {
            Object[] args = new Object[1 + u.details().size()];
            args[0] = u.file().getFileName() == null ? u.file().toString() : u.file().getFileName().toString();
            for (int i = 0; i < u.details().size(); i++) {
                args[i + 1] = u.details().get(i);
            }
            return messages.get("input." + u.reason().name(), args);
        }
        return String.valueOf(problem.getMessage());
    }
}
