package org.mizan.analysis.figures;

import java.util.OptionalDouble;
import org.mizan.text.ArabicNumbers;
import org.mizan.text.TokenKind;

/**
 * Reads numbers: digits with scale words ("3.5 مليون", "20 ألفاً"), number words with their
 * compound grammar (خمسة وعشرون، ثلاثة عشر، ثلاث مئة، مئة وخمسون، ثلاثة آلاف وخمسمئة، نصف مليون،
 * مليون ونصف) and vague quantities (عدة، بضعة، عشرات الآلاف). Each method returns null when no
 * number starts at the token.
 */
final class QuantityParser {

    private final Doc doc;

    QuantityParser(Doc doc) {
        this.doc = doc;
    }

    /** A number in digits or words at token i. */
    Quantity number(int i) {
        if (doc.isNumber(i)) {
            return digits(i);
        }
        return words(i);
    }

    private Quantity digits(int i) {
        OptionalDouble parsed = ArabicNumbers.parse(doc.key(i));
        if (parsed.isEmpty() || !nameFree(i)) {
            return null;
        }
        double v = parsed.getAsDouble();
        int last = i;
        // Egyptian press writes decimals with ر and the fraction first (in logical order):
        // "45ر61 دولار" is 61.45 dollars, "1ر3 ملايين" is 3.1 million
        if (doc.is(i + 1, "ر") && doc.touchesPrevious(i + 1) && doc.isPlainInteger(i + 2, 12) && doc.touchesPrevious(i + 2)
                && doc.isPlainInteger(i, 6)) {
            String frac = doc.key(i);
            v = Double.parseDouble(doc.key(i + 2) + "." + frac);
            last = i + 2;
        }
        boolean definite = false;
        int from = doc.start[i];
        if (doc.touchesPrevious(i) && doc.isWord(i - 1)) {
            String prev = doc.key(i - 1);
            // "الـ50" keeps its article in the span; a proclitic before it (بالـ50) stays out
            if (prev.endsWith("ال")) {
                definite = true;
                from = doc.end[i - 1] - 2;
            } else if (prev.endsWith("لل")) {
                definite = true;
                from = doc.end[i - 1] - 1;
            }
        }
        int pos = last + 1;
        double scale = 1;
        Lex next = doc.lex(pos);
        if (doc.isWord(pos) && next != null && next.cardType == Lex.Card.SCALE && !next.dual
                && doc.hit(pos).prefix().isEmpty()) {
            scale = next.card;
            v *= scale;
            pos++;
        }
        Quantity q = new Quantity(i, pos, from, doc.end[pos - 1], v, scale, false, definite, false);
        return scale > 1 ? continuation(q) : q;
    }

    /**
     * False when the digits are part of a name or code: F-16, كوفيد-19, G20, A320, 5G, or glued to
     * Arabic letters that are not proclitics.
     */
    boolean nameFree(int i) {
        return nameFree(doc, i);
    }

    static boolean nameFree(Doc doc, int i) {
        if (doc.touchesPrevious(i)) {
            String prev = doc.key(i - 1);
            if (prev.equals("-") && i >= 2 && doc.touchesPrevious(i - 1) && doc.isWord(i - 2)) {
                return false;
            }
            // G20، A320: digits glued to Latin letters are a name; glued to an Arabic word they are a
            // missing space (اعتداءات11 سبتمبر), which news text has often
            if (doc.isWord(i - 1) && !isProcliticChain(prev) && !doc.isArabicWord(i - 1)) {
                return false;
            }
        }
        if (i + 1 < doc.n && doc.touchesPrevious(i + 1) && doc.isWord(i + 1) && !doc.isArabicWord(i + 1)) {
            Lex l = doc.lex(i + 1);
            if (l == null || (l.cardType != Lex.Card.SCALE && l.currency == null && !l.measure && !l.percent)) {
                return false;
            }
        }
        if (i + 2 < doc.n && doc.is(i + 1, "-") && doc.touchesPrevious(i + 1) && doc.touchesPrevious(i + 2)
                && doc.isWord(i + 2) && !doc.isArabicWord(i + 2)) {
            return false; // 19-COVID style codes
        }
        return true;
    }

    /** و ف ب ك ل ال لل and their chains, as glued to digits in "بـ150" or "والـ20". */
    static boolean isProcliticChain(String k) {
        int p = 0;
        int n = k.length();
        if (p < n && (k.charAt(p) == 'و' || k.charAt(p) == 'ف')) {
            p++;
        }
        if (p < n && (k.charAt(p) == 'ب' || k.charAt(p) == 'ك' || k.charAt(p) == 'ل')) {
            p++;
        }
        if (p + 1 < n && k.charAt(p) == 'ا' && k.charAt(p + 1) == 'ل') {
            p += 2;
        } else if (p < n && k.charAt(p) == 'ل' && p > 0 && k.charAt(p - 1) == 'ل') {
            p++;
        }
        return p == n && n > 0;
    }

    private Quantity words(int i) {
        Doc.Hit h = doc.hit(i);
        if (h.lex() != null && h.lex().one && doc.conjoined(i).prefix().equals("و") && i > 0
                && doc.lex(i - 1) != null && doc.lex(i - 1).isCardinal()) {
            h = doc.conjoined(i); // the high end of "بين عشرة وأحد عشر"
        } else if (h.lex() != null && h.lex().one && doc.conjoined(i).prefix().equals("و") && doc.lex(i + 1) != null
                && doc.lex(i + 1).cardType == Lex.Card.TEN_TAIL) {
            h = doc.conjoined(i); // "وأحد عشر" is و + أحد عشر: there is no "واحد عشر"
        }
        Lex l = h.lex();
        if (l == null || !l.isCardinal() || !doc.isWord(i)) {
            return null;
        }
        if (l.cardType == Lex.Card.SCALE && l.pluralScale) {
            return null; // آلاف alone is vague: see vague()
        }
        double total = 0;
        double group = l.card;
        double scale = 1;
        Lex.Card last = l.cardType;
        if (l.cardType == Lex.Card.SCALE) {
            total = l.card;
            group = 0;
            scale = l.dual ? l.card / 2 : l.card;
            // ألفا شخص، مليونا لاجئ: without a number before it and without tanween, a scale word
            // ending in alef is the construct dual ("two thousand"), not the accusative of ألف
            String k = doc.key(i);
            if (!l.dual && k.endsWith("ا") && h.prefix().isEmpty() && !doc.hasTanweenFath(i)) {
                total = 2 * l.card;
            }
        }
        int pos = i + 1;
        int count = 1;
        while (pos < doc.n && doc.isWord(pos)) {
            Doc.Hit nh = doc.hit(pos);
            if (nh.lex() == null || !nh.lex().isCardinal()) {
                nh = doc.conjoined(pos);
            } else if (nh.prefix().isEmpty() && doc.conjoined(pos) != nh && last != Lex.Card.UNIT) {
                nh = doc.conjoined(pos); // وأحد after ستمئة is و + أحد
            }
            Lex nl = nh.lex();
            if (nl == null) {
                break;
            }
            String prefix = nh.prefix();
            if (prefix.isEmpty()) {
                if (nl.isCardinal() && nl.cardType == Lex.Card.TEN_TAIL && last == Lex.Card.UNIT && group % 100 < 10) {
                    group += 10;                                   // ثلاثة عشر
                    last = Lex.Card.TEN_TAIL;
                } else if (nl.isCardinal() && nl.cardType == Lex.Card.HUNDRED && nl.card == 100 && !nl.dual
                        && last == Lex.Card.UNIT && group >= 3 && group < 10) {
                    group *= 100;                                  // ثلاث مئة
                    last = Lex.Card.HUNDRED;
                } else if (nl.isCardinal() && nl.cardType == Lex.Card.SCALE && !nl.dual
                        && (group > 0) && scaleFits(nl.card, scale, total)) {
                    total += group * nl.card;                      // ثلاثة آلاف، مئة ألف، نصف مليون
                    group = 0;
                    scale = Math.max(scale, nl.card);
                    last = Lex.Card.SCALE;
                } else if (nl.quarters && last == Lex.Card.UNIT && group < 4) {
                    group = group / 4;                             // ثلاثة أرباع
                    last = Lex.Card.FRACTION;
                } else {
                    break;
                }
            } else if (prefix.equals("و") && nl.isCardinal()) {
                double smallest = last == Lex.Card.SCALE ? lastScale(total, scale) : Double.MAX_VALUE;
                if (nl.cardType == Lex.Card.FRACTION && (last == Lex.Card.SCALE || group >= 1)) {
                    if (last == Lex.Card.SCALE) {
                        total += nl.card * lastScale(total, scale);   // مليون ونصف
                    } else {
                        group += nl.card;                              // ثلاثة ونصف
                    }
                    last = Lex.Card.FRACTION;
                    pos++;
                    count++;
                    // "ونصف المليون": the scale word repeated with the article
                    if (doc.isWord(pos) && doc.key(pos).startsWith("ال") && Lexicon.get(doc.key(pos).substring(2)) != null
                            && Lexicon.get(doc.key(pos).substring(2)).cardType == Lex.Card.SCALE) {
                        pos++;
                    }
                    break;
                } else if (nl.cardType == Lex.Card.TENS && last == Lex.Card.UNIT && group % 100 < 10) {
                    group += nl.card;                              // خمسة وعشرون
                    last = Lex.Card.TENS;
                } else if ((nl.cardType == Lex.Card.UNIT || nl.cardType == Lex.Card.TENS || nl.cardType == Lex.Card.TEN_TAIL)
                        && last == Lex.Card.HUNDRED && group % 100 == 0) {
                    group += nl.card;                              // مئة وخمسون
                    last = nl.cardType;
                } else if (last == Lex.Card.SCALE && group == 0 && nl.cardType != Lex.Card.SCALE
                        && nl.card < smallest) {
                    group = nl.card;                               // ألف وخمسمئة
                    last = nl.cardType;
                } else if (last == Lex.Card.SCALE && group == 0 && nl.cardType == Lex.Card.SCALE && !nl.pluralScale
                        && nl.card < smallest) {
                    total += nl.card;                              // مليون وألف
                } else {
                    break;
                }
            } else {
                break;
            }
            pos++;
            count++;
        }
        Quantity q = new Quantity(i, pos, h.stemStart(), doc.end[pos - 1], total + group, scale, true, false,
                l.one && count == 1);
        return scale > 1 ? continuation(q) : q;
    }

    private static boolean scaleFits(double newScale, double scale, double total) {
        return total == 0 || newScale < lastScale(total, scale);
    }

    /** The smallest scale already used, read from the total (مليون و... keeps below a million). */
    private static double lastScale(double total, double scale) {
        double s = scale;
        while (s >= 1000 && total % s != 0) {
            s /= 1000;
        }
        return s;
    }

    /**
     * After a scale word: "و" with digits or words below that scale (مليون و200 ألف، ألف وخمسمئة)
     * and "ونصف" (مليون ونصف).
     */
    private Quantity continuation(Quantity q) {
        int pos = q.endToken();
        double value = q.value();
        double unit = lastScale(value, q.scale());
        if (doc.is(pos, "و") && doc.isNumber(pos + 1)) {
            Quantity more = digits(pos + 1);
            if (more != null && more.value() < unit) {
                return q.extendTo(more.endToken(), more.to(), value + more.value());
            }
        }
        if (doc.isWord(pos) && doc.conjoined(pos).prefix().equals("و")) {
            Lex l = doc.conjoined(pos).lex();
            if (l != null && l.cardType == Lex.Card.FRACTION) {
                int end = pos + 1;
                if (doc.isWord(end) && doc.key(end).startsWith("ال")) {
                    Lex s = Lexicon.get(doc.key(end).substring(2));
                    if (s != null && s.cardType == Lex.Card.SCALE) {
                        end++;
                    }
                }
                return q.extendTo(end, doc.end[end - 1], value + l.card * unit);
            }
            if (l != null && l.isCardinal() && l.cardType != Lex.Card.FRACTION) {
                Quantity more = words(pos);
                if (more != null && more.value() < unit) {
                    return q.extendTo(more.endToken(), more.to(), value + more.value());
                }
            }
        }
        return q;
    }

    /**
     * A vague quantity: عدة، بضعة، عشرات، مئات، آلاف، ملايين، with a following scale in the
     * plural or definite (عشرات الآلاف، بضعة آلاف، مئات الملايين).
     */
    Quantity vague(int i) {
        Doc.Hit h = doc.hit(i);
        Lex l = h.lex();
        if (l == null || !doc.isWord(i) || !(l.vague || l.pluralScale)) {
            return null;
        }
        int pos = i + 1;
        while (pos < doc.n && pos < i + 3 && doc.isWord(pos)) {
            Lex nl = doc.lex(pos);
            String k = doc.key(pos);
            Lex bare = k.startsWith("ال") ? Lexicon.get(k.substring(2)) : null;
            if (doc.hit(pos).prefix().isEmpty() && nl != null && (nl.pluralScale || (nl.vague && k.startsWith("ال")))) {
                pos++;
            } else if (bare != null && bare.cardType == Lex.Card.SCALE) {
                pos++;
            } else {
                break;
            }
        }
        return new Quantity(i, pos, h.stemStart(), doc.end[pos - 1], Double.NaN, 1, true, false, false);
    }

    boolean isFractionWord(int i) {
        Lex l = doc.lex(i);
        return l != null && l.cardType == Lex.Card.FRACTION;
    }

    boolean isPunct(int i, String s) {
        return i < doc.n && doc.kind[i] == TokenKind.PUNCTUATION && doc.key(i).equals(s);
    }
}
