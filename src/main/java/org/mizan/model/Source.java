package org.mizan.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who a claim is attributed to.
 *
 * @param span      the words naming the source ("مجلة فورين بوليسي", "مسؤول رفيع", "أربعة مصادر")
 * @param named     true for a named person or organisation, false for an anonymous source
 * @param count     the number of sources when the text gives it ("أربعة مصادر" is 4)
 * @param canonical the canonical actor name when the source is a known actor
 */
public record Source(Span span, boolean named, OptionalInt count, Optional<String> canonical) {

    public Source {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(canonical, "canonical");
    }
}
