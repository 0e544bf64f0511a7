package org.mizan.analysis.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the training data says about a word or a phrase: the label it most often carries and how
 * sure that is (a code, 0 for unseen), and the entity type of multi-word names seen in training.
 * Built from training sentences only; during training it is built out-of-fold
 * ({@link #jackknife}) so that a sentence never sees its own labels through it.
 */
public final class Lexicon {

    private final Map<String, Integer> words;
    private final Map<String, Integer> stems;
    private final Map<String, Integer> phrases;
    private final PhraseLengths phraseLengths;

    public Lexicon(Map<String, Integer> words, Map<String, Integer> stems, Map<String, Integer> phrases) {
        this.words = Map.copyOf(words);
        this.stems = Map.copyOf(stems);
        this.phrases = Map.copyOf(phrases);
        this.phraseLengths = PhraseLengths.of(this.phrases.keySet());
    }

    /** How many words the longest training-set name starting with this folded word has; 0 if none. */
    public int longestPhraseStartingWith(String firstKey) {
        return phraseLengths.longestStartingWith(firstKey);
    }

    public static Lexicon empty() {
        return new Lexicon(Map.of(), Map.of(), Map.of());
    }

    /** The lexicon of these sentences. */
    public static Lexicon build(List<TaggedSentence> sentences) {
        Map<String, int[]> wordCounts = new HashMap<>();
        Map<String, int[]> stemCounts = new HashMap<>();
        Map<String, int[]> phraseCounts = new HashMap<>();
        for (TaggedSentence s : sentences) {
            int n = s.size();
            String[] keys = new String[n];
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                keys[i] = ArabicForms.key(s.tokens().get(i));
                labels[i] = Labels.index(s.tags().get(i));
                wordCounts.computeIfAbsent(keys[i], k -> new int[Labels.COUNT])[labels[i]]++;
                stemCounts.computeIfAbsent(ArabicForms.stem(keys[i]), k -> new int[Labels.COUNT])[labels[i]]++;
            }
            for (int i = 0; i < n; i++) {
                if (!Labels.isBegin(labels[i])) {
                    continue;
                }
                int j = i + 1;
                while (j < n && Labels.isInside(labels[j]) && Labels.type(labels[j]).equals(Labels.type(labels[i]))) {
                    j++;
                }
                if (j - i >= 2) {
                    StringBuilder sb = new StringBuilder(keys[i]);
                    for (int k = i + 1; k < j; k++) {
                        sb.append(' ').append(keys[k]);
                    }
                    // index = B label of the type; 4 types
                    phraseCounts.computeIfAbsent(sb.toString(), k -> new int[Labels.COUNT])[labels[i]]++;
                }
            }
        }
        return new Lexicon(codes(wordCounts), codes(stemCounts), phraseTypes(phraseCounts));
    }

    /**
     * One lexicon per fold: the sentences are cut into {@code folds} contiguous blocks and lexicon
     * {@code k} is built from all blocks but block {@code k} (see {@link #fold}). Contiguous blocks
     * matter: sentences of one article sit together, so a block's names are mostly unseen by its
     * lexicon, as names in a new article are unseen by the shipped one. Interleaved folds would let
     * the lexicon know an article's names from its neighbouring sentences and teach the tagger to
     * over-trust it.
     */
    public static Lexicon[] jackknife(List<TaggedSentence> sentences, int folds) {
        Lexicon[] out = new Lexicon[folds];
        for (int k = 0; k < folds; k++) {
            List<TaggedSentence> rest = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (fold(i, sentences.size(), folds) != k) {
                    rest.add(sentences.get(i));
                }
            }
            out[k] = build(rest);
        }
        return out;
    }

    /** The block of sentence {@code i} among {@code n} cut into {@code folds}. */
    public static int fold(int i, int n, int folds) {
        return (int) ((long) i * folds / n);
    }

    private static Map<String, Integer> codes(Map<String, int[]> counts) {
        Map<String, Integer> out = new HashMap<>();
        counts.forEach((k, c) -> out.put(k, code(c)));
        return out;
    }

    /** 1 + label * 8 + confidence bucket * 2 + (seen at least 3 times). */
    static int code(int[] counts) {
        int total = 0;
        int best = 0;
        for (int l = 0; l < counts.length; l++) {
            total += counts[l];
            if (counts[l] > counts[best]) {
                best = l;
            }
        }
        double p = counts[best] / (double) total;
        int bucket = p >= 0.95 ? 3 : p >= 0.75 ? 2 : p >= 0.5 ? 1 : 0;
        return 1 + best * 8 + bucket * 2 + (total >= 3 ? 1 : 0);
    }

    private static Map<String, Integer> phraseTypes(Map<String, int[]> counts) {
        Map<String, Integer> out = new HashMap<>();
        counts.forEach((k, c) -> {
            int best = 0;
            for (int l = 1; l < c.length; l++) {
                if (c[l] > c[best]) {
                    best = l;
                }
            }
            out.put(k, best);
        });
        return out;
    }

    /** The code of a folded word, 0 when unseen. */
    public int word(String key) {
        Integer c = words.get(key);
        return c == null ? 0 : c;
    }

    public int stem(String stem) {
        Integer c = stems.get(stem);
        return c == null ? 0 : c;
    }

    /**
     * True when training saw this folded word at least three times and at least 75% of the time
     * outside any name: a common word, not a name.
     */
    public boolean isCommonWord(String key) {
        int c = word(key) - 1;
        return c >= 0 && c / 8 == Labels.O && (c % 8) / 2 >= 2 && c % 2 == 1;
    }

    /** The entity label training most often gave this folded word (0 = O, also when unseen). */
    public int usualLabel(String key) {
        int c = word(key) - 1;
        return c < 0 ? Labels.O : c / 8;
    }

    /** The B-label index of a multi-word name seen in training, 0 when unseen. */
    public int phrase(String phraseKey) {
        Integer c = phrases.get(phraseKey);
        return c == null ? 0 : c;
    }

    public int maxPhraseTokens() {
        return phraseLengths.longest();
    }

    Map<String, Integer> wordCodes() {
        return words;
    }

    Map<String, Integer> stemCodes() {
        return stems;
    }

    Map<String, Integer> phraseCodes() {
        return phrases;
    }
}
