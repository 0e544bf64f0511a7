package org.mizan.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.model.Span;

/**
 * Splits text into sentences: spans with surrounding whitespace trimmed, in text order.
 *
 * <p>ICU's sentence BreakIterator (UAX #29) does the main work: it breaks after . ! ? ؟ and line
 * breaks, keeps closing quotes and brackets (« » " ) ) with their sentence and does not break inside
 * decimals ("3.5"). On top of it, by hand, because UAX #29 lacks them: a break after the Arabic
 * semicolon ؛ (Arabic news uses it between independent clauses) and no break after a dotted
 * abbreviation (د. for doctor, أ. for professor, single Latin initials, "U.S.", "Mr.").
 *
 * <p>Thread-safe: each call uses its own iterator clone.
 */
public final class SentenceSplitter {

    private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(ULocale.ROOT);

    /** Dotted abbreviations after which a full stop does not end a sentence (normalised keys). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "د", "ا", "م", "ق", "ص", "ج", "ه", "ت", "س", "ك", "ش", "ب", "ف", "ل", "ع", "ن", "ي",
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "jr", "sr", "vs", "etc",
            "no", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    public List<Span> split(CharSequence text) {
        String s = text.toString();
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        it.setText(s);
        List<Integer> cuts = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (end < s.length() && endsWithAbbreviation(s, start, end)) {
                continue; // keep the sentence open; `start` stays
            }
            cuts.add(end);
            start = end;
        }
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            addSplitOnSemicolons(s, from, cut, out);
            from = cut;
        }
        if (from < s.length()) {
            addSplitOnSemicolons(s, from, s.length(), out);
        }
        return out;
    }

    private static void addSplitOnSemicolons(String s, int from, int to, List<Span> out) {
        int segStart = from;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\u061B') {
                addTrimmed(s, segStart, i + 1, out);
                segStart = i + 1;
            }
        }
        addTrimmed(s, segStart, to, out);
    }

    private static void addTrimmed(String s, int from, int to, List<Span> out) {
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(s.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(from, to));
        }
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicNormalizer.isDropped(c)
                && !ArabicNormalizer.isWordInternalMark(c);
    }

    /**
     * True when the segment [start, end) ends with "X. " where X is a known abbreviation or a
     * single letter, and what follows is on the same line.
     */
    private static boolean endsWithAbbreviation(String s, int start, int end) {
        int i = end;
        while (i > start && isBlank(s.charAt(i - 1))) {
            if (s.charAt(i - 1) == '\n' || s.charAt(i - 1) == '\r' || s.charAt(i - 1) == '\u2029') {
                return false;
            }
            i--;
        }
        if (i <= start || s.charAt(i - 1) != '.') {
            return false;
        }
        int wordEnd = i - 1;
        int wordStart = wordEnd;
        while (wordStart > start && (Character.isLetter(s.charAt(wordStart - 1))
                || s.charAt(wordStart - 1) == '.' || ArabicNormalizer.isWordInternalMark(s.charAt(wordStart - 1)))) {
            wordStart--;
        }
        if (wordStart == wordEnd) {
            return false;
        }
        String word = ArabicNormalizer.forMatching().key(s.substring(wordStart, wordEnd));
        if (word.indexOf('.') >= 0) {
            return true; // "U.S." "ق.م."
        }
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }
}
