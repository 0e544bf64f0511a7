package org.mizan.analysis.contradictions;

import java.util.List;
import java.util.Optional;
import org.mizan.analysis.claims.ArabicRoots;
import org.mizan.analysis.claims.Lexicon;
import org.mizan.analysis.claims.Words;
import org.mizan.model.Figure;
import org.mizan.model.FigureKind;
import org.mizan.model.FigureValue;

/**
 * One figure of a claim read as a quantity: what is counted (predicate and unit families, level or
 * change) and the interval of values the wording allows ("أكثر من 300" is [300, ∞), "نحو 120" ±10%).
 */
record Quantity(ClaimView claim, Figure figure, String key, double low, double high, String shown) {

    /** Predicates that only state a level ("بلغ 9%", "وصل إلى 20 ألفاً"): the unit says what is measured. */
    private static final java.util.Set<String> LEVEL_VERBS = java.util.Set.of("بلغ", "وصل", "سجل", "قدر", "نهز",
            "جوز", "فوق", "رفع", "خفض", "رجع", "زود", "نقص", "قرب");

    private static final double APPROXIMATION = 0.1;

    static Optional<Quantity> of(ClaimView c, Figure f) {
        if (f.kind() == FigureKind.DATE || f.kind() == FigureKind.YEAR || f.kind() == FigureKind.ORDINAL
                || f.kind() == FigureKind.DURATION) {
            return Optional.empty();
        }
        double low;
        double high;
        switch (f.value()) {
            case FigureValue.Amount a -> {
                low = a.value();
                high = a.value();
            }
            case FigureValue.Range r -> {
                low = r.low();
                high = r.high();
            }
            default -> {
                return Optional.empty();
            }
        }
        String text = c.analysis().text();
        List<Words.Word> before = Words.tokens(text, Math.max(0, f.span().start() - 30), f.span().start());
        List<Words.Word> inside = Words.tokens(text, f.span().start(), f.span().end());
        boolean delta = false;
        Bound bound = Bound.EXACT;
        for (List<Words.Word> ws : List.of(tail(before, 3), head(inside, 3))) {
            for (Words.Word w : ws) {
                String k = Lexicon.bare(w.key());
                if (Lexicon.DELTA_MARKERS.contains(w.key()) || Lexicon.DELTA_MARKERS.contains(k)) {
                    delta = true;
                }
                if (Lexicon.LOWER_BOUND.contains(k)) {
                    bound = Bound.AT_LEAST;
                } else if (Lexicon.UPPER_BOUND.contains(k)) {
                    bound = Bound.AT_MOST;
                }
            }
        }
        if (bound == Bound.AT_LEAST) {
            high = Double.POSITIVE_INFINITY;
        } else if (bound == Bound.AT_MOST) {
            low = 0;
        } else if (f.approximate()) {
            low *= 1 - APPROXIMATION;
            high *= 1 + APPROXIMATION;
        }
        String unit = f.unit().map(u -> ArabicRoots.family(Words.key(u))).orElseGet(() -> nextWord(text, f));
        String predicate = LEVEL_VERBS.contains(c.predicate()) && !delta ? "=" : c.predicate();
        String kind = switch (f.kind()) {
            case PERCENT -> "%";
            case MONEY -> "$" + f.unit().orElse("");
            default -> "n";
        };
        String key = predicate + (delta ? "Δ" : "") + "|" + kind + "|" + unit;
        return Optional.of(new Quantity(c, f, key, low, high, f.span().of(text)));
    }

    private enum Bound { EXACT, AT_LEAST, AT_MOST }

    private static List<Words.Word> tail(List<Words.Word> ws, int n) {
        return ws.subList(Math.max(0, ws.size() - n), ws.size());
    }

    private static List<Words.Word> head(List<Words.Word> ws, int n) {
        return ws.subList(0, Math.min(n, ws.size()));
    }

    /** The counted noun right after a figure that carries no unit, or "" for none. */
    private static String nextWord(String text, Figure f) {
        List<Words.Word> after = Words.tokens(text, f.span().end(), Math.min(text.length(), f.span().end() + 30));
        for (Words.Word w : after) {
            if (w.punct()) {
                return "";
            }
            if (!Lexicon.STOP.contains(w.key())) {
                return ArabicRoots.family(w.key());
            }
        }
        return "";
    }

    /** True when no value satisfies both readings. */
    boolean conflicts(Quantity o) {
        if (high < o.low) {
            return o.low - high > 0.05 * Math.max(1, Math.abs(o.low));
        }
        if (o.high < low) {
            return low - o.high > 0.05 * Math.max(1, Math.abs(low));
        }
        return false;
    }

    /** How far apart the two readings are, 0 to 1. */
    double gap(Quantity o) {
        double a = Double.isInfinite(high) ? low : (low + high) / 2;
        double b = Double.isInfinite(o.high) ? o.low : (o.low + o.high) / 2;
        double m = Math.max(Math.abs(a), Math.abs(b));
        return m == 0 ? 0 : Math.min(1, Math.abs(a - b) / m);
    }
}
