package org.mizan.io;

import java.time.LocalDate;
import java.util.Optional;

/** What a format reader pulled out of a file, before it becomes an {@link org.mizan.model.Article}. */
record Extracted(String text, Optional<String> title, Optional<String> outlet, Optional<LocalDate> date) {

    static Extracted plain(String text) {
        return new Extracted(text, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
