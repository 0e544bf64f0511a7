package org.mizan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A number, date or quantity in the text.
 *
 * @param span        the characters of the figure, including its unit word where there is one
 * @param kind        what it measures
 * @param value       its normalised value
 * @param unit        the counted noun or the currency code (e.g. "جندي", "USD"), if any
 * @param approximate true after نحو، قرابة، حوالي، أكثر من ...
 */
public record Figure(Span span, FigureKind kind, FigureValue value, Optional<String> unit, boolean approximate) {

    public Figure {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }
}
