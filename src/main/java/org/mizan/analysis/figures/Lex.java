package org.mizan.analysis.figures;

/**
 * What the figure lexicon knows about one normalised word. One word can play several roles
 * (ثانية is the ordinal "second" and the time unit "second"), so the roles sit side by side;
 * the finder's grammar picks the one the context allows.
 */
final class Lex {

    enum Card { UNIT, TEN_TAIL, TENS, HUNDRED, SCALE, FRACTION }

    /** Cardinal value, NaN when the word is not a cardinal. */
    double card = Double.NaN;
    Card cardType;
    /** واحد، أحد، إحدى: "one" is a figure only inside a compound or after a unit noun. */
    boolean one;
    /** The word already says "two of" (مئتان، ألفان، مليونين). */
    boolean dual;
    /** آلاف، ملايين: a scale after a number, a vague quantity alone. */
    boolean pluralScale;
    /** Never read with proclitics (لست is "I am not", not ل + ست). */
    boolean bareOnly;

    /** Ordinal value (الثالث is 3), 0 when none. */
    int ordinal;
    boolean ordinalDefinite;
    /** العشرين، الثلاثين: an ordinal only after a unit ordinal (الرابع والعشرين) or القرن. */
    boolean ordinalTens;
    /** ثانية: an ordinal only after the noun it describes (قافلة ثانية); before a noun it is "a second". */
    boolean ordinalAfterNounOnly;
    /** A dual noun that counts itself (مرتين، طائرتان): the singular it is two of. */
    String dualOf;
    /** أرباع: "three quarters" after a unit. */
    boolean quarters;

    /** عدة، بضعة، عشرات، مئات ...: a figure whose value is unknown. */
    boolean vague;

    /** Month 1..12; -1 for كانون and -2 for تشرين, which need الأول/الثاني. */
    int month;
    /** A month name that is also a common word (مارس is "he practised"): needs a date context. */
    boolean monthNeedsContext;
    boolean latin;

    /** A Hijri month name (رمضان، شوال ...): dates in it have no ISO value. */
    boolean hijri;

    /** Weekday 1 (Sunday) .. 7 (Saturday). */
    int weekday;
    /** أمس، غدا، اليوم (+1 for today, 0 yesterday, 2 tomorrow): relative day words. */
    int relativeDay = -1;
    /** صباح، مساء، ليلة ...: part of a day before a weekday. */
    boolean dayPart;
    /** الماضي، المقبل ...: after a month or weekday. */
    boolean relativeQualifier;
    /** في، منذ، مطلع ...: before a bare month or year. */
    boolean timePreposition;
    /** عام، العام، سنة: before a year. */
    boolean yearWord;
    /** Decade words (الثمانينات is 80). */
    int decade;

    /** ISO currency code of a currency noun. */
    String currency;
    /** ISO currency code implied by an adjective after a currency noun (أمريكي is USD). */
    String currencyAdjective;
    boolean measure;
    /** Time unit (DURATION); 2 for an indefinite dual that counts by itself (يومين). */
    int timeUnit;
    /** بالمئة، %، percent. */
    boolean percent;
    /** First word of an approximator or range phrase (نحو، أكثر من، ما يقرب من، بين). */
    boolean approxStart;
    /** الساعة before a clock time. */
    boolean clock;
    /** Function words: never a counted noun. */
    boolean stop;

    boolean isCardinal() {
        return !Double.isNaN(card);
    }
}
