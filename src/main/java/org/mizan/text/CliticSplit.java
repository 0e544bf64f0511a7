package org.mizan.text;

import java.util.Objects;

/**
 * How a word divides into proclitics, stem and pronoun suffix. Indices are into the word exactly as
 * given (marks and tatweel included), so {@code wordStart + prefixEnd} is an offset in the text.
 *
 * @param prefixEnd where the stem starts (0 when nothing was split off)
 * @param stemEnd   where the pronoun suffix starts (the word's length when there is none)
 * @param prefixes  the proclitics split off, normalised ("و", "وب", "ال", "وال", "لل")
 * @param suffix    the attached pronoun split off, normalised ("ها", "هم") or ""
 */
public record CliticSplit(int prefixEnd, int stemEnd, String prefixes, String suffix) {

    public CliticSplit {
        Objects.requireNonNull(prefixes, "prefixes");
        Objects.requireNonNull(suffix, "suffix");
        if (prefixEnd < 0 || stemEnd < prefixEnd) {
            throw new IllegalArgumentException("bad split " + prefixEnd + ".." + stemEnd);
        }
    }

    /** The stem as it stands in {@code word} (not normalised). */
    public String stem(CharSequence word) {
        return word.subSequence(prefixEnd, stemEnd).toString();
    }

    public boolean hasArticle() {
        return prefixes.endsWith("ال") || prefixes.endsWith("لل");
    }
}
