package org.mizan.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import org.mizan.model.Span;
import org.mizan.text.ArabicNormalizer;
import org.mizan.text.SentenceSplitter;
import org.mizan.text.Token;
import org.mizan.text.TokenKind;
import org.mizan.text.Tokenizer;

/**
 * The text core's tokens and sentences as the claim machinery reads them: each token with its
 * matching key ({@link ArabicNormalizer#forMatching()}), and a flag for everything that is not a
 * word or a number (punctuation, symbols, links, hashtags).
 */
public final class Words {

    /**
     * A word or punctuation mark; {@code forms} holds its folded key, used for every lookup, and
     * what is derived from it (shared by every occurrence of the key in one table).
     */
    public record Word(int start, int end, WordForms forms, boolean punct) {
        public Span span() {
            return new Span(start, end);
        }

        /** The folded form used for every lookup. */
        public String key() {
            return forms.key();
        }

        /** {@link ArabicRoots#family} of the key. */
        public String family() {
            return forms.family();
        }
    }

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.forMatching();

    private Words() {
    }

    /** The matching key of a word: diacritics dropped, alef forms, yaa and taa marbuta unified. */
    public static String key(CharSequence word) {
        return NORMALIZER.key(word);
    }

    /** Words and punctuation marks of {@code text[from, to)}, in order. */
    public static List<Word> tokens(CharSequence text, int from, int to) {
        return tokens(text, from, to, new WordForms.Table());
    }

    /**
     * Words and punctuation marks of {@code text[from, to)}, in order, their forms shared through
     * {@code table} (one per article: what is derived from a word is then worked out once per distinct word).
     */
    public static List<Word> tokens(CharSequence text, int from, int to, WordForms.Table table) {
        List<Word> out = new ArrayList<>();
        for (Token t : TOKENIZER.tokenize(text.subSequence(from, to))) {
            int s = from + t.start();
            int e = from + t.end();
            String k = key(text.subSequence(s, e));
            if (k.isEmpty()) {
                k = text.subSequence(s, e).toString();
            }
            boolean word = t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER;
            out.add(new Word(s, e, table.of(k), !word));
        }
        return out;
    }

    /** Sentence spans of the text core's splitter. */
    public static List<Span> sentences(CharSequence text) {
        return SPLITTER.split(text);
    }
}
