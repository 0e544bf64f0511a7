package org.mizan.analysis.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mizan.analysis.FigureFinder;
import org.mizan.model.Figure;
import org.mizan.model.Span;

/**
 * Finds every count, percentage, amount of money, date, year, duration, measure and ordinal in
 * Arabic news text, with its value, unit and whether it is approximate.
 *
 * <p>Works on the normalised text ({@link org.mizan.text.ArabicNormalizer}), so digits of every
 * script, tashkeel, tatweel and alef variants do not matter, and maps spans back to the original.
 * Spans include the approximator ("نحو 150 هجوماً") and the unit, and leave out proclitics glued
 * to the first word ("بـ150"، "وأربعة"). Stateless and thread-safe.
 */
public final class ArabicFigureFinder implements FigureFinder {

    private final boolean relativeDays;

    /** Finds weekdays and relative days (أمس الأربعاء) as DATE figures without a value, as issue 4 asks. */
    public ArabicFigureFinder() {
        this(true);
    }

    /**
     * @param relativeDays false to leave weekdays and relative days (أمس الأربعاء، مساء الخميس)
     *                     out, as the bundled samples' gold annotations do
     */
    public ArabicFigureFinder(boolean relativeDays) {
        this.relativeDays = relativeDays;
    }

    @Override
    public List<Figure> find(String text) {
        Doc doc = new Doc(text);
        List<Match> matches = new FigureScanner(doc, relativeDays).scan();
        Map<String, String> namedCurrency = namedCurrencies(matches);
        List<Figure> out = new ArrayList<>(matches.size());
        int lastEnd = 0;
        for (Match m : matches) {
            Span span = doc.span(m.from(), m.to());
            if (span.length() == 0 || span.start() < lastEnd) {
                continue; // cannot happen by construction; kept so a grammar bug never yields overlaps
            }
            String unit = m.unit();
            if (m.defaultUnit() && unit != null) {
                unit = namedCurrency.getOrDefault(unit, unit);
            }
            out.add(new Figure(span, m.kind(), m.value(), Optional.ofNullable(unit), m.approximate()));
            lastEnd = span.end();
        }
        return out;
    }

    /**
     * "دينار" alone is whatever dinar the article names elsewhere ("دينار كويتي"): map each
     * default code to the first explicitly named currency of the same noun family.
     */
    private static Map<String, String> namedCurrencies(List<Match> matches) {
        Map<String, String> family = Map.of("IQD", "دينار", "KWD", "دينار", "JOD", "دينار", "BHD", "دينار",
                "LYD", "دينار", "TND", "دينار", "DZD", "دينار", "SYP", "ليرة", "LBP", "ليرة", "TRY", "ليرة");
        Map<String, String> ofFamily = new HashMap<>();
        for (Match m : matches) {
            if (!m.defaultUnit() && m.unit() != null && family.containsKey(m.unit())) {
                ofFamily.putIfAbsent(family.get(m.unit()), m.unit());
            }
        }
        Map<String, String> riyal = Map.of("SAR", "ريال", "QAR", "ريال", "OMR", "ريال", "YER", "ريال", "IRR", "ريال",
                "EGP", "جنيه", "SDG", "جنيه", "GBP", "جنيه", "AED", "درهم", "MAD", "درهم");
        for (Match m : matches) {
            if (!m.defaultUnit() && m.unit() != null && riyal.containsKey(m.unit())) {
                ofFamily.putIfAbsent(riyal.get(m.unit()), m.unit());
            }
        }
        Map<String, String> out = new HashMap<>();
        Map<String, String> defaults = Map.of("IQD", "دينار", "SYP", "ليرة", "SAR", "ريال", "EGP", "جنيه", "AED", "درهم");
        defaults.forEach((code, fam) -> {
            if (ofFamily.containsKey(fam)) {
                out.put(code, ofFamily.get(fam));
            }
        });
        return out;
    }
}
