package org.mizan.analysis.figures;

/**
 * Writes integers as Arabic number words (masculine, nominative, the standard order: units before
 * tens, "و" between parts), independently of the finder's parser, to generate test input.
 */
final class ArabicNumberWords {

    private static final String[] UNITS = {"", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية",
        "تسعة"};
    private static final String[] TEENS = {"عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر",
        "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"};
    private static final String[] TENS = {"", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون",
        "تسعون"};
    private static final String[] HUNDREDS = {"", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة",
        "ثمانمئة", "تسعمئة"};

    private ArabicNumberWords() {
    }

    static String masculine(int n) {
        if (n >= 1000) {
            int th = n / 1000;
            int rest = n % 1000;
            String head;
            if (th == 1) {
                head = "ألف";
            } else if (th == 2) {
                head = "ألفان";
            } else if (th <= 10) {
                head = below1000(th) + " آلاف";
            } else {
                head = below1000(th) + " ألف";
            }
            return rest == 0 ? head : head + " و" + below1000(rest);
        }
        return below1000(n);
    }

    private static String below1000(int n) {
        int h = n / 100;
        int r = n % 100;
        String rest = below100(r);
        if (h == 0) {
            return rest;
        }
        return r == 0 ? HUNDREDS[h] : HUNDREDS[h] + " و" + rest;
    }

    private static String below100(int n) {
        if (n < 10) {
            return UNITS[n];
        }
        if (n < 20) {
            return TEENS[n - 10];
        }
        int u = n % 10;
        return u == 0 ? TENS[n / 10] : UNITS[u] + " و" + TENS[n / 10];
    }
}
