package org.mizan.robust;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Families of adversarial inputs that grow with a size parameter, shared by the hang guard tests
 * and the scaling benchmark. Each is built to hit a known weak spot of text engines: regexes that
 * backtrack over long runs, loops over unbalanced quotes, quadratic pairing of claims or figures.
 */
final class Adversarial {

    private Adversarial() {
    }

    /** Name to generator of an input of about {@code n} characters. Deterministic. */
    static Map<String, IntFunction<String>> families() {
        Map<String, IntFunction<String>> m = new LinkedHashMap<>();
        m.put("arabic letters, no spaces", n -> randomFrom(n, "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةئؤ", 1));
        m.put("ascii digits", n -> repeat("1234567890", n));
        m.put("arabic-indic digits", n -> repeat("١٢٣٤٥٦٧٨٩٠", n));
        m.put("mixed digit systems", n -> randomFrom(n, "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", 2));
        m.put("digits with separators", n -> repeat("1,2.3٫4٬5,", n));
        m.put("grouped number 1,000,000,...", n -> "1" + repeat(",000", n - 1));
        m.put("tatweel run", n -> "قال" + repeat("\u0640", n - 3));
        m.put("combining marks alone", n -> repeat("\u064E\u0651\u0652\u0670", n));
        m.put("bidi controls", n -> repeat(HostileText.BIDI, n));
        m.put("unbalanced openers", n -> repeat("«(\"[“{", n));
        m.put("open quote then words", n -> "قال: «" + repeat("إن العجز بلغ ", n - 6));
        m.put("one sentence, no punctuation", n -> repeat("قال الوزير إن الحكومة ستدفع مليون دولار ", n));
        m.put("cue words only", n -> repeat("قال أكد نفى ذكرت بحسب وفقا ل ", n));
        m.put("number words only", n -> repeat("مليون ألف مليار عشرة مئات ", n));
        m.put("reported sentences", n -> repeat(String.join(" ", HostileText.SENTENCES) + "\n", n));
        m.put("alternating lam-alef and marks", n -> repeat("لاَ", n));
        m.put("spaces and newlines", n -> repeat(" \n\t\u00A0", n));
        m.put("lone surrogates", n -> repeat("\uD800a\uDC00", n));
        return m;
    }

    static String repeat(String unit, int n) {
        if (n <= 0) {
            return "";
        }
        StringBuilder b = new StringBuilder(n + unit.length());
        while (b.length() < n) {
            b.append(unit);
        }
        return b.substring(0, n);
    }

    private static String randomFrom(int n, String alphabet, long seed) {
        Random r = new Random(seed);
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = alphabet.charAt(r.nextInt(alphabet.length()));
        }
        return new String(c);
    }
}
