package org.mizan.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.model.FigureKind;
import org.mizan.model.FigureValue;
import org.mizan.text.Clitics;
import org.mizan.text.CliticSplit;
import org.mizan.text.TokenKind;

/**
 * The figure grammar, run token by token over one {@link Doc}. At each token it tries, in order:
 * a clock time (skipped: not a figure), a date, a year, a quantity (with approximator, range and
 * unit), a noun that counts itself (يومين، ساعة واحدة), an ordinal. A match consumes its tokens,
 * so figures never overlap; every rule looks at a bounded number of tokens, so the scan is linear.
 */
final class FigureScanner {

    private static final String[][] APPROXIMATORS = {
        {"نحو"}, {"حوالي"}, {"قرابه"}, {"زهاء"}, {"اكثر", "من"}, {"اقل", "من"}, {"ما", "يقرب", "من"},
        {"ما", "يقارب"}, {"يقارب"}, {"ما", "يناهز"}, {"يناهز"}, {"ما", "يزيد", "علي"}, {"ما", "يزيد", "عن"},
        {"يزيد", "علي"}, {"يزيد", "عن"}, {"ما", "لا", "يقل", "عن"}, {"لا", "يقل", "عن"}, {"ازيد", "من"},
        {"ما", "يربو", "علي"}, {"يربو", "علي"}, {"ما", "يصل", "الي"}, {"about"}, {"around"}, {"nearly"},
        {"almost"}, {"approximately"}, {"roughly"}, {"over"}, {"more", "than"}, {"less", "than"}, {"some"}};

    private static final Set<String> TITLES = Set.of("الملك", "الملكه", "البابا", "الامير", "الاميره", "السلطان",
            "الامبراطور", "القيصر", "الشاه", "king", "pope", "queen");
    private static final Set<String> MILITARY_RANKS = Set.of("فريق", "الفريق", "ملازم", "الملازم", "رقيب",
            "الرقيب", "مساعد", "المساعد", "عريف", "العريف", "وكيل", "الوكيل", "مستشار", "المستشار", "نائب", "النائب");
    private static final Set<String> TENS_ORDINAL_HEADS = Set.of("القرن", "الذكري", "الدوره", "العيد", "النسخه",
            "الجوله", "المؤتمر", "للقرن", "بالقرن", "والقرن");

    /** A match that consumes tokens without producing a figure (clock times, Hijri month names). */
    private static final FigureKind SKIP = null;

    private final Doc doc;
    private final QuantityParser numbers;
    private final DateParser dates;

    FigureScanner(Doc doc, boolean relativeDays) {
        this.doc = doc;
        this.numbers = new QuantityParser(doc);
        this.dates = new DateParser(doc, relativeDays);
    }

    List<Match> scan() {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < doc.n) {
            Match m = match(i);
            if (m == null) {
                i++;
                continue;
            }
            if (m.kind() != SKIP) {
                out.add(m);
            }
            i = Math.max(i + 1, m.endToken());
        }
        return out;
    }

    private Match match(int i) {
        TokenKind k = doc.kind[i];
        if (k == TokenKind.URL || k == TokenKind.HANDLE || k == TokenKind.HASHTAG) {
            return null;
        }
        if (k == TokenKind.WORD && doc.lex(i) == null && !announcesFigure(i + 1)) {
            return null; // the common case: a word that no figure starts with
        }
        if (k == TokenKind.PUNCTUATION && doc.lex(i) == null) {
            return null;
        }
        Match m = clock(i);
        if (m == null) {
            m = dates.parse(i);
        }
        if (m == null) {
            m = year(i);
        }
        if (m == null) {
            m = quantity(i);
        }
        if (m == null) {
            m = nounFirst(i);
        }
        if (m == null) {
            m = ordinal(i);
        }
        return m;
    }

    /** True when token j is a figure word that can follow its noun (دول عدة، جولة ثالثة، الأيام الثلاثة). */
    private boolean announcesFigure(int j) {
        Lex l = doc.lex(j);
        return l != null && doc.isWord(j) && (l.vague || l.ordinal != 0) || definiteCardinal(j) > 0;
    }

    /** The value of "الثلاثة"، "الخمس" ... (3..10) at j, or 0. */
    private int definiteCardinal(int j) {
        if (!doc.isWord(j)) {
            return 0;
        }
        String k = doc.key(j);
        if (k.length() < 5 || !k.startsWith("ال")) {
            return 0;
        }
        Lex l = Lexicon.get(k.substring(2));
        if (l == null || !l.isCardinal() || !(l.cardType == Lex.Card.UNIT || l.cardType == Lex.Card.TEN_TAIL)
                || l.card < 3) {
            return 0;
        }
        return (int) l.card;
    }

    // ---- clock times: "الساعة 10:30 صباحا", "10:30" are times of day, not figures

    private Match clock(int i) {
        int pos = i;
        Lex l = doc.lex(i);
        if (l != null && l.clock && doc.isNumber(i + 1)) {
            pos = i + 1;
        } else if (!doc.isNumber(i)) {
            return null;
        }
        int end = pos + 1;
        if (doc.is(end, ":") && doc.touchesPrevious(end) && doc.isNumber(end + 1) && doc.touchesPrevious(end + 1)) {
            end += 2;
        } else if (pos == i) {
            return null;
        }
        String k = doc.key(end);
        if (k.equals("صباحا") || k.equals("مساء") || k.equals("ظهرا") || k.equals("فجرا") || k.equals("ليلا")
                || k.equals("am") || k.equals("pm")) {
            end++;
        }
        return new Match(end, doc.start[i], doc.end[end - 1], SKIP, null, null, false);
    }

    // ---- years: عام 2014، العام ٢٠٢٣، سنة 1990م

    private Match year(int i) {
        Lex l = doc.lex(i);
        if (l == null || !l.yearWord || !doc.isWord(i) || !doc.isPlainInteger(i + 1, 4)) {
            return null;
        }
        int y = Integer.parseInt(doc.key(i + 1));
        int end = dates.eraSuffix(i + 2);
        // عام 2014; a shorter year only with its era written out (عام 641 م)
        if (y > 2999 || (y < 1000 && end == i + 2) || y == 0) {
            return null;
        }
        return new Match(end, doc.hit(i).stemStart(), doc.end[end - 1], FigureKind.YEAR,
                new FigureValue.Amount(y), null, false);
    }

    // ---- quantities

    /** End token of an approximator phrase at i, or -1. */
    private int approximator(int i) {
        if (!doc.isWord(i)) {
            return -1;
        }
        String first = stripProclitics(doc.key(i));
        for (String[] phrase : APPROXIMATORS) {
            if (!phrase[0].equals(first) && !phrase[0].equals(doc.key(i))) {
                continue;
            }
            int pos = i + 1;
            boolean ok = true;
            for (int w = 1; w < phrase.length && ok; w++, pos++) {
                ok = doc.is(pos, phrase[w]);
            }
            if (ok) {
                return pos;
            }
        }
        return -1;
    }

    private static String stripProclitics(String k) {
        int p = 0;
        if (k.length() > 3 && (k.charAt(0) == 'و' || k.charAt(0) == 'ف')) {
            p = 1;
        }
        if (k.length() - p > 3 && (k.charAt(p) == 'ب' || k.charAt(p) == 'ل' || k.charAt(p) == 'ك')) {
            p++;
        }
        return k.substring(p);
    }

    private int stemStart(int i) {
        if (!doc.isWord(i)) {
            return doc.start[i];
        }
        Doc.Hit h = doc.hit(i);
        if (h.lex() != null) {
            return h.stemStart();
        }
        String k = doc.key(i);
        return doc.start[i] + (k.length() - stripProclitics(k).length());
    }

    private Match quantity(int i) {
        int pos = i;
        int from = -1;
        boolean approx = false;
        int a = approximator(i);
        if (a > 0) {
            approx = true;
            from = stemStart(i);
            pos = a;
        }
        boolean between = false;
        int betweenAt = pos;
        if (doc.isWord(pos) && (stripProclitics(doc.key(pos)).equals("بين") || doc.key(pos).equals("بين"))) {
            between = true;
            pos++;
        } else if (doc.is(pos, "ما") && doc.is(pos + 1, "بين")) {
            between = true;
            pos += 2;
        }
        boolean yearWord = false;
        if (between && doc.lex(pos) != null && doc.lex(pos).yearWord && doc.isWord(pos)) {
            yearWord = true;
            pos++;
        }
        String symbolCurrency = null;
        int symbolAt = -1;
        if (!doc.isWord(pos) && !doc.isNumber(pos) && doc.lex(pos) != null && doc.lex(pos).currency != null
                && doc.isNumber(pos + 1)) {
            symbolCurrency = doc.lex(pos).currency;
            symbolAt = pos;
            pos++;
        }
        if (approx && !between && symbolCurrency == null) {
            Match dual = nounFirst(pos);
            if (dual != null && dual.kind() == FigureKind.DURATION) {
                return new Match(dual.endToken(), from, dual.to(), dual.kind(), dual.value(), dual.unit(), true);
            }
        }
        Quantity q = numbers.number(pos);
        if (q == null && !between && !yearWord && symbolCurrency == null) {
            q = numbers.vague(pos);
        }
        if (q == null || (q.one() && symbolCurrency == null)) {
            return null;
        }
        if (numbers.isFractionWord(q.firstToken()) && q.endToken() == q.firstToken() + 1
                && (doc.key(q.endToken()).endsWith("نهائي") || doc.key(q.endToken()).endsWith("نهائيه"))) {
            return null; // نصف النهائي، ربع نهائي: semi- and quarter-finals
        }
        if (q.vague() && !approx && pos != i) {
            return null;
        }
        // range ends
        Quantity high = rangeEnd(q, between, i);
        if (between && high == null) {
            if (approx || symbolCurrency != null || pos == i) {
                between = false;
            } else {
                return null; // "بين" with one number: let the number be found on its own
            }
        }
        if (!between) {
            betweenAt = -1;
        }
        if (from < 0) {
            from = betweenAt >= 0 ? stemStart(betweenAt) : symbolAt >= 0 ? doc.start[symbolAt] : q.from();
        }
        double low = q.value();
        if (high != null && q.scale() == 1 && high.scale() > 1 && q.value() * high.scale() <= high.value()) {
            low = q.value() * high.scale();              // بين 3 و5 ملايين
        }
        if (high != null && !(low < high.value())) {
            if (between) {
                return null;
            }
            high = null;
        }
        Quantity last = high != null ? high : q;
        // المادة 25 من الدستور: digits right after a definite noun label it; "من" is not partitive then
        boolean label = !q.words() && a < 0 && !between && symbolCurrency == null && isDefiniteNoun(i - 1);
        Unit unit = unit(last.endToken(), last, label);
        if (high != null && hyphenated(q) && unit == null && !approx && !(q.yearLike(doc) && high.yearLike(doc))) {
            // "2 - 1", "4-6": a score, not a range; the two numbers are figures of their own
            high = null;
            last = q;
            unit = unit(q.endToken(), q, label);
        }
        if (unit != null && unit.kind() == FigureKind.COUNT && high == null && q.yearLike(doc) && !approx
                && (label || timePrepositionBefore(q.firstToken()))) {
            unit = null;                                    // منذ 1998 أجرى، بحلول 2006 أصبح: a year, then a verb
        }
        int end = unit != null ? unit.endToken() : last.endToken();
        int to = unit != null ? doc.end[unit.endToken() - 1] : last.to();
        FigureKind kind;
        String unitText = unit != null ? unit.text() : null;
        boolean defaultUnit = unit != null && unit.defaultCurrency();
        FigureValue value;
        if (symbolCurrency != null) {
            kind = FigureKind.MONEY;
            unitText = symbolCurrency;
            defaultUnit = false;
            if (unit != null && unit.kind() != FigureKind.MONEY) {
                end = last.endToken();
                to = last.to();
            }
        } else if (unit != null) {
            kind = unit.kind();
        } else if (yearWord || (q.yearLike(doc) && (high == null || high.yearLike(doc)) && !approx)) {
            kind = FigureKind.YEAR;
            end = dates.eraSuffix(end);
            to = doc.end[end - 1];
        } else if (q.definite() && q.integer() && high == null) {
            kind = FigureKind.ORDINAL;
        } else if (q.vague()) {
            kind = FigureKind.COUNT;
        } else {
            kind = FigureKind.NUMBER;
        }
        if (kind == FigureKind.YEAR && high == null) {
            value = new FigureValue.Amount(q.value());
        } else if (q.vague()) {
            value = new FigureValue.Unknown();
        } else if (high != null) {
            value = new FigureValue.Range(low, high.value() + (unit != null ? unit.addValue() : 0));
        } else {
            value = new FigureValue.Amount(low + (unit != null ? unit.addValue() : 0));
        }
        if (doc.is(end, "تقريبا")) {
            approx = true;
            to = doc.end[end];
            end++;
        } else if (doc.is(end, "علي") && doc.is(end + 1, "الاقل")) {
            approx = true;                                  // ١٠٪ على الأقل
            to = doc.end[end + 1];
            end += 2;
        }
        approx |= q.vague();                                // عشرات، عدة: never exact
        return new Match(end, from, to, kind, value, unitText, approx, defaultUnit);
    }

    private boolean timePrepositionBefore(int i) {
        Lex l = doc.lex(i - 1);
        return i > 0 && doc.isWord(i - 1) && l != null && l.timePreposition;
    }

    private boolean hyphenated(Quantity q) {
        return doc.is(q.endToken(), "-") || doc.is(q.endToken(), "–");
    }

    /** The high end of a range after q: "بين 10 و20"، "10-20"، "ثلاثة أو أربعة"، "10 إلى 15". */
    private Quantity rangeEnd(Quantity q, boolean between, int start) {
        if (q.vague()) {
            return null;
        }
        int e = q.endToken();
        if (between) {
            if (doc.is(e, "و") && doc.isNumber(e + 1)) {
                return numbers.number(e + 1);
            }
            if (doc.isWord(e) && doc.conjoined(e).prefix().equals("و") && doc.conjoined(e).lex().isCardinal()) {
                return numbers.number(e);
            }
            if (doc.isWord(e) && doc.key(e).startsWith("و") && doc.lex(e) != null && doc.lex(e).yearWord
                    && doc.isNumber(e + 1)) {
                return numbers.number(e + 1);
            }
            return null;
        }
        if ((doc.is(e, "-") || doc.is(e, "–")) && doc.isNumber(e + 1) && doc.isNumber(e - 1)) {
            return numbers.number(e + 1);
        }
        if (doc.is(e, "او") && (doc.isNumber(e + 1) || (doc.lex(e + 1) != null && doc.lex(e + 1).isCardinal()))) {
            return q.words() == doc.isWord(e + 1) ? numbers.number(e + 1) : null;
        }
        if ((doc.is(e, "الي") || doc.is(e, "حتي")) && doc.isNumber(e + 1) && q.firstToken() > 0
                && !doc.is(start - 1, "من") && !doc.is(q.firstToken() - 1, "من") && !doc.key(start - 1).endsWith("من")) {
            return numbers.number(e + 1);
        }
        return null;
    }

    /** What follows a number and says what it counts. */
    record Unit(FigureKind kind, String text, int endToken, boolean defaultCurrency, double addValue) {
    }

    private static final Set<String> DEFAULT_CURRENCIES = Set.of("IQD", "SYP", "SAR", "EGP", "AED");
    private static final Set<String> AREA_WORDS = Set.of("مربع", "مربعا", "مربعه", "مكعب", "مكعبا", "مكعبه", "مئويه");

    private boolean isDefiniteNoun(int pos) {
        if (!doc.isArabicWord(pos)) {
            return false;
        }
        String k = doc.key(pos);
        Lex l = doc.lex(pos);
        return k.startsWith("ال") && k.length() > 3 && (l == null || !(l.stop || l.relativeDay >= 0));
    }

    private Unit unit(int pos, Quantity q, boolean label) {
        if (pos >= doc.n) {
            return null;
        }
        String k = doc.key(pos);
        Doc.Hit h = doc.hit(pos);
        Lex l = h.lex();
        boolean bare = h.prefix().isEmpty();
        if (k.equals("%") || (l != null && l.percent && bare && doc.isWord(pos))) {
            return new Unit(FigureKind.PERCENT, null, pos + 1, false, 0);
        }
        if (k.equals("في") && (doc.is(pos + 1, "المئه") || doc.is(pos + 1, "المائه"))) {
            return new Unit(FigureKind.PERCENT, null, pos + 2, false, 0);
        }
        if ((k.equals("نقطه") || k.equals("نقاط")) && doc.key(pos + 1).startsWith("مئوي")) {
            return new Unit(FigureKind.PERCENT, null, pos + 2, false, 0);
        }
        if (l != null && l.currency != null && bare) {
            String code = l.currency;
            int end = pos + 1;
            boolean fallback = DEFAULT_CURRENCIES.contains(code) && doc.isArabicWord(pos);
            Lex adj = doc.lex(end);
            String ak = doc.key(end);
            if ((adj == null || adj.currencyAdjective == null) && ak.length() > 3 && ak.endsWith("ا")) {
                adj = Lexicon.get(ak.substring(0, ak.length() - 1)); // سعودياً
            }
            if (adj != null && adj.currencyAdjective != null && doc.hit(end).prefix().length() <= 0) {
                code = adj.currencyAdjective;
                fallback = false;
                end++;
            }
            return new Unit(FigureKind.MONEY, code, end, fallback, 0);
        }
        if (l != null && l.measure && bare && doc.isWord(pos)) {
            int end = pos + 1;
            String text = unitForm(pos, q, doc.start[pos]);
            if (AREA_WORDS.contains(doc.key(end))) {
                text = text + " " + stripAccusative(doc.plain(end, doc.start[end]), end, q);
                end++;
            }
            return new Unit(FigureKind.MEASURE, text, end, false, 0);
        }
        if (l != null && l.timeUnit == 1 && bare && doc.isWord(pos)) {
            double add = 0;
            int end = pos + 1;
            if (doc.is(end, "ونصف") && q.integer() && q.scale() == 1) {
                add = 0.5;
                end++;
            }
            return new Unit(FigureKind.DURATION, unitForm(pos, q, doc.start[pos]), end, false, add);
        }
        if (q.vague() && doc.isWord(pos) && k.startsWith("ال")) {
            // مئات الجنود، ملايين الدولارات، عشرات الأمتار
            Lex stem = Lexicon.get(k.substring(2));
            if (stem != null && stem.currency != null) {
                return new Unit(FigureKind.MONEY, stem.currency, pos + 1, DEFAULT_CURRENCIES.contains(stem.currency), 0);
            }
            if (stem != null && stem.measure) {
                return new Unit(FigureKind.MEASURE, withoutArticle(pos), pos + 1, false, 0);
            }
            if (stem != null && stem.timeUnit == 1) {
                return new Unit(FigureKind.DURATION, withoutArticle(pos), pos + 1, false, 0);
            }
        }
        if (countedNoun(pos, q.vague(), accusative(q)) && !adverb(pos, q) && !(label && looksProclitic(pos))
                && !verbBetweenNumbers(pos)) {
            if ((k.equals("نقطه") || k.equals("نقاط")) && doc.is(pos + 1, "اساس")) {
                return new Unit(FigureKind.MEASURE, doc.plain(pos, doc.start[pos]) + " " + doc.plain(pos + 1, doc.start[pos + 1]),
                        pos + 2, false, 0);                 // 75 نقطة أساس: basis points
            }
            String text = k.startsWith("ال") ? withoutArticle(pos) : unitForm(pos, q, doc.start[pos]);
            return new Unit(FigureKind.COUNT, text, pos + 1, false, 0);
        }
        // أفرجت عن 6 منهم، نحو 200 من عناصره: counted, but the noun is not in the figure
        if (!label && (k.equals("منهم") || k.equals("منها") || k.equals("منهن") || k.equals("بينهم"))) {
            return new Unit(FigureKind.COUNT, null, pos, false, 0);
        }
        if (!label && k.equals("من") && doc.isArabicWord(pos + 1) && !doc.key(pos + 1).startsWith("ال")
                && (countedNoun(pos + 1, false) || pronounSuffixed(pos + 1, doc.key(pos + 1)))
                && !doc.key(pos + 1).equals("اصل")) {
            return new Unit(FigureKind.COUNT, null, pos, false, 0);
        }
        // partitive: اثنين من المصادر، 4 من الجنود، عشرات الآلاف من اللاجئين
        if (!label && k.equals("من") && doc.isWord(pos + 1) && doc.key(pos + 1).startsWith("ال") && countedNoun(pos + 1, true)) {
            Lex stem = Lexicon.get(doc.key(pos + 1).substring(2));
            if (stem != null && (stem.timeUnit > 0 || stem.month != 0)) {
                return null;
            }
            if (stem != null && stem.currency != null) {
                return new Unit(FigureKind.MONEY, stem.currency, pos + 2, DEFAULT_CURRENCIES.contains(stem.currency), 0);
            }
            return new Unit(FigureKind.COUNT, withoutArticle(pos + 1), pos + 2, false, 0);
        }
        return null;
    }

    /**
     * True when token pos can be the noun a number counts: an Arabic word that is not a function
     * word, not a number, date or figure word, and (unless allowed) without the article.
     */
    private boolean countedNoun(int pos, boolean allowArticle) {
        return countedNoun(pos, allowArticle, false);
    }

    /** @param accusative the number takes an accusative noun (11..99): عضواً، مشتبهاً end in alef */
    private boolean countedNoun(int pos, boolean allowArticle, boolean accusative) {
        if (!doc.isArabicWord(pos)) {
            return false;
        }
        Lex l = doc.lex(pos);
        if (l != null && (l.stop || l.month != 0 || l.weekday != 0 || l.relativeQualifier || l.isCardinal()
                || l.ordinal != 0 || l.vague || l.yearWord || l.relativeDay >= 0 || l.decade != 0 || l.percent
                || l.quarters || l.approxStart || l.currencyAdjective != null || l.dayPart || l.hijri)) {
            return false;
        }
        String k = doc.key(pos);
        if (k.length() < 3) {
            return false; // دو، تغ: abbreviations, not nouns
        }
        // اعتقلوا، أصيبوا: plural verbs; ليضمن، لتصل: ل + imperfect verb
        boolean accusativeAlef = accusative || doc.hasTanweenFath(pos);
        if ((k.endsWith("وا") && k.length() >= 5 && !accusativeAlef)
                || ((k.startsWith("لي") || k.startsWith("لت")) && k.length() >= 5)) {
            return false;
        }
        if (!(accusativeAlef && k.endsWith("ها")) && pronounSuffixed(pos, k)) {
            return false;
        }
        if (k.startsWith("ال") && k.length() > 3) {
            return allowArticle;
        }
        char c0 = k.charAt(0);
        char c1 = k.charAt(1);
        // وأصيب، وتقول، فيما: a conjunction before a verb or particle, not a noun
        if ((c0 == 'و' && "ايتن".indexOf(c1) >= 0) || (c0 == 'ف' && "اين".indexOf(c1) >= 0)) {
            return false;
        }
        return !(k.length() > 4 && (k.startsWith("وال") || k.startsWith("بال") || k.startsWith("فال")
                || k.startsWith("كال") || k.startsWith("لل")));
    }

    /**
     * سكانه، أهمها، زيارتنا: a noun with an attached pronoun is not what a number counts. A final ه
     * counts as a pronoun only when the original has ه rather than ة.
     */
    private boolean pronounSuffixed(int pos, String k) {
        if (k.length() >= 5 && (k.endsWith("ها") || k.endsWith("هما") || k.endsWith("هم") || k.endsWith("تنا"))
                && !k.endsWith("اهم")) {
            return true;
        }
        if (!k.endsWith("ه") || k.equals("اوجه") || k.equals("مياه") || k.equals("اشباه")) {
            return false;
        }
        org.mizan.model.Span s = doc.span(doc.start[pos], doc.end[pos]);
        for (int c = s.end() - 1; c >= s.start(); c--) {
            char ch = doc.original.charAt(c);
            if (!org.mizan.text.ArabicNormalizer.isDropped(ch)) {
                return ch == 'ه';
            }
        }
        return false;
    }

    /** الدقيقة 69 بهدف: after a label number, a word starting like ب/ل/ك/و/ف + stem is not its noun. */
    private boolean looksProclitic(int pos) {
        char c = doc.key(pos).charAt(0);
        return c == 'ب' || c == 'ل' || c == 'ك' || c == 'و' || c == 'ف';
    }

    /** "قتلت سبعة وجرحت ثلاثة": a word with و between two numbers is a verb joined by و. */
    private boolean verbBetweenNumbers(int pos) {
        if (doc.key(pos).charAt(0) != 'و') {
            return false;
        }
        Lex next = doc.lex(pos + 1);
        return doc.isNumber(pos + 1) || (next != null && next.isCardinal());
    }

    /**
     * يومياً، داخلياً، سنوياً: an adverb in -يًا after a number is not what it counts, unless the
     * number is 11..99, whose noun is itself accusative (مدنياً).
     */
    private boolean adverb(int pos, Quantity q) {
        String k = doc.key(pos);
        return k.length() > 3 && k.endsWith("يا") && !accusative(q);
    }

    /** The counted noun as written, without tashkeel, and without the accusative alef (هجوماً is هجوم). */
    private String unitForm(int pos, Quantity q, int fromNorm) {
        return stripAccusative(doc.plain(pos, fromNorm), pos, q);
    }

    private String stripAccusative(String s, int pos, Quantity q) {
        if (s.length() >= 3 && s.charAt(s.length() - 1) == 'ا' && (doc.hasTanweenFath(pos) || accusative(q))) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String stripTanweenAlef(String s) {
        return s.length() >= 3 && s.endsWith("ا") ? s.substring(0, s.length() - 1) : s;
    }

    /** Numbers 11..99 (mod 100) take their noun in the accusative singular (خمسون هجوماً). */
    private static boolean accusative(Quantity q) {
        if (q.vague() || !q.integer() || q.scale() > 1) {
            return false;
        }
        long mod = (long) q.value() % 100;
        return mod >= 11 && mod <= 99;
    }

    private String withoutArticle(int pos) {
        CliticSplit split = Clitics.split(doc.key(pos));
        return doc.plain(pos, doc.start[pos] + split.prefixEnd());
    }

    // ---- nouns that count themselves

    private static final Set<String> ONE = Set.of("واحد", "واحده");
    private static final Set<String> TWO = Set.of("اثنين", "اثنان", "اثنتين", "اثنتان");

    /** يومين → يوم، ساعتين → ساعة: the dual's singular, the unit the gold and readers expect. */
    static String singularOfDual(String dual) {
        if (dual.length() < 4) {
            return dual;
        }
        String s = dual.substring(0, dual.length() - 2);
        return s.endsWith("ت") ? s.substring(0, s.length() - 1) + "ة" : s;
    }

    private Match nounFirst(int i) {
        Match m = nounThenNumber(i);
        if (m != null) {
            return m;
        }
        Doc.Hit h = doc.hit(i);
        Lex l = h.lex();
        if (!doc.isWord(i) || l == null || !h.prefix().isEmpty()) {
            return null;
        }
        if (l.timeUnit == 2) {
            return new Match(i + 1, doc.start[i], doc.end[i], FigureKind.DURATION, new FigureValue.Amount(2),
                    singularOfDual(doc.plain(i, doc.start[i])), false);
        }
        if (l.dualOf != null && doc.isArabicWord(i)) {
            int end = TWO.contains(doc.key(i + 1)) ? i + 2 : i + 1;    // طائرتان اثنتان
            return new Match(end, doc.start[i], doc.end[end - 1], FigureKind.COUNT, new FigureValue.Amount(2), l.dualOf,
                    false);
        }
        if ((l.timeUnit == 1 || l.currency != null) && doc.isArabicWord(i) && ONE.contains(doc.key(i + 1))) {
            FigureKind kind = l.timeUnit == 1 ? FigureKind.DURATION : FigureKind.MONEY;
            String unit = l.timeUnit == 1 ? doc.plain(i, doc.start[i]) : l.currency;
            return new Match(i + 2, doc.start[i], doc.end[i + 1], kind, new FigureValue.Amount(1), unit, false,
                    l.currency != null && DEFAULT_CURRENCIES.contains(l.currency));
        }
        return null;
    }

    /** الأيام الثلاثة، الدول الخمس، دول عدة، أشهر عدة: the noun comes first. */
    private Match nounThenNumber(int i) {
        if (!doc.isArabicWord(i) || i + 1 >= doc.n) {
            return null;
        }
        String k = doc.key(i);
        Lex own = doc.lex(i);
        boolean timeUnit = own != null && own.timeUnit == 1;
        int n = definiteCardinal(i + 1);
        if (n > 0) {
            CliticSplit split = Clitics.split(k);
            if (!split.hasArticle()) {
                return null;
            }
            String stem = k.substring(split.prefixEnd());
            Lex stemLex = Lexicon.get(stem);
            boolean stemTime = stemLex != null && stemLex.timeUnit == 1;
            if (!stemTime && !countedNoun(i, true)) {
                return null;
            }
            int from = doc.start[i] + split.prefixEnd() - (split.prefixes().endsWith("لل") ? 1 : 2);
            return new Match(i + 2, from, doc.end[i + 1], stemTime ? FigureKind.DURATION : FigureKind.COUNT,
                    new FigureValue.Amount(n), withoutArticle(i), false);
        }
        Lex next = doc.lex(i + 1);
        // "عدة أشخاص" (عدة + its noun) is far more common than "دول عدة"; read the noun-first order
        // only when nothing countable follows عدة
        if (next != null && next.vague && doc.is(i + 1, "عده") && (timeUnit || countedNoun(i, false))
                && !doc.key(i).startsWith("ال") && !countedNoun(i + 2, false)) {
            return new Match(i + 2, stemStart(i), doc.end[i + 1], timeUnit ? FigureKind.DURATION : FigureKind.COUNT,
                    new FigureValue.Unknown(), doc.hasTanweenFath(i) ? stripTanweenAlef(doc.plain(i, stemStart(i)))
                    : doc.plain(i, stemStart(i)), true);
        }
        return null;
    }

    // ---- ordinals

    private Match ordinal(int i) {
        int[] o = dates.ordinal(i);
        if (o == null) {
            return null;
        }
        Lex l = doc.lex(i);
        String prev = doc.key(i - 1);
        String after = doc.key(o[1]);
        boolean dayTime = after.equals("صباحا") || after.equals("مساء") || after.equals("ظهرا") || after.equals("ليلا")
                || after.equals("فجرا");
        if (MILITARY_RANKS.contains(prev) && doc.key(i).endsWith("اول")) {
            return new Match(o[1], doc.start[i], doc.end[o[1] - 1], SKIP, null, null, false); // فريق أول: a rank
        }
        if (prev.equals("الساعه") || prev.equals("للساعه") || (l.ordinalDefinite && dayTime)) {
            int end = o[1];
            String k = doc.key(end);
            if (k.equals("صباحا") || k.equals("مساء") || k.equals("ظهرا") || k.equals("فجرا") || k.equals("ليلا")) {
                end++;
            }
            return new Match(end, doc.start[i], doc.end[end - 1], SKIP, null, null, false); // a time of day
        }
        if (o[1] == i + 1 && doc.key(i).endsWith("اولي") && preliminary(i)) {
            return null; // الأوّلي (preliminary), written with a dotted yaa
        }
        if (prev.equals("ربيع") || prev.equals("جمادي") || prev.equals("كانون") || prev.equals("تشرين")) {
            return new Match(o[1], doc.start[i], doc.end[o[1] - 1], SKIP, null, null, false); // month names
        }
        if (l.ordinalTens && !TENS_ORDINAL_HEADS.contains(prev)) {
            return null;
        }
        if (!l.ordinalDefinite) {
            // جولة ثالثة، قافلة ثانية: after an indefinite noun; ثالث أكبر مدينة، أول مرة: heading a noun
            boolean afterNoun = i > 0 && doc.hit(i).prefix().isEmpty() && countedNoun(i - 1, false)
                    && !doc.key(o[1]).equals("اكسيد")
                    && !doc.isNumber(i - 2) && (doc.lex(i - 1) == null || doc.lex(i - 1).timeUnit == 0)
                    && !(doc.key(i).equals("اول"));
            int next = o[1];
            Lex nl = doc.lex(next);
            boolean beforeNoun = !l.ordinalAfterNounOnly && doc.isArabicWord(next) && !doc.key(next).equals("اكسيد")
                    && !(nl != null && (nl.stop || nl.relativeDay == 0));
            if (!afterNoun && !beforeNoun) {
                return null;
            }
        } else if (regnal(i)) {
            return new Match(o[1], doc.start[i], doc.end[o[1] - 1], SKIP, null, null, false);
        }
        return new Match(o[1], doc.hit(i).stemStart(), doc.end[o[1] - 1], FigureKind.ORDINAL,
                new FigureValue.Amount(o[0]), null, false);
    }

    /** True when "الأولي" ends in a dotted yaa in the original: the adjective "preliminary". */
    private boolean preliminary(int i) {
        org.mizan.model.Span s = doc.span(doc.start[i], doc.end[i]);
        for (int k = s.end() - 1; k >= s.start(); k--) {
            char c = doc.original.charAt(k);
            if (!org.mizan.text.ArabicNormalizer.isDropped(c)) {
                return c == 'ي';
            }
        }
        return false;
    }

    /** "الملك عبد الله الثاني"، "البابا بنديكت السادس عشر": a regnal number is part of the name. */
    private boolean regnal(int i) {
        if (doc.is(i - 1, "الله") && (doc.is(i - 2, "عبد") || doc.is(i - 2, "وعبد"))) {
            return true;
        }
        for (int back = 1; back <= 4 && i - back >= 0; back++) {
            int p = i - back;
            if (!doc.isWord(p)) {
                return false;
            }
            String k = doc.key(p);
            if (TITLES.contains(k) || TITLES.contains(stripProclitics(k))) {
                return back > 1;
            }
            if (back == 1 && k.startsWith("ال") && !k.equals("الله")) {
                return false; // الجولة الثانية: an ordinal after a definite noun
            }
        }
        return false;
    }
}
