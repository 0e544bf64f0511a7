package org.mizan.analysis.actors;

import org.mizan.analysis.ner.ArabicForms;
import org.mizan.text.TokenKind;

/**
 * A token of the article with its folded key and the key without proclitics (و ف ب ك ل), so the
 * rules can match "ووزارة" as "وزارة" and "للعراق" as "العراق".
 */
record Tok(int start, int end, String text, String key, String bare, TokenKind kind, boolean hasArticle,
           String altBare) {

    static Tok of(CharSequence source, org.mizan.text.Token t) {
        String text = t.text(source);
        String key = ArabicForms.key(text);
        String bare = bareOf(key);
        return new Tok(t.start(), t.end(), text, key, bare, t.kind(), article(text, key), altBare(key, bare));
    }

    /**
     * The article is written with a plain alef (ال), or as لل after the lam clitic; a hamza on
     * the alef (ألينا، إلى) means the word merely begins with those letters.
     */
    private static boolean article(String text, String key) {
        int p = ArabicForms.procliticLength(key);
        if (!key.startsWith("ال", p) && !(p > 0 && key.charAt(p - 1) == 'ل' && key.startsWith("ل", p))) {
            return false; // most words: the folded key already rules the article out, no string is built
        }
        String rest = ArabicForms.clean(text.substring(ArabicForms.charsForLetters(text, p)));
        if (p > 0 && key.charAt(p - 1) == 'ل' && rest.startsWith("ل")) {
            return rest.length() > 3;
        }
        return rest.startsWith("ال") && rest.length() > 3;
    }

    /** The key without proclitics; "لل" + X becomes "ال" + X (the article's alef is dropped after lam). */
    static String bareOf(String key) {
        int p = ArabicForms.procliticLength(key);
        if (p == 0) {
            return key;
        }
        String rest = key.substring(p);
        if (key.charAt(p - 1) == 'ل' && rest.startsWith("ل")) {
            return "ا" + rest;
        }
        return rest;
    }

    /** وبيروت: the key without only its first letter when that is و or ف and more was taken as clitics; else null. */
    private static String altBare(String key, String bare) {
        if (key.length() > 4 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') && bare.length() < key.length() - 1) {
            return key.substring(1);
        }
        return null;
    }

    boolean isWord() {
        return kind == TokenKind.WORD;
    }
}
