package org.mizan.text;

import java.util.Objects;
import org.mizan.model.Span;

/**
 * Text folded for matching, with a map back to the original: {@code toOriginal[i]} is the offset in
 * the original text of normalised character {@code i}, and {@code toOriginal[text.length()]} is the
 * original length. The map never decreases.
 */
public record NormalizedText(String text, int[] toOriginal) {

    public NormalizedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(toOriginal, "toOriginal");
        if (toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map must have text.length()+1 entries");
        }
    }

    /** The original offset of a normalised index (0..text.length(), the end maps to the original length). */
    public int originalOffset(int normalizedIndex) {
        return toOriginal[normalizedIndex];
    }

    /**
     * The original span covering normalised {@code [start, end)}. The end is placed just after the
     * original character of normalised index {@code end-1} together with the marks (tashkeel,
     * tatweel) that followed it, but not past a bidi or format control, so a highlighted word keeps
     * its vowels and does not swallow the invisible marks around it.
     */
    public Span originalSpan(int start, int end, CharSequence original) {
        if (start >= end) {
            int o = toOriginal[start];
            return new Span(o, o);
        }
        int from = toOriginal[start];
        int limit = toOriginal[end];
        int to = toOriginal[end - 1] + 1;
        if (to < original.length() && Character.isHighSurrogate(original.charAt(to - 1))) {
            to++;
        }
        while (to < limit && ArabicNormalizer.isWordInternalMark(original.charAt(to))) {
            to++;
        }
        return new Span(from, Math.max(from, Math.min(to, limit)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedText n && n.text.equals(text) && java.util.Arrays.equals(n.toOriginal, toOriginal);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + java.util.Arrays.hashCode(toOriginal);
    }

    @Override
    public String toString() {
        return "NormalizedText[" + text + "]";
    }
}
