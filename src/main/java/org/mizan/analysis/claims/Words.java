package org.mizan.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import org.mizan.model.Span;

/**
 * Word and sentence segmentation with matching keys, for the claim machinery.
 * A private stand-in until the shared text core ({@code org.mizan.text}) lands; kept deliberately
 * small so that swapping it for {@code Tokenizer}/{@code ArabicNormalizer} touches only this class.
 */
public final class Words {

    /** A word or punctuation mark; {@code key} is its folded form used for every lookup. */
    public record Word(int start, int end, String key, boolean punct) {
        public Span span() {
            return new Span(start, end);
        }
    }

    private Words() {
    }

    /** The folded form of one character, or 0 when it is dropped (tashkeel, tatweel, bidi controls). */
    static char fold(char c) {
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')) {
            return 0;
        }
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى' -> 'ي';
            case 'ة' -> 'ه';
            default -> {
                if (c >= '\u0660' && c <= '\u0669') {
                    yield (char) ('0' + (c - '\u0660'));
                }
                if (c >= '\u06F0' && c <= '\u06F9') {
                    yield (char) ('0' + (c - '\u06F0'));
                }
                yield Character.toLowerCase(c);
            }
        };
    }

    /** The matching key of a word: diacritics dropped, alef forms, yaa and taa marbuta unified. */
    public static String key(CharSequence word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char f = fold(word.charAt(i));
            if (f != 0) {
                b.append(f);
            }
        }
        return b.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || fold(c) == 0 && !Character.isWhitespace(c) && c > 0x600;
    }

    /** Words and punctuation marks of {@code text[from, to)}, in order. */
    public static List<Word> tokens(CharSequence text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
                i++;
                continue;
            }
            if (isWordChar(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    boolean decimal = (d == '.' || d == ',' || d == '٫') && j + 1 < to
                            && Character.isDigit(text.charAt(j + 1)) && Character.isDigit(text.charAt(j - 1));
                    if (!(isWordChar(d) || decimal)) {
                        break;
                    }
                    j++;
                }
                String k = key(text.subSequence(i, j));
                if (!k.isEmpty()) {
                    out.add(new Word(i, j, k, false));
                }
                i = j;
            } else {
                out.add(new Word(i, i + 1, String.valueOf(c), true));
                i++;
            }
        }
        return out;
    }

    /** Sentence spans: split after . ! ? ؟ followed by space, and at line breaks. */
    public static List<Span> sentences(CharSequence text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || ((c == '.' || c == '!' || c == '?' || c == '؟')
                        && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))));
            if (end) {
                add(out, text, start, c == '\n' ? i : i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static void add(List<Span> out, CharSequence text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }
}
