package org.mizan.analysis.figures;

import java.util.List;
import org.mizan.model.Span;
import org.mizan.text.ArabicNormalizer;
import org.mizan.text.NormalizedText;
import org.mizan.text.Token;
import org.mizan.text.TokenKind;
import org.mizan.text.Tokenizer;

/**
 * One text as the figure grammar reads it: tokens of the normalised text, their matching keys and
 * (computed on demand) their lexicon entries after proclitics, with offsets mapping back to the
 * original. Not thread-safe; one per {@code find} call.
 */
final class Doc {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final ArabicNormalizer NORM = ArabicNormalizer.forMatching();

    /** A lexicon entry found for a token, and where in the token its stem starts. */
    record Hit(Lex lex, int stemStart, String prefix) {
    }

    private static final Hit NONE = new Hit(null, 0, "");

    final String original;
    final NormalizedText normalized;
    final String t;
    final int n;
    final int[] start;
    final int[] end;
    final TokenKind[] kind;
    private final String[] keys;
    private final Hit[] hits;

    Doc(String original) {
        this.original = original;
        this.normalized = NORM.normalize(original);
        this.t = normalized.text();
        List<Token> tokens = TOKENIZER.tokenize(t);
        this.n = tokens.size();
        start = new int[n];
        end = new int[n];
        kind = new TokenKind[n];
        keys = new String[n];
        hits = new Hit[n];
        for (int i = 0; i < n; i++) {
            Token tok = tokens.get(i);
            start[i] = tok.start();
            end[i] = tok.end();
            kind[i] = tok.kind();
        }
    }

    /** The matching key of token i (normalised; Latin lower-cased). */
    String key(int i) {
        if (i < 0 || i >= n) {
            return "";
        }
        String k = keys[i];
        if (k == null) {
            k = t.substring(start[i], end[i]);
            if (kind[i] == TokenKind.WORD && k.charAt(0) < 0x0600) {
                k = k.toLowerCase(java.util.Locale.ROOT);
            }
            keys[i] = k;
        }
        return k;
    }

    boolean is(int i, String key) {
        return i >= 0 && i < n && key(i).equals(key);
    }

    boolean isWord(int i) {
        return i >= 0 && i < n && kind[i] == TokenKind.WORD;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < n && kind[i] == TokenKind.NUMBER;
    }

    boolean isArabicWord(int i) {
        return isWord(i) && t.charAt(start[i]) >= 0x0600 && t.charAt(start[i]) <= 0x06FF;
    }

    /** True when tokens i-1 and i touch (no space between them). */
    boolean touchesPrevious(int i) {
        return i > 0 && i < n && end[i - 1] == start[i];
    }

    /**
     * The lexicon entry of token i: the whole word first, then the word without a conjunction
     * (و ف), a preposition (ب ك ل) or both; "لل" is read as ل + ال. Entries marked bare-only are
     * not found through proclitics.
     */
    Hit hit(int i) {
        if (i < 0 || i >= n) {
            return NONE;
        }
        Hit h = hits[i];
        if (h == null) {
            h = lookup(i);
            hits[i] = h;
        }
        return h;
    }

    /**
     * Token i read as "و" + a figure word when it can be: "وأحد" folds to the key of واحد, but
     * inside "ستمئة وأحد عشر" it is و + أحد.
     */
    Hit conjoined(int i) {
        Hit h = hit(i);
        String k = key(i);
        if (h.prefix().isEmpty() && k.length() > 2 && k.charAt(0) == 'و' && isWord(i)) {
            Lex l = Lexicon.get(k.substring(1));
            if (l != null && !l.bareOnly) {
                return new Hit(l, start[i] + 1, "و");
            }
        }
        return h;
    }

    /** True when token i is all ASCII digits (after normalisation) and at most maxLen long. */
    boolean isPlainInteger(int i, int maxLen) {
        if (!isNumber(i) || end[i] - start[i] > maxLen) {
            return false;
        }
        for (int k = start[i]; k < end[i]; k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    Lex lex(int i) {
        return hit(i).lex();
    }

    private Hit lookup(int i) {
        String k = key(i);
        Lex l = Lexicon.get(k);
        if (l != null) {
            return new Hit(l, start[i], "");
        }
        if (kind[i] != TokenKind.WORD || k.length() < 3) {
            return NONE;
        }
        int p = 0;
        char c = k.charAt(0);
        if (c == 'و' || c == 'ف') {
            p = 1;
            Hit h = tryStem(i, k, p);
            if (h != null) {
                return h;
            }
        }
        if (k.length() - p >= 3) {
            c = k.charAt(p);
            if (c == 'ل' && k.charAt(p + 1) == 'ل' && k.length() - p >= 4) {
                l = Lexicon.get("ا" + k.substring(p + 1));
                if (l != null && !l.bareOnly) {
                    return new Hit(l, start[i] + p + 1, k.substring(0, p + 2));
                }
            }
            if (c == 'ب' || c == 'ل' || c == 'ك') {
                Hit h = tryStem(i, k, p + 1);
                if (h != null) {
                    return h;
                }
            }
        }
        return NONE;
    }

    private Hit tryStem(int i, String k, int p) {
        Lex l = Lexicon.get(k.substring(p));
        return l != null && !l.bareOnly ? new Hit(l, start[i] + p, k.substring(0, p)) : null;
    }

    /** The original-text span of normalised [from, to). */
    Span span(int from, int to) {
        return normalized.originalSpan(from, to, original);
    }

    /** The original text of token i, with tashkeel, tatweel and controls removed (hamza kept). */
    String plain(int i, int fromNorm) {
        Span s = span(fromNorm, end[i]);
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = s.start(); k < s.end(); k++) {
            char c = original.charAt(k);
            if (!ArabicNormalizer.isDropped(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when the original text of token i carries tanween fath (ً) anywhere. */
    boolean hasTanweenFath(int i) {
        Span s = span(start[i], end[i]);
        for (int k = s.start(); k < s.end(); k++) {
            if (original.charAt(k) == '\u064B') {
                return true;
            }
        }
        return false;
    }
}
