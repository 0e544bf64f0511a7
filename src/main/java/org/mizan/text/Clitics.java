package org.mizan.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Conservative clitic analysis of one Arabic word, for lexicon lookups. Without a lexicon a leading
 * و or ب is ambiguous (وزير is one word, وقال is و + قال), so {@link #split} only removes what is
 * unambiguous in news prose: the article with whatever proclitics precede it (ال، وال، بال، فال،
 * كال، لل، ولل، فبال ...) and a conjunction/preposition chain in front of it. Callers that hold a
 * lexicon should use {@link #candidates}, which lists every plausible reading for them to look up.
 *
 * <p>Marks and tatweel inside the word are skipped when matching and kept in the indices, so a
 * split never corrupts offsets: "وَالـمدينة" splits after the tatweel.
 */
public final class Clitics {

    private static final String[] SUFFIXES = {"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا"};

    private Clitics() {
    }

    /** The unambiguous split of {@code word}; see the class comment. */
    public static CliticSplit split(CharSequence word) {
        Letters w = Letters.of(word);
        int p = articlePrefix(w);
        String prefixes = p == 0 ? "" : w.folded(0, p);
        int prefixEnd = w.offsetAfter(p);
        int stemEnd = word.length();
        String suffix = "";
        // A pronoun suffix only on an article-less stem: ال + noun + pronoun is ungrammatical, so
        // "الكرامة" is never cut, and the stem keeps at least three letters.
        if (p == 0) {
            for (String s : SUFFIXES) {
                int k = s.length();
                if (w.size() - k >= 3 && w.endsWith(s)) {
                    suffix = s;
                    stemEnd = w.offsetOf(w.size() - k);
                    break;
                }
            }
        }
        return new CliticSplit(prefixEnd, stemEnd, prefixes, suffix);
    }

    /** The word without proclitics/article and pronoun suffix, as written (marks kept). */
    public static String stem(CharSequence word) {
        return split(word).stem(word);
    }

    /**
     * Every plausible proclitic reading, least stripped first: the whole word, then و/ف, then a
     * preposition ب/ك/ل after it, then the article. Each stem keeps at least two letters. "لل" is
     * reported with prefixEnd after the first ل and prefixes "لل": its stem then starts "ل..." and
     * callers looking up definite forms should prepend "ا".
     */
    public static List<CliticSplit> candidates(CharSequence word) {
        Letters w = Letters.of(word);
        List<CliticSplit> out = new ArrayList<>(4);
        int n = w.size();
        out.add(new CliticSplit(0, word.length(), "", ""));
        int p = 0;
        if (p < n - 2 && (w.letter(p) == 'و' || w.letter(p) == 'ف')) {
            p++;
            out.add(new CliticSplit(w.offsetAfter(p), word.length(), w.folded(0, p), ""));
        }
        if (p < n - 2 && (w.letter(p) == 'ب' || w.letter(p) == 'ك' || w.letter(p) == 'ل')) {
            if (w.letter(p) == 'ل' && p + 1 < n && w.letter(p + 1) == 'ل' && p + 3 < n) {
                // لل: ل + ال with the alef dropped; the stem starts at the second ل
                out.add(new CliticSplit(w.offsetAfter(p + 1), word.length(), w.folded(0, p + 2), ""));
                return out;
            }
            p++;
            out.add(new CliticSplit(w.offsetAfter(p), word.length(), w.folded(0, p), ""));
        }
        if (p + 1 < n - 2 && w.letter(p) == 'ا' && w.letter(p + 1) == 'ل') {
            p += 2;
            out.add(new CliticSplit(w.offsetAfter(p), word.length(), w.folded(0, p), ""));
        }
        return out;
    }

    /** Letters of the unambiguous article prefix (0 if none). */
    private static int articlePrefix(Letters w) {
        int n = w.size();
        int p = 0;
        if (p < n && (w.letter(p) == 'و' || w.letter(p) == 'ف')) {
            p++;
        }
        if (p < n && (w.letter(p) == 'ب' || w.letter(p) == 'ك')) {
            p++;
        } else if (p + 1 < n && w.letter(p) == 'ل' && w.letter(p + 1) == 'ل' && n - (p + 2) >= 2) {
            return p + 2; // لل + stem of two or more letters
        }
        if (p + 1 < n && w.letter(p) == 'ا' && w.letter(p + 1) == 'ل' && n - (p + 2) >= 2) {
            return p + 2;
        }
        return 0;
    }

    /** The letters of a word folded for matching, with the offset of each in the word. */
    private record Letters(char[] letters, int[] offsets, int size, int length) {

        static Letters of(CharSequence word) {
            int len = word.length();
            char[] ls = new char[len];
            int[] offs = new int[len];
            int n = 0;
            for (int i = 0; i < len; i++) {
                char c = word.charAt(i);
                if (ArabicNormalizer.isDropped(c)) {
                    continue;
                }
                ls[n] = ArabicNormalizer.fold(c);
                offs[n++] = i;
            }
            return new Letters(ls, offs, n, len);
        }

        char letter(int i) {
            return letters[i];
        }

        /** Offset in the word just after letter {@code count-1}, past trailing marks/tatweel. */
        int offsetAfter(int count) {
            return count >= size ? length : offsets[count];
        }

        int offsetOf(int letterIndex) {
            return letterIndex >= size ? length : offsets[letterIndex];
        }

        String folded(int from, int to) {
            return new String(letters, from, to - from);
        }

        boolean endsWith(String s) {
            int k = s.length();
            if (k > size) {
                return false;
            }
            for (int j = 0; j < k; j++) {
                if (letters[size - k + j] != s.charAt(j)) {
                    return false;
                }
            }
            return true;
        }
    }
}
