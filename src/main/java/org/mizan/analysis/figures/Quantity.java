package org.mizan.analysis.figures;

/**
 * A number read from one or more tokens: "2500", "3.5 مليون", "ثلاثة آلاف وخمسمئة", "عشرات الآلاف".
 *
 * @param firstToken the first token
 * @param endToken   the token after the last one
 * @param from       normalised offset where the number starts (after any proclitic)
 * @param to         normalised offset where it ends
 * @param value      the scaled value; NaN for a vague quantity
 * @param scale      the largest scale word applied (1 when none), used when a range shares it
 * @param words      true when written in words
 * @param definite   true for "الـ24": a definite number, an ordinal unless a noun follows
 * @param one        a lone واحد/أحد/إحدى, which is a figure only after a unit noun
 */
record Quantity(int firstToken, int endToken, int from, int to, double value, double scale, boolean words,
                boolean definite, boolean one) {

    boolean vague() {
        return Double.isNaN(value);
    }

    boolean integer() {
        return !vague() && value == Math.rint(value);
    }

    /** True for a bare four-digit integer that reads as a year (1900..2099). */
    boolean yearLike(Doc doc) {
        return !words && scale == 1 && endToken == firstToken + 1 && doc.end[firstToken] - doc.start[firstToken] == 4
                && value >= 1900 && value <= 2099;
    }

    Quantity withValue(double v) {
        return new Quantity(firstToken, endToken, from, to, v, scale, words, definite, one);
    }

    Quantity extendTo(int newEndToken, int newTo, double v) {
        return new Quantity(firstToken, newEndToken, from, newTo, v, scale, words, definite, one);
    }
}
