package org.mizan.analysis.ner;

/**
 * The word forms the tagger and the actor rules compare: a folded key (no diacritics or tatweel,
 * one alef, yaa for alef maqsura, haa for taa marbuta, ASCII digits) and the key with proclitics
 * and the article removed. NER-specific: it is cheap, allocation-light and must stay byte-for-byte
 * stable, because the shipped model's hashed features were computed with it.
 */
public final class ArabicForms {

    private ArabicForms() {
    }

    /** The folded form of one word. */
    public static String key(CharSequence word) {
        StringBuilder sb = null;
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char f = fold(c);
            if (f != c || sb != null) {
                if (sb == null) {
                    sb = new StringBuilder(n);
                    sb.append(word, 0, i);
                }
                if (f != 0) {
                    sb.append(f);
                }
            }
        }
        return sb == null ? word.toString() : sb.toString();
    }

    /** The text without diacritics, tatweel and bidi controls, letters otherwise as written (for display). */
    public static String clean(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (fold(c) != 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * How many chars of {@code word} as written hold its first {@code letters} folded letters
     * (diacritics and tatweel after them included), to cut proclitics off the original text.
     */
    public static int charsForLetters(CharSequence word, int letters) {
        int i = 0;
        int seen = 0;
        while (i < word.length() && seen < letters) {
            if (fold(word.charAt(i)) != 0) {
                seen++;
            }
            i++;
        }
        while (i < word.length() && fold(word.charAt(i)) == 0) {
            i++;
        }
        return i;
    }

    /** One folded char, or 0 to drop it. */
    static char fold(char c) {
        if (c < 0x0600) {
            return c;
        }
        if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640
                || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)) {
            return 0;
        }
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى' -> 'ي';
            case 'ة' -> 'ه';
            case 'ؤ' -> 'و';
            case 'ئ' -> 'ي';
            default -> {
                if (c >= 0x0660 && c <= 0x0669) {
                    yield (char) ('0' + (c - 0x0660));
                }
                if (c >= 0x06F0 && c <= 0x06F9) {
                    yield (char) ('0' + (c - 0x06F0));
                }
                yield c;
            }
        };
    }

    /**
     * How many leading chars of the folded {@code key} are proclitics (و ف then ب ك ل), not
     * counting the article. Conservative: a stem of at least three letters must remain, so
     * names that begin with these letters (بغداد، لبنان، فرنسا) are mostly left alone by the
     * length rule plus the caller's own checks.
     */
    public static int procliticLength(String key) {
        int i = 0;
        int n = key.length();
        if (n - i > 3 && (key.charAt(i) == 'و' || key.charAt(i) == 'ف')) {
            i++;
        }
        if (n - i > 3) {
            char c = key.charAt(i);
            if (c == 'ب' || c == 'ك') {
                i++;
            } else if (c == 'ل') {
                // "لل" is lam + article whose alef was dropped: the lam alone is the clitic.
                i++;
            }
        }
        return i;
    }

    /** The key without proclitics and without the article (ال, or the ل left of لل). */
    public static String stem(String key) {
        int p = procliticLength(key);
        String rest = key.substring(p);
        if (p > 0 && key.charAt(p - 1) == 'ل' && rest.startsWith("ل") && rest.length() > 3) {
            return rest.substring(1);
        }
        if (rest.startsWith("ال") && rest.length() > 4) {
            return rest.substring(2);
        }
        return rest;
    }

    /** True when the folded key carries the article, directly or after proclitics (ال، وال، بال، لل ...). */
    public static boolean hasArticle(String key) {
        int p = procliticLength(key);
        if (key.startsWith("ال", p)) {
            return true;
        }
        return p > 0 && key.charAt(p - 1) == 'ل' && key.startsWith("ل", p);
    }

    /** A coarse shape class: Arabic, Latin, digits, mixed, punctuation. */
    public static int shape(CharSequence word) {
        boolean arabic = false;
        boolean latin = false;
        boolean digit = false;
        boolean upper = false;
        boolean other = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9' || c >= 0x0660 && c <= 0x0669 || c >= 0x06F0 && c <= 0x06F9) {
                digit = true;
            } else if (c >= 0x0600 && c <= 0x06FF) {
                arabic = true;
            } else if (c >= 'A' && c <= 'Z') {
                latin = true;
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                latin = true;
            } else {
                other = true;
            }
        }
        int s = (arabic ? 1 : 0) | (latin ? 2 : 0) | (digit ? 4 : 0) | (upper ? 8 : 0) | (other ? 16 : 0);
        int len = word.length();
        int lenBucket = len <= 2 ? 0 : len <= 4 ? 1 : len <= 7 ? 2 : 3;
        return s * 4 + lenBucket;
    }
}
