package org.mizan.ui;

import java.util.Objects;
import org.mizan.model.Span;

/**
 * One styled range of article text: the span (UTF-16 offsets into the article) and the CSS style
 * class that draws it (see {@code mizan.css}).
 */
public record Highlight(Span span, String styleClass) {

    public Highlight {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(styleClass, "styleClass");
    }
}
