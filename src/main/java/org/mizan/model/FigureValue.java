package org.mizan.model;

import java.util.Objects;

/** The normalised value of a figure. */
public sealed interface FigureValue {

    /** A number, already scaled ("3.5 مليون" is 3500000). */
    record Amount(double value) implements FigureValue {
        public Amount {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("not a finite number: " + value);
            }
        }
    }

    /** A range such as "بين 10 و20"; both ends kept. */
    record Range(double low, double high) implements FigureValue {
        public Range {
            if (!Double.isFinite(low) || !Double.isFinite(high) || high < low) {
                throw new IllegalArgumentException("bad range " + low + ".." + high);
            }
        }
    }

    /** An ISO-8601 date, partial where parts are unknown: "2024-01-24", "2023-08", "--01-24", "2014". */
    record IsoDate(String iso) implements FigureValue {
        public IsoDate {
            Objects.requireNonNull(iso, "iso");
            if (iso.isBlank()) {
                throw new IllegalArgumentException("blank date");
            }
        }
    }

    /** A vague quantity such as "عدة" or "مئات": a figure, but with no value. */
    record Unknown() implements FigureValue {
    }
}
