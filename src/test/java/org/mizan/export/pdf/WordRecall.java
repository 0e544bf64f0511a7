package org.mizan.export.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The share of a text's Arabic words found, in the same order, in another text (longest common subsequence). */
final class WordRecall {

    private static final Pattern ARABIC_WORD = Pattern.compile("[\\p{IsArabic}&&[\\p{L}\\p{M}]]+");

    private WordRecall() {
    }

    static List<String> arabicWords(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = ARABIC_WORD.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Arabic words exactly as written: letters and marks, no normalisation (what a plain search matches). */
    static List<String> exactArabicWords(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = ARABIC_WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** As {@link #recall}, but nothing is normalised: the words must come back exactly as written. */
    static double exactRecall(String expected, String actual) {
        return recall(exactArabicWords(expected), exactArabicWords(actual));
    }

    static double recall(String expected, String actual) {
        return recall(arabicWords(expected), arabicWords(actual));
    }

    static double recall(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (String w : a) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = w.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return a.isEmpty() ? 1 : (double) prev[b.size()] / a.size();
    }
}
