package org.mizan.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Offset-preserving folding of Arabic text for matching. Every output character remembers the
 * original character it came from ({@link NormalizedText}), so a match in the folded text can be
 * highlighted in the original.
 *
 * <p>{@link #forMatching()} strips tashkeel (harakat, tanween, shadda, sukun, dagger alef, Quranic
 * marks), tatweel and bidi/format controls (LRM, RLM, ALM, ZWJ, ZWNJ, embeddings, overrides,
 * isolates, BOM, soft hyphen); unifies alef forms (أ إ آ ٱ to ا), alef maqsura to yaa, taa marbuta to
 * haa, Persian yeh and keheh to their Arabic letters; maps Arabic-Indic and Persian digits to ASCII,
 * and the Arabic decimal, thousands and percent signs to {@code . , %}. Arabic presentation forms
 * (ﻻ, ﷲ ...) are decomposed with ICU's NFKC, each output character mapped to the ligature.
 *
 * <p>Instances are immutable and thread-safe. The hot loop is a table lookup per character: ICU's
 * Normalizer2 is used only for the presentation-form blocks, where it is the right tool and rare.
 */
public final class ArabicNormalizer {

    private static final ArabicNormalizer MATCHING = new ArabicNormalizer();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /** Marker in {@link #FOLD}: drop the character. */
    private static final char DROP = '\uFFFF';
    /** Marker in {@link #FOLD}: a presentation form, decompose with NFKC. */
    private static final char DECOMPOSE = '\uFFFE';

    /** Folding of every BMP character: itself, a replacement, DROP or DECOMPOSE. */
    private static final char[] FOLD = buildTable();

    private ArabicNormalizer() {
    }

    /** The folding used for every lexicon lookup in Mizan. */
    public static ArabicNormalizer forMatching() {
        return MATCHING;
    }

    public NormalizedText normalize(CharSequence text) {
        int n = text.length();
        char[] out = new char[n + 8];
        int[] map = new int[n + 9];
        int o = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char f = FOLD[c];
            if (f == DROP) {
                continue;
            }
            if (f == DECOMPOSE) {
                String d = NFKC.normalize(String.valueOf(c));
                for (int k = 0; k < d.length(); k++) {
                    char dc = FOLD[d.charAt(k)];
                    if (dc == DROP) {
                        continue;
                    }
                    if (dc == DECOMPOSE) {
                        dc = d.charAt(k);
                    }
                    if (o + 1 >= out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2 + 8);
                        map = java.util.Arrays.copyOf(map, out.length + 1);
                    }
                    out[o] = dc;
                    map[o++] = i;
                }
                continue;
            }
            if (o + 1 >= out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2 + 8);
                map = java.util.Arrays.copyOf(map, out.length + 1);
            }
            out[o] = f;
            map[o++] = i;
        }
        int[] toOriginal = java.util.Arrays.copyOf(map, o + 1);
        toOriginal[o] = n;
        return new NormalizedText(new String(out, 0, o), toOriginal);
    }

    /**
     * The lookup key of one word: the same folding as {@link #normalize}, plus lower case for
     * Latin letters (so "January" and "JANUARY" meet).
     */
    public String key(CharSequence word) {
        int n = word.length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char f = FOLD[c];
            if (f == DROP) {
                continue;
            }
            if (f == DECOMPOSE) {
                String d = NFKC.normalize(String.valueOf(c));
                for (int k = 0; k < d.length(); k++) {
                    char dc = FOLD[d.charAt(k)];
                    if (dc != DROP) {
                        sb.append(dc == DECOMPOSE ? d.charAt(k) : dc);
                    }
                }
                continue;
            }
            sb.append(f >= 'A' && f <= 'Z' ? (char) (f + 32) : f);
        }
        return sb.toString();
    }

    /**
     * The matching fold of one character that is not dropped; presentation forms come back unchanged
     * (they need {@link #normalize} to expand).
     */
    public static char fold(char c) {
        char f = FOLD[c];
        return f == DROP || f == DECOMPOSE ? c : f;
    }

    /** True for a character {@link #forMatching()} drops. */
    public static boolean isDropped(char c) {
        return FOLD[c] == DROP;
    }

    /** Tashkeel, Quranic marks and tatweel: they belong to the letter before them. */
    public static boolean isWordInternalMark(char c) {
        return isTashkeel(c) || c == '\u0640';
    }

    static boolean isTashkeel(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u06D6' && c <= '\u06DC') || (c >= '\u06DF' && c <= '\u06E8')
                || (c >= '\u06EA' && c <= '\u06ED') || (c >= '\u08D3' && c <= '\u08FF' && c != '\u08E2');
    }

    private static boolean isFormatControl(char c) {
        return c == '\u061C' || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD';
    }

    private static char[] buildTable() {
        char[] t = new char[0x10000];
        for (int c = 0; c < t.length; c++) {
            t[c] = (char) c;
        }
        for (int c = 0; c < t.length; c++) {
            char ch = (char) c;
            if (isTashkeel(ch) || ch == '\u0640' || isFormatControl(ch)) {
                t[c] = DROP;
            }
        }
        // Presentation forms; U+FEFF (BOM) stays dropped, U+FDD0..FDEF are noncharacters.
        for (int c = 0xFB50; c <= 0xFDFF; c++) {
            if (c < 0xFDD0 || c > 0xFDEF) {
                t[c] = DECOMPOSE;
            }
        }
        for (int c = 0xFE70; c <= 0xFE7F; c++) {
            t[c] = DROP; // isolated and medial forms of tashkeel: NFKC would turn them into space + mark
        }
        for (int c = 0xFE80; c <= 0xFEFC; c++) {
            t[c] = DECOMPOSE;
        }
        t['\u0623'] = '\u0627';
        t['\u0625'] = '\u0627';
        t['\u0622'] = '\u0627';
        t['\u0671'] = '\u0627';
        t['\u0672'] = '\u0627';
        t['\u0673'] = '\u0627';
        t['\u0649'] = '\u064A';
        t['\u06CC'] = '\u064A';
        t['\u06D2'] = '\u064A';
        t['\u0629'] = '\u0647';
        t['\u06C0'] = '\u0647';
        t['\u06D5'] = '\u0647';
        t['\u06A9'] = '\u0643';
        for (int d = 0; d < 10; d++) {
            t['\u0660' + d] = (char) ('0' + d);
            t['\u06F0' + d] = (char) ('0' + d);
        }
        t['\u066B'] = '.';
        t['\u066C'] = ',';
        t['\u066A'] = '%';
        return t;
    }
}
