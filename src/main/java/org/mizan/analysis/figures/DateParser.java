package org.mizan.analysis.figures;

import org.mizan.model.FigureKind;
import org.mizan.model.FigureValue;

/**
 * Dates: "24 كانون الثاني"، "3 يونيو 2023"، "الرابع والعشرين من يناير"، "كانون الثاني/يناير 2024"،
 * "January 24, 2024"، "24/1/2024"، "2024-01-24"، "آب الماضي"، "شهر آذار"، "أمس الأربعاء"، "مساء
 * يوم الخميس"، decades ("ثمانينيات القرن الماضي"). Values are ISO-8601, partial where the text
 * leaves parts out ("--01-24", "2023-08", "--08"); weekdays and relative days, which need the
 * publication date to resolve, have no value.
 */
final class DateParser {

    private final Doc doc;
    private final boolean relativeDays;

    /**
     * @param relativeDays whether weekdays and relative days (أمس الأربعاء، مساء الخميس) are
     *                     figures of their own; a weekday before a date never is
     */
    DateParser(Doc doc, boolean relativeDays) {
        this.doc = doc;
        this.relativeDays = relativeDays;
    }

    private record Month(int value, int endToken) {
    }

    private record Day(int value, int endToken) {
    }

    private record Year(int value, int endToken) {
    }

    Match parse(int i) {
        Match m = numeric(i);
        if (m == null) {
            m = dayFirst(i);
        }
        if (m == null) {
            m = monthFirst(i, doc.start[i], false);
        }
        if (m == null) {
            m = weekdayOrRelative(i);
        }
        if (m == null) {
            m = decade(i);
        }
        return m;
    }

    // ---- day month [year]

    private Match dayFirst(int i) {
        Day day = day(i);
        if (day == null) {
            return null;
        }
        int pos = day.endToken();
        if (doc.is(pos, "من")) {
            pos++;
        }
        Month month = month(pos, true);
        if (month == null && pos > day.endToken() && (doc.is(pos, "الشهر") || doc.is(pos, "هذا") && doc.is(pos + 1, "الشهر"))) {
            // "في 24 من الشهر الجاري": a day of a month the text leaves to its date
            int end = doc.is(pos, "هذا") ? pos + 2 : pos + 1;
            int to = doc.end[end - 1];
            if (qualifierAt(end)) {
                end++;
            }
            return new Match(end, startOf(i), to, FigureKind.DATE, new FigureValue.Unknown(), null, false);
        }
        if (month == null) {
            return hijri(i, pos);
        }
        Year year = year(month.endToken());
        int end = year != null ? year.endToken() : month.endToken();
        int to = doc.end[end - 1];
        if (year == null && qualifierAt(end)) {
            end++;   // 24 من كانون الثاني الجاري: the qualifier is consumed but, like framing words, not highlighted
        }
        String iso = iso(year == null ? 0 : year.value(), month.value(), day.value());
        if (iso == null) {
            return null;
        }
        return new Match(end, startOf(i), to, FigureKind.DATE, new FigureValue.IsoDate(iso), null, false);
    }

    private boolean qualifierAt(int pos) {
        Lex q = doc.lex(pos);
        return q != null && q.relativeQualifier && doc.hit(pos).prefix().isEmpty();
    }

    private static final java.util.Set<String> HIJRI_SECOND = java.util.Set.of("الاول", "الثاني", "الاخر", "الاولي",
            "الاخره", "القعده", "الحجه");

    /** "10 رمضان 1445 هـ": a date, but the Hijri calendar has no ISO-8601 form, so no value. */
    private Match hijri(int dayToken, int pos) {
        Lex l = doc.lex(pos);
        if (l == null || !l.hijri || !doc.hit(pos).prefix().isEmpty()) {
            return null;
        }
        String k = doc.key(pos);
        int end = pos + 1;
        if (k.equals("ربيع") || k.equals("جمادي") || k.equals("ذو") || k.equals("ذي")) {
            if (!HIJRI_SECOND.contains(doc.key(end))) {
                return null;
            }
            end++;
        }
        if (doc.isPlainInteger(end, 4) && doc.key(end).length() == 4) {
            end++;
            if (doc.key(end).equals("ه") || doc.key(end).equals("هجري") || doc.key(end).equals("هجريه")) {
                end++;
            }
        }
        return new Match(end, startOf(dayToken), doc.end[end - 1], FigureKind.DATE, new FigureValue.Unknown(), null,
                false);
    }

    private int startOf(int i) {
        return doc.isWord(i) ? doc.hit(i).stemStart() : doc.start[i];
    }

    /** A day of the month: digits 1..31 or an ordinal phrase (الرابع والعشرين). */
    private Day day(int i) {
        if (doc.isNumber(i)) {
            String k = doc.key(i);
            if (!doc.isPlainInteger(i, 2) || !QuantityParser.nameFree(doc, i)) {
                return null;
            }
            int v = Integer.parseInt(k);
            return v >= 1 && v <= 31 ? new Day(v, i + 1) : null;
        }
        int[] ord = ordinal(i);
        return ord != null && ord[0] <= 31 ? new Day(ord[0], ord[1]) : null;
    }

    /**
     * A definite ordinal phrase at i: {value, endToken}: الأول، الحادي عشر، الرابع والعشرين،
     * العشرين. Null when none.
     */
    int[] ordinal(int i) {
        Lex l = doc.lex(i);
        if (l == null || l.ordinal == 0 || !doc.isWord(i)) {
            return null;
        }
        String prefix = doc.hit(i).prefix();
        if (!(prefix.isEmpty() || prefix.equals("و") || prefix.equals("ف") || prefix.equals("ب") || prefix.startsWith("لل")
                || prefix.equals("ل") || prefix.equals("فلل") || prefix.equals("ولل"))) {
            return null;
        }
        int v = l.ordinal;
        int pos = i + 1;
        if (l.ordinalTens) {
            return new int[] {v, pos};
        }
        Lex next = doc.lex(pos);
        if (next != null && doc.hit(pos).prefix().isEmpty() && next.cardType == Lex.Card.TEN_TAIL && v < 10) {
            return new int[] {v + 10, pos + 1};
        }
        if (next != null && doc.hit(pos).prefix().equals("و") && next.ordinalTens && v < 10) {
            return new int[] {v + next.ordinal, pos + 1};
        }
        return new int[] {v, pos};
    }

    /** A month name at i (two words for كانون/تشرين), with an alternative name after / or in brackets. */
    private Month month(int i, boolean hasDay) {
        Lex l = doc.lex(i);
        if (l == null || l.month == 0 || !doc.isWord(i)) {
            return null;
        }
        int m = l.month;
        int pos = i + 1;
        if (m < 0) {
            String k = doc.key(pos);
            boolean first = k.equals("الاول") || k.equals("اول");
            boolean second = k.equals("الثاني") || k.equals("ثاني");
            if (!first && !second) {
                return null;
            }
            m = m == -1 ? (first ? 12 : 1) : (first ? 10 : 11);
            pos++;
        }
        // كانون الثاني/يناير، يناير (كانون الثاني)
        if ((doc.is(pos, "/") || doc.is(pos, "(")) && pos + 1 < doc.n) {
            Month alt = month(pos + 1, true);
            if (alt != null && alt.value() == m) {
                pos = alt.endToken();
                if (doc.is(pos, ")")) {
                    pos++;
                }
            }
        }
        return new Month(m, pos);
    }

    /** A year after a month: "2024"، "، 2024"، "عام 2024"، "من العام 2024". */
    private Year year(int i) {
        int pos = i;
        if (doc.is(pos, ",") || doc.is(pos, "،")) {
            pos++;
        }
        if (doc.is(pos, "من")) {
            pos++;
        }
        Lex l = doc.lex(pos);
        if (l != null && l.yearWord && doc.isWord(pos)) {
            pos++;
        }
        if (doc.isPlainInteger(pos, 4) && doc.key(pos).length() == 4) {
            int y = Integer.parseInt(doc.key(pos));
            if (y >= 1000 && y <= 2999) {
                int end = pos + 1;
                return new Year(y, eraSuffix(end));
            }
        }
        return null;
    }

    /** Skips "م" or "ميلادي" after a year. */
    int eraSuffix(int pos) {
        String k = doc.key(pos);
        if (doc.isWord(pos) && (k.equals("م") || k.equals("ميلادي") || k.equals("ميلاديه") || k.equals("للميلاد"))) {
            return pos + 1;
        }
        return pos;
    }

    // ---- month [day] [year]

    private Match monthFirst(int i, int from, boolean context) {
        int pos = i;
        if (doc.is(i, "شهر") || doc.is(i, "وشهر") || doc.is(i, "بشهر") || doc.is(i, "month")) {
            pos = i + 1;
            context = true;
        }
        Month month = month(pos, false);
        if (month == null) {
            return null;
        }
        Lex ml = doc.lex(pos);
        int start = startOf(i);
        int end = month.endToken();
        // English order: January 24, 2024
        if (ml.latin && doc.isPlainInteger(end, 2)) {
            int d = Integer.parseInt(doc.key(end));
            Year y = year(end + 1);
            String iso = iso(y == null ? 0 : y.value(), month.value(), d);
            if (iso != null && d >= 1) {
                int e = y != null ? y.endToken() : end + 1;
                return new Match(e, start, doc.end[e - 1], FigureKind.DATE, new FigureValue.IsoDate(iso), null, false);
            }
        }
        Year y = year(end);
        if (y != null) {
            return new Match(y.endToken(), start, doc.end[y.endToken() - 1], FigureKind.DATE,
                    new FigureValue.IsoDate(String.format("%04d-%02d", y.value(), month.value())), null, false);
        }
        Lex q = doc.lex(end);
        boolean qualified = q != null && q.relativeQualifier && doc.hit(end).prefix().isEmpty();
        Lex before = doc.lex(i - 1);
        boolean prepBefore = pos == i && before != null && before.timePreposition && doc.isWord(i - 1);
        boolean clearName = !ml.monthNeedsContext || (!ml.latin && !doc.key(pos).equals("مارس"));
        if (!(qualified || context || (prepBefore && clearName))) {
            return null;
        }
        int e = qualified ? end + 1 : end;
        return new Match(e, start, doc.end[end - 1], FigureKind.DATE,
                new FigureValue.IsoDate(String.format("--%02d", month.value())), null, false);
    }

    // ---- numeric dates

    private Match numeric(int i) {
        if (!doc.isNumber(i)) {
            return null;
        }
        String k = doc.key(i);
        // 24.01.2024 is one token (dots join digits)
        String[] dotted = k.length() >= 8 && k.length() <= 10 ? k.split("\\.") : new String[0];
        if (dotted.length == 3 && allDigits(dotted) && dotted[2].length() == 4 && dotted[0].length() <= 2 && dotted[1].length() <= 2) {
            String iso = iso(Integer.parseInt(dotted[2]), Integer.parseInt(dotted[1]), Integer.parseInt(dotted[0]));
            return iso == null ? null
                    : new Match(i + 1, doc.start[i], doc.end[i], FigureKind.DATE, new FigureValue.IsoDate(iso), null, false);
        }
        if (i + 4 >= doc.n) {
            return null;
        }
        String sep = doc.key(i + 1);
        if (!(sep.equals("/") || sep.equals("-")) || !doc.key(i + 3).equals(sep)) {
            return null;
        }
        for (int t = i + 1; t <= i + 4; t++) {
            if (!doc.touchesPrevious(t)) {
                return null;
            }
        }
        if (!doc.isPlainInteger(i, 4) || !doc.isPlainInteger(i + 2, 2) || !doc.isPlainInteger(i + 4, 4)) {
            return null;
        }
        int a = Integer.parseInt(k);
        int b = Integer.parseInt(doc.key(i + 2));
        String c = doc.key(i + 4);
        if (c.indexOf('.') >= 0 || c.indexOf(',') >= 0 || doc.key(i + 2).length() > 2) {
            return null;
        }
        String iso;
        if (k.length() == 4 && c.length() <= 2) {
            iso = iso(a, b, Integer.parseInt(c));                        // 2024-01-24
        } else if (k.length() <= 2 && c.length() == 4) {
            iso = iso(Integer.parseInt(c), b, a);                        // 24/1/2024: day first, as Arabic press writes
        } else {
            return null;
        }
        return iso == null ? null
                : new Match(i + 5, doc.start[i], doc.end[i + 4], FigureKind.DATE, new FigureValue.IsoDate(iso), null, false);
    }

    // ---- weekdays and relative days

    private Match weekdayOrRelative(int i) {
        Doc.Hit h = doc.hit(i);
        Lex l = h.lex();
        if (l == null || !doc.isWord(i)) {
            return null;
        }
        String prefix = h.prefix();
        boolean plainPrefix = prefix.isEmpty() || prefix.equals("و") || prefix.equals("ف");
        int pos = i;
        boolean anchored = false;
        // أول أمس، أول من أمس
        if (doc.is(i, "اول") || doc.is(i, "واول")) {
            int p = doc.is(i + 1, "من") ? i + 2 : i + 1;
            Lex r = doc.lex(p);
            if (r != null && r.relativeDay == 0 && doc.hit(p).prefix().isEmpty()) {
                pos = p;
                l = r;
            } else {
                return null;
            }
        }
        if (l.relativeDay >= 0 && plainPrefix) {
            if (l.relativeDay == 1) {
                // اليوم only as a date when a weekday or date follows it
                if (!(weekdayAt(i + 1) || dayFirst(i + 1) != null)) {
                    return null;
                }
            }
            pos++;
            anchored = true;
            if (doc.lex(pos) != null && doc.lex(pos).dayPart && doc.hit(pos).prefix().isEmpty()
                    && !doc.is(pos, "منتصف") && !doc.is(pos, "يوم")) {
                pos++;
            }
        } else if (l.dayPart && plainPrefix) {
            pos++;
            if (doc.is(pos, "يوم")) {
                pos++;
            }
            if (!weekdayAt(pos) && !(doc.lex(pos) != null && doc.lex(pos).relativeDay == 0)) {
                return null;
            }
            if (!weekdayAt(pos)) {
                pos++;
                anchored = true;
            }
        }
        if (weekdayAt(pos)) {
            if (pos == i && !plainPrefix) {
                return null;
            }
            pos++;
            anchored = true;
            Lex q = doc.lex(pos);
            if (q != null && q.relativeQualifier && doc.hit(pos).prefix().isEmpty()) {
                pos++;
            }
        }
        if (!anchored) {
            return null;
        }
        int from = startOf(i);
        // الأربعاء 24 كانون الثاني: the date gives the value
        int p = doc.is(pos, ",") || doc.is(pos, "،") ? pos + 1 : pos;
        Match date = dayFirst(p);
        if (date == null) {
            date = numeric(p);
        }
        if (date != null) {
            return date; // يوم الأحد 18 فبراير 2024: the date carries the value; the weekday is framing
        }
        if (!relativeDays) {
            return null;
        }
        return new Match(pos, from, doc.end[pos - 1], FigureKind.DATE, new FigureValue.Unknown(), null, false);
    }

    private boolean weekdayAt(int i) {
        Lex l = doc.lex(i);
        if (l == null || l.weekday == 0 || !doc.isWord(i)) {
            return false;
        }
        String p = doc.hit(i).prefix();
        if (!(p.isEmpty() || p.equals("و") || p.equals("ف"))) {
            return false;
        }
        if (l.weekday == 6) {
            // الجمعة is also Friday prayer (صلاة الجمعة) and a mosque name: only with a day word
            Lex prev = doc.lex(i - 1);
            Lex next = doc.lex(i + 1);
            return (prev != null && (prev.dayPart || prev.relativeDay >= 0))
                    || (next != null && next.relativeQualifier) || doc.isNumber(i + 1);
        }
        return true;
    }

    // ---- decades

    private Match decade(int i) {
        Lex l = doc.lex(i);
        if (l == null || l.decade == 0 || !doc.isWord(i)) {
            return null;
        }
        int pos = i + 1;
        if (doc.is(pos, "من")) {
            pos++;
        }
        String k = doc.key(pos);
        int century = 0;
        int end = i + 1;
        if (k.equals("القرن")) {
            String c = doc.key(pos + 1);
            if (c.equals("الماضي") || c.equals("العشرين") || c.equals("الفائت") || c.equals("المنصرم")) {
                century = 19;
                end = pos + 2;
            } else if (c.equals("الحالي") || c.equals("الحادي") || c.equals("الجاري")) {
                century = 20;
                end = c.equals("الحادي") && doc.is(pos + 2, "والعشرين") ? pos + 3 : pos + 2;
            } else if (c.equals("التاسع") && doc.is(pos + 2, "عشر")) {
                century = 18;
                end = pos + 3;
            }
        } else if (k.startsWith("عمر") || k.startsWith("العمر")) {
            return null; // في العشرينات من عمره: an age, not a period
        }
        if (century == 0) {
            // Unqualified 1930s..1990s read as the last century, as news uses them; العشرينات alone
            // (1920s, 2020s or an age) is left alone.
            if (l.decade < 30) {
                return null;
            }
            century = 19;
        }
        int first = century * 100 + l.decade;
        return new Match(end, startOf(i), doc.end[end - 1], FigureKind.YEAR, new FigureValue.Range(first, first + 9), null,
                false);
    }

    // ---- helpers

    /** ISO date or partial date; null when the day cannot be in that month. */
    static String iso(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return null;
        }
        int max = switch (month) {
            case 2 -> year == 0 || java.time.Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        if (day > max) {
            return null;
        }
        return year == 0 ? String.format("--%02d-%02d", month, day) : String.format("%04d-%02d-%02d", year, month, day);
    }

    static boolean isYearNumber(Doc doc, int i) {
        return doc.isPlainInteger(i, 4) && doc.key(i).length() == 4;
    }

    private static boolean allDigits(String[] parts) {
        for (String p : parts) {
            if (p.isEmpty() || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
