package org.mizan.analysis.contradictions;

import java.util.List;
import org.mizan.analysis.claims.Lexicon;
import org.mizan.model.Polarity;

/**
 * One-sentence explanations of a contradiction, in Arabic and English, naming both sources and
 * quoting what each says. The Arabic avoids verbs that agree with their subject ("بحسب فلان"، "نفيٌ
 * من"), since a source may be a man, a woman, a ministry or "three sources".
 */
final class Explanations {

    /** Quoted contents are cut to this many words, so the sentence stays one line's worth. */
    private static final int QUOTE_WORDS = 10;

    private static final String[] MONTHS_AR = {"كانون الثاني (يناير)", "شباط (فبراير)", "آذار (مارس)",
        "نيسان (أبريل)", "أيار (مايو)", "حزيران (يونيو)", "تموز (يوليو)", "آب (أغسطس)", "أيلول (سبتمبر)",
        "تشرين الأول (أكتوبر)", "تشرين الثاني (نوفمبر)", "كانون الأول (ديسمبر)"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private Explanations() {
    }

    /**
     * [Arabic, English] for two claims of opposite polarity. Read by the claims' own polarity: with an
     * antonym folded in ("أغلقت" is "did not open") the folded polarity would call the closure a denial.
     */
    static String[] polarity(ClaimView first, ClaimView second) {
        Polarity p = first.claim().polarity();
        if (p == second.claim().polarity()) {
            // "القوات ستبقى" against "القوات ستنسحب": both affirm, one by an antonym
            return new String[] {
                "بحسب " + first.sourceName() + ": «" + quote(first) + "»، أما بحسب " + second.sourceName() + ": «"
                        + quote(second) + "»، والقولان لا يصحّان معاً.",
                en(first.sourceName()) + " says \u201C" + quote(first) + "\u201D, but " + en(second.sourceName())
                        + " says \u201C" + quote(second) + "\u201D; both cannot be true."};
        }
        ClaimView yes = p == Polarity.AFFIRMED ? first : second;
        ClaimView no = yes == first ? second : first;
        String a = quote(yes);
        String b = quote(no);
        if (no.cue() == Lexicon.CueKind.DENY && b.split(" ").length <= 2) {
            // "نفى ذلك": the denial points back at the report, so there is nothing more to quote
            return new String[] {
                "بحسب " + yes.sourceName() + ": «" + a + "»، وفي المقابل نفيٌ من " + no.sourceName() + " لذلك.",
                en(yes.sourceName()) + " says \u201C" + a + "\u201D, but " + en(no.sourceName()) + " denies it."};
        }
        if (no.cue() == Lexicon.CueKind.DENY) {
            // "نفى أن تكون ...": the content is what is denied, so say so instead of quoting it as a statement
            return new String[] {
                "بحسب " + yes.sourceName() + ": «" + a + "»، وفي المقابل نفيٌ من " + no.sourceName() + ": «" + b + "».",
                en(yes.sourceName()) + " says \u201C" + a + "\u201D, but " + en(no.sourceName()) + " denies \u201C" + b
                        + "\u201D."};
        }
        return new String[] {
            "بحسب " + yes.sourceName() + ": «" + a + "»، أما بحسب " + no.sourceName() + ": «" + b
                    + "»، والقولان لا يصحّان معاً.",
            en(yes.sourceName()) + " says \u201C" + a + "\u201D, but " + en(no.sourceName()) + " says \u201C" + b
                    + "\u201D; both cannot be true."};
    }

    /** [Arabic, English] for one quantity given two irreconcilable values. */
    static String[] numeric(ClaimView a, Quantity qa, ClaimView b, Quantity qb) {
        return new String[] {
            "الرقم بحسب " + a.sourceName() + ": " + qa.shownAr() + "، وبحسب " + b.sourceName() + ": " + qb.shownAr()
                    + "، ولا يتّسق الرقمان للكمية نفسها.",
            en(a.sourceName()) + " gives " + qa.shownEn() + " (\u201C" + qa.shown() + "\u201D) but " + en(b.sourceName())
                    + " gives " + qb.shownEn() + " (\u201C" + qb.shown() + "\u201D) for the same quantity."};
    }

    /** [Arabic, English] for one event dated on two days. */
    static String[] date(ClaimView a, String da, ClaimView b, String db) {
        return new String[] {
            "موعد الحدث بحسب " + a.sourceName() + ": " + dateAr(da) + "، وبحسب " + b.sourceName() + ": " + dateAr(db)
                    + "، ولا يصحّ التاريخان معاً.",
            en(a.sourceName()) + " dates it " + dateEn(da) + " but " + en(b.sourceName()) + " dates it " + dateEn(db)
                    + "."};
    }

    /** [Arabic, English] for a date against "not before" a later one. */
    static String[] notBefore(ClaimView dated, String d, ClaimView bound, String notBefore) {
        return new String[] {
            "موعد الحدث بحسب " + dated.sourceName() + ": " + dateAr(d) + "، أما بحسب " + bound.sourceName()
                    + " فلن يكون قبل " + dateAr(notBefore) + ".",
            en(dated.sourceName()) + " dates it " + dateEn(d) + " but " + en(bound.sourceName()) + " says not before "
                    + dateEn(notBefore) + "."};
    }

    /** The claim's content, cut to a few words. */
    static String quote(ClaimView v) {
        String text = v.claim().span().of(v.analysis().text()).replaceAll("[\"«»“”]", "").replaceAll("\\s+", " ").strip();
        List<String> words = List.of(text.split(" "));
        String cut = words.size() <= QUOTE_WORDS ? text : String.join(" ", words.subList(0, QUOTE_WORDS)) + " …";
        return cut.replaceAll("[،,؛;.]+$", "");
    }

    private static String en(String source) {
        return "\u201C" + source + "\u201D";
    }

    /** "--03-15" → "15 آذار (مارس)"; "2024-03" → "آذار (مارس) 2024"; a year stays a year. */
    static String dateAr(String iso) {
        int[] p = parts(iso);
        if (p == null) {
            return iso;
        }
        String month = p[1] > 0 ? MONTHS_AR[p[1] - 1] : "";
        return join(p[2] > 0 ? String.valueOf(p[2]) : "", month, p[0] > 0 ? String.valueOf(p[0]) : "");
    }

    static String dateEn(String iso) {
        int[] p = parts(iso);
        if (p == null) {
            return iso;
        }
        String month = p[1] > 0 ? MONTHS_EN[p[1] - 1] : "";
        return join(p[2] > 0 ? String.valueOf(p[2]) : "", month, p[0] > 0 ? String.valueOf(p[0]) : "");
    }

    private static String join(String... parts) {
        return String.join(" ", java.util.Arrays.stream(parts).filter(s -> !s.isEmpty()).toList());
    }

    /** Year, month, day of an ISO date or partial date (0 where not given); null if it is none. */
    private static int[] parts(String iso) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4}|-)-?(\\d{2})?(?:-(\\d{2}))?").matcher(iso);
        if (!m.matches()) {
            return null;
        }
        int year = m.group(1).equals("-") ? 0 : Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (month > 12 || day > 31) {
            return null;
        }
        return new int[] {year, month, day};
    }
}
