package org.mizan.ui.editor;

import java.util.Objects;
import org.mizan.model.Span;

/**
 * A highlighted range of the article.
 *
 * @param span       exact article offsets (the data; on screen the highlight grows to whole words)
 * @param styleClass CSS class of the painted shape, e.g. {@code hl-person}; the shape also carries
 *                   the class {@code highlight}. The shape is a {@link javafx.scene.layout.Region},
 *                   so background, border and underline (a bottom border) are all styled in CSS.
 */
public record Highlight(Span span, String styleClass) {

    public Highlight {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(styleClass, "styleClass");
        if (styleClass.isBlank()) {
            throw new IllegalArgumentException("blank style class");
        }
    }
}
