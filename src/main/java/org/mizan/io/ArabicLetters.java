package org.mizan.io;


/**
 * How Arabic a decoded text looks, for telling the right code page from a wrong one: the share of
 * its letters in the Arabic script, and how likely its letters are under the rough single-letter
 * frequencies of Arabic prose. The frequencies are approximate shares (percent) of Arabic news
 * text, written down for this purpose; they only need to rank ل م ن ه و ي above the rarer letters a
 * wrong code page turns them into.
 */
final class ArabicLetters {

    /** Log frequency of each letter of the Arabic block (U+0600..U+06FF); NaN for those not listed. */
    private static final double[] LOG_FREQUENCY = new double[0x100];

    static {
        String letters = "ا ل ي م و ن ر ت ب أ ع ه ة د ف س ق ك ح ج ش ط ص إ خ ى ز ض ث ذ غ ئ ء ظ ؤ آ";
        double[] percent = {12.0, 10.5, 8.0, 6.5, 6.0, 6.0, 4.8, 4.5, 4.2, 2.8, 3.2, 4.0, 3.0, 3.0, 2.8, 2.6, 2.4,
            2.1, 2.0, 1.4, 1.1, 1.0, 1.0, 1.0, 0.9, 0.9, 0.6, 0.6, 0.6, 0.6, 0.5, 0.5, 0.3, 0.3, 0.2, 0.15};
        String[] each = letters.split(" ");
        if (each.length != percent.length) {
            throw new IllegalStateException("letter and frequency tables differ in length");
        }
        java.util.Arrays.fill(LOG_FREQUENCY, Double.NaN);
        for (int i = 0; i < each.length; i++) {
            LOG_FREQUENCY[each[i].codePointAt(0) - 0x0600] = Math.log(percent[i] / 100);
        }
    }

    /** Other Arabic letters (Persian, Urdu, tatweel): possible in Arabic news, but rare. */
    private static final double RARE_ARABIC = Math.log(0.001);
    /** Harakat and tanween: frequent where a text has them at all. */
    private static final double MARK = Math.log(0.03);
    /** ، ؛ ؟ and Arabic-Indic digits. */
    private static final double ARABIC_PUNCTUATION = Math.log(0.01);
    /** A Latin letter, symbol or control where a legacy Arabic page put a non-ASCII byte: what wrong pages make. */
    private static final double FOREIGN = Math.log(0.0002);

    private ArabicLetters() {
    }

    static boolean isArabicLetter(int cp) {
        return Character.isLetter(cp) && (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC
                || cp == 0x0640);
    }

    /** Letters (tatweel included) of the Arabic script. */
    static int count(String text) {
        return (int) text.codePoints().filter(ArabicLetters::isArabicLetter).count();
    }

    /** Share of the text's letters that are Arabic; 0 when it has none. */
    static double arabicShare(String text) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isArabicLetter(cp)) {
                arabic++;
                letters++;
            } else if (Character.isLetter(cp)) {
                letters++;
            }
        }
        return letters == 0 ? 0 : arabic / (double) letters;
    }

    /**
     * Log-likelihood of the text's non-ASCII characters as Arabic prose. ASCII is left out: every
     * legacy Arabic code page reads those bytes alike, so they tell the pages nothing.
     */
    static double logLikelihood(String text) {
        double sum = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80 || Character.isWhitespace(cp)) {
                continue;
            }
            double known = cp >= 0x0600 && cp <= 0x06FF ? LOG_FREQUENCY[cp - 0x0600] : Double.NaN;
            boolean wordGoesOn = i < text.length() && isArabicLetter(text.codePointAt(i));
            if ((cp == 'ة' || cp == 'ى') && wordGoesOn) {
                // Taa marbuta and alef maksura only end words; inside one they are a wrong page's doing.
                sum += FOREIGN;
            } else if (!Double.isNaN(known)) {
                sum += known;
            } else if (isArabicLetter(cp)) {
                sum += RARE_ARABIC;
            } else if (cp >= 0x064B && cp <= 0x0652) {
                sum += MARK;
            } else if (cp == 0x060C || cp == 0x061B || cp == 0x061F || cp >= 0x0660 && cp <= 0x0669) {
                sum += ARABIC_PUNCTUATION;
            } else {
                sum += FOREIGN;
            }
        }
        return sum;
    }
}
