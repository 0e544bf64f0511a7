package org.mizan.robust;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of text that is hard on an Arabic news engine: news-like sentences (so the claim and
 * contradiction finders have something to bite on) broken up with everything real files contain
 * by accident or on purpose. The Arabic sentences are the project's own.
 */
final class HostileText {

    /** Left/right marks, embeddings, overrides, isolates and the Arabic letter mark. */
    static final String BIDI = "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C";

    /** Harakat, superscript alef, shadda, Quranic marks and a Latin combining accent. */
    static final String MARKS = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0653\u0654\u0655\u06D6\u0300";

    static final String DIGITS_ASCII = "0123456789";
    static final String DIGITS_ARABIC = "٠١٢٣٤٥٦٧٨٩";
    static final String DIGITS_PERSIAN = "۰۱۲۳۴۵۶۷۸۹";
    static final String SEPARATORS = ".,٫٬،'/-:%٪";

    /** Quotes and brackets of every kind, to be left unbalanced. */
    static final String OPENERS_CLOSERS = "«»\"“”„‘’‹›()[]{}<>﴾﴿'";

    static final String SPACES = " \t\n\r\u00A0\u2028\u2029\u200B\u200C\u200D\u3000\u000B\u000C\u0085";

    /** Words a reporting sentence is made of: cues, sources, hedges, negations, figures, dates. */
    static final List<String> WORDS = List.of(
            "قال", "وقال", "أكد", "نفى", "ذكرت", "أفادت", "بحسب", "وفقا", "لـ", "نقلت", "عن", "إن", "أن", "أنه",
            "وزير", "المالية", "الناطق", "باسم", "الحكومة", "مصادر", "مطلعة", "مسؤول", "رفيع", "رويترز",
            "وكالة", "الأنباء", "صحيفة", "الأهرام", "محمد", "عبد", "الله", "أحمد", "سعيد", "فاطمة", "الزهراء",
            "القاهرة", "بيروت", "عمان", "الرياض", "مصر", "لبنان", "الأردن", "اليوم", "أمس", "الخميس",
            "قد", "ربما", "من", "المتوقع", "لم", "لا", "ليس", "لن", "غير", "صحيح", "تماما",
            "مليون", "مليار", "ألف", "آلاف", "مئات", "عشرات", "نحو", "حوالي", "أكثر", "قرابة", "بين", "و",
            "دولار", "جنيه", "ريال", "دينار", "بالمئة", "في", "المئة", "كيلومتر", "طن", "جندي", "شخص",
            "يناير", "كانون", "الثاني", "مارس", "آذار", "عام", "سنة", "الماضي", "المقبل", "الأول",
            "العجز", "بلغ", "ارتفع", "انخفض", "الميزانية", "الضحايا", "عدد", "المفاوضات", "الميناء");

    /** Whole sentences in the shape news reports take, with a figure or a denial to contradict. */
    static final List<String> SENTENCES = List.of(
            "قال وزير المالية أحمد سعيد إن العجز بلغ 3.5 مليار دولار في عام 2024.",
            "ونفى الناطق باسم الحكومة أن يكون العجز قد بلغ 5 مليارات دولار.",
            "وذكرت صحيفة الأهرام أن عدد الضحايا ارتفع إلى ١٢٠ شخصا يوم الخميس.",
            "بحسب مصادر مطلعة، فإن المفاوضات لم تنته بعد.",
            "وأكد مسؤول رفيع لوكالة رويترز أن المفاوضات انتهت يوم 3 مارس 2025.",
            "ونقلت وكالة الأنباء عن أربعة مصادر أن نحو ٣٠٠ جندي وصلوا إلى الميناء.",
            "قالت فاطمة الزهراء: «لن نقبل بأقل من 20% من الميزانية».",
            "وأفاد مسؤول، طلب عدم ذكر اسمه، بأن الخسائر تراوحت بين 10 و20 مليون جنيه.",
            "قال إن الحكومة ربما تعلن الأرقام في كانون الثاني المقبل.",
            "ذُكر أن 1,200.5 طن من المساعدات وصلت، وقيل ٢٫٥ مليون ريال.");

    private HostileText() {
    }

    /** Any UTF-16 string, lone surrogates and unassigned code points included. */
    static Arbitrary<String> anyUtf16(int maxLength) {
        return Arbitraries.strings().all().ofMaxLength(maxLength);
    }

    /** Mostly Arabic letters and marks, with digits and punctuation mixed in. */
    static Arbitrary<String> arabicChars(int maxLength) {
        return Arbitraries.strings()
                .withCharRange('\u0600', '\u06FF')
                .withCharRange('\uFB50', '\uFDFF')
                .withCharRange('\uFE70', '\uFEFF')
                .withChars(" \n.,،؛؟!:«»\"()0123456789%")
                .ofMaxLength(maxLength);
    }

    /** News sentences and words cut and spliced with every kind of hostile fragment. */
    static Arbitrary<String> hostileMix() {
        Arbitrary<String> fragment = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(SENTENCES)),
                Tuple.of(8, Arbitraries.of(WORDS)),
                Tuple.of(6, Arbitraries.strings().withChars(SPACES).ofMinLength(1).ofMaxLength(3)),
                Tuple.of(2, Arbitraries.strings().withChars(BIDI).ofMinLength(1).ofMaxLength(4)),
                Tuple.of(2, Arbitraries.strings().withChars(MARKS).ofMinLength(1).ofMaxLength(6)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMinLength(1).ofMaxLength(2)),
                Tuple.of(2, Arbitraries.strings().withChars("\u0640").ofMinLength(1).ofMaxLength(40)),
                Tuple.of(4, mixedNumber()),
                Tuple.of(3, Arbitraries.strings().withChars(OPENERS_CLOSERS).ofMinLength(1).ofMaxLength(3)),
                Tuple.of(2, Arbitraries.strings().withChars(".,،؛؟!:;…-–—").ofMinLength(1).ofMaxLength(3)),
                Tuple.of(2, anyUtf16(6)),
                Tuple.of(1, Arbitraries.of("\uFDF2", "\uFEFB", "\uFEFF", "\uFFFD", "\u0000", "😀", "🇪🇬", "ﷺ",
                        "ﻻ", "\u06DD١", "ٱ", "ۀ", "ی", "ک")));
        return fragment.list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    /** A run of digits in one or several digit systems, with separators where they make trouble. */
    static Arbitrary<String> mixedNumber() {
        return Arbitraries.strings()
                .withChars(DIGITS_ASCII + DIGITS_ARABIC + DIGITS_PERSIAN + SEPARATORS)
                .ofMinLength(1).ofMaxLength(30);
    }

    /**
     * A realistic article with a cut in a random place: a truncated file can end inside a quote, a
     * number, or between the two halves of a surrogate pair.
     */
    static Arbitrary<String> truncatedArticle() {
        Arbitrary<String> article = Arbitraries.of(SENTENCES).list().ofMinSize(1).ofMaxSize(12)
                .map(s -> String.join(" ", s) + " 😀");
        return Combinators.combine(article, Arbitraries.doubles().between(0, 1))
                .as((a, cut) -> a.substring(0, (int) (a.length() * cut)));
    }

    /** Whole inputs made of one hostile kind only. */
    static Arbitrary<String> degenerate() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(BIDI).ofMaxLength(200),
                Arbitraries.strings().withChars(MARKS).ofMaxLength(200),
                Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(100),
                Arbitraries.strings().withChars("\u0640").ofMaxLength(2000),
                Arbitraries.strings().withChars(OPENERS_CLOSERS).ofMaxLength(300),
                Arbitraries.strings().withChars(SPACES).ofMaxLength(300),
                Arbitraries.strings().withChars(DIGITS_ASCII + DIGITS_ARABIC + DIGITS_PERSIAN).ofMaxLength(2000),
                mixedNumber().list().ofMaxSize(50).map(l -> String.join(" ", l)),
                Arbitraries.of(WORDS).list().ofMaxSize(300).map(l -> String.join("", l)));
    }
}
