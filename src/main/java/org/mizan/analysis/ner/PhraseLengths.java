package org.mizan.analysis.ner;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How long the known multi-word phrases are (folded keys, words separated by one space): the longest
 * overall, and the longest starting with each first word, so phrase lookups are tried only where a
 * known phrase can start and only up to its length. Shared by the gazetteer and the training-set lexicon.
 */
final class PhraseLengths {

    private final int longest;
    private final Map<String, Integer> longestByFirstWord;

    private PhraseLengths(int longest, Map<String, Integer> longestByFirstWord) {
        this.longest = longest;
        this.longestByFirstWord = longestByFirstWord;
    }

    static PhraseLengths of(Set<String> phraseKeys) {
        // plain loops, no streams or lambdas: this runs in a cold JVM (model and word lists loading),
        // where bootstrapping them costs more than the work
        int max = 1;
        Map<String, Integer> byFirst = new HashMap<>();
        for (String k : phraseKeys) {
            int words = 1;
            int firstSpace = -1;
            for (int i = 0; i < k.length(); i++) {
                if (k.charAt(i) == ' ') {
                    words++;
                    if (firstSpace < 0) {
                        firstSpace = i;
                    }
                }
            }
            max = Math.max(max, words);
            String first = firstSpace < 0 ? k : k.substring(0, firstSpace);
            Integer was = byFirst.get(first);
            if (was == null || was < words) {
                byFirst.put(first, words);
            }
        }
        return new PhraseLengths(max, Map.copyOf(byFirst));
    }

    /** Words in the longest phrase (at least 1). */
    int longest() {
        return longest;
    }

    /** Words in the longest phrase starting with this folded word; 0 if none. */
    int longestStartingWith(String firstKey) {
        Integer n = longestByFirstWord.get(firstKey);
        return n == null ? 0 : n;
    }
}
