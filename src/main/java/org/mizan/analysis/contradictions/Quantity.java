package org.mizan.analysis.contradictions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mizan.analysis.claims.ArabicRoots;
import org.mizan.analysis.claims.Lexicon;
import org.mizan.analysis.claims.Words;
import org.mizan.model.Figure;
import org.mizan.model.FigureKind;
import org.mizan.model.FigureValue;

/**
 * One figure of a claim read as a quantity: what is counted and the interval of values the wording
 * allows ("أكثر من 300" is [300, ∞), "نحو 120" is 120 ± 10%). What is counted comes from the words
 * around the figure: a news concept when one is named (the dead, the injured, the displaced, the
 * held, the freed: "17 شخصاً لقوا حتفهم" and "31 قتيلاً" are one quantity), else the nouns that lead
 * up to it ("معدل البطالة ... 9%", "العجز الفعلي ... 1.5 تريليون").
 *
 * @param block    the blocking key: figure kind, unit class, level or change
 * @param concept  the news concept the figure counts: the nearest one named before it, else its unit's, else after it
 * @param nouns    the families of the words leading up to the figure
 */
record Quantity(ClaimView claim, Figure figure, String block, Optional<String> concept, Set<String> nouns,
                Set<String> within, Bound bound, double low, double high, String shown) {

    private static final double APPROXIMATION = 0.1;
    private static final int WINDOW = 3;

    /** Units that count people: the concept, not the unit word, tells such quantities apart. */
    private static final Set<String> PERSON_UNITS = Set.of("شخص", "فرد", "وطن", "نسم", "قتل", "جرح", "نزح", "حجز",
            "عقل", "سجن", "اسر", "ضحي", "صوب", "شهد");

    /**
     * @param nearby the figures touching the claim's span (all this reads: scanning the article's every
     *               figure for each word made long articles quadratic)
     */
    static Optional<Quantity> of(ClaimView c, Figure f, List<Figure> nearby,
                                 org.mizan.analysis.claims.WordForms.Table forms) {
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
        List<Words.Word> content = c.words();
        List<Words.Word> inside = Words.tokens(text, f.span().start(), f.span().end(), forms);
        List<Words.Word> before = new java.util.ArrayList<>();
        List<Words.Word> after = new java.util.ArrayList<>();
        for (Words.Word w : content) {
            if (w.end() <= f.span().start()) {
                before.add(w);
            } else if (w.start() >= f.span().end()) {
                after.add(w);
            }
        }
        boolean delta = false;
        Bound bound = Bound.EXACT;
        List<Words.Word> near = new java.util.ArrayList<>(before.subList(Math.max(0, before.size() - 3), before.size()));
        near.addAll(inside.subList(0, Math.min(3, inside.size())));
        for (int i = 0; i < near.size(); i++) {
            Words.Word w = near.get(i);
            String k = Lexicon.bare(w.key());
            if (Lexicon.DELTA_MARKERS.contains(w.key()) || Lexicon.DELTA_MARKERS.contains(k)) {
                delta = true;
            }
            // a negated bound turns over: "لا يتجاوز 500" is at most 500, "لا يقل عن 180" at least 180
            boolean negated = i > 0 && Lexicon.NEGATORS.contains(near.get(i - 1).key());
            if (Lexicon.LOWER_BOUND.contains(k)) {
                bound = negated ? Bound.AT_MOST : Bound.AT_LEAST;
            } else if (Lexicon.UPPER_BOUND.contains(k)) {
                bound = negated ? Bound.AT_LEAST : Bound.AT_MOST;
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
        String unit = f.unit().map(u -> f.kind() == FigureKind.MONEY ? u : ArabicRoots.family(Words.key(u)))
                .orElse("");
        Set<String> nouns = new LinkedHashSet<>();
        List<String> leftward = new java.util.ArrayList<>();
        List<String> rightward = new java.util.ArrayList<>();
        List<String> own = new java.util.ArrayList<>();
        for (Words.Word w : inside) {
            concept(w, own);
        }
        collect(before.reversed(), nearby, unit, nouns, leftward, true);
        collect(after, nearby, unit, new LinkedHashSet<>(), rightward, false);
        // "أفرجت عن 120 محتجزاً من السجن": the verb before the figure says what is counted
        Optional<String> concept = leftward.stream().findFirst()
                .or(() -> own.stream().reduce((x, y) -> y))
                .or(() -> rightward.stream().findFirst());
        String unitClass = PERSON_UNITS.contains(unit) ? "people" : unit;
        String kind = switch (f.kind()) {
            case PERCENT -> "%";
            case MONEY -> "money";
            default -> "n";
        };
        String block = kind + "|" + unitClass + (delta ? "|Δ" : "");
        return Optional.of(new Quantity(c, f, block, concept, nouns, within(before), bound, low, high,
                f.span().of(text)));
    }

    /** Words that narrow a quantity to part of a population: "البطالة بين الشباب", "لدى النساء", "في صفوف". */
    private static final Set<String> NARROWING = Set.of("بين", "لدي", "صفوف", "ضمن");

    /**
     * The groups a quantity is narrowed to in the words just before its figure ("البطالة بين الشباب
     * تصل إلى 40%": the young): youth unemployment is not the unemployment rate.
     */
    private static Set<String> within(List<Words.Word> before) {
        Set<String> groups = new LinkedHashSet<>();
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - WINDOW - 2); i--) {
            Words.Word w = before.get(i);
            if (w.punct() && "،,؛;:.".indexOf(w.key().charAt(0)) >= 0) {
                break;
            }
            if (NARROWING.contains(Lexicon.bare(w.key())) && i + 1 < before.size() && !before.get(i + 1).punct()) {
                groups.add(before.get(i + 1).family());
            }
        }
        return groups;
    }

    /** Reads up to WINDOW content words away from the figure, stopping at a clause break or another figure. */
    private static void collect(List<Words.Word> words, List<Figure> nearby, String unit, Set<String> nouns,
                                List<String> concepts, boolean leftward) {
        int taken = 0;
        for (Words.Word w : words) {
            if (taken >= WINDOW || w.punct() && "،,؛;:.".indexOf(w.key().charAt(0)) >= 0 || inFigure(nearby, w)) {
                return;
            }
            if (w.punct() || Lexicon.STOP.contains(w.key()) || Lexicon.in(Lexicon.HEDGES, w.key())
                    || Lexicon.NEGATORS.contains(w.key()) || Lexicon.LOWER_BOUND.contains(Lexicon.bare(w.key()))
                    || Lexicon.UPPER_BOUND.contains(Lexicon.bare(w.key()))) {
                continue;
            }
            boolean conjoined = ArabicRoots.hasConjunction(w.key());
            if (conjoined && !leftward) {
                return;                         // "17 لقوا حتفهم وأُصيب ...": the next clause is another figure's
            }
            taken++;
            concept(w, concepts);
            String fam = w.family();
            if (!fam.equals(unit) && !Lexicon.GENERIC_QUANTITY_WORDS.contains(fam)
                    && !org.mizan.analysis.claims.FrameReader.isVerbLike(w.key())) {
                nouns.add(fam);
            }
            if (conjoined) {
                return;                         // "وأُصيب أكثر من 60": the conjoined verb starts this clause
            }
        }
    }

    private static void concept(Words.Word w, List<String> concepts) {
        String concept = Lexicon.QUANTITY_CONCEPTS.get(w.family());
        if (concept != null) {
            concepts.add(concept);
        }
    }

    private static boolean inFigure(List<Figure> nearby, Words.Word w) {
        return nearby.stream().anyMatch(f -> f.span().overlaps(w.span()));
    }

    /** How the wording bounds the value. */
    enum Bound { EXACT, AT_LEAST, AT_MOST }

    /** The figure as written, with its bound added when the bound word lies outside it ("تجاوز 120 شخصاً"). */
    String shownAr() {
        boolean written = Words.tokens(shown, 0, shown.length()).stream().map(w -> Lexicon.bare(w.key()))
                .anyMatch(k -> Lexicon.LOWER_BOUND.contains(k) || Lexicon.UPPER_BOUND.contains(k));
        if (written || bound == Bound.EXACT) {
            return shown;
        }
        return shown + (bound == Bound.AT_LEAST ? " على الأقل" : " على الأكثر");
    }

    /** The reading in English digits: "about 200", "at least 340", "45", "3.2%". */
    String shownEn() {
        String unit = figure.kind() == FigureKind.PERCENT ? "%" : figure.kind() == FigureKind.MONEY
                ? " " + figure.unit().orElse("") : "";
        return switch (bound) {
            case AT_LEAST -> "at least " + number(low) + unit;
            case AT_MOST -> "at most " + number(high) + unit;
            case EXACT -> {
                double lo = figure.value() instanceof FigureValue.Range r ? r.low() : low;
                double hi = figure.value() instanceof FigureValue.Range r ? r.high() : high;
                if (figure.approximate() && !(figure.value() instanceof FigureValue.Range)) {
                    yield "about " + number((low + high) / 2) + unit;
                }
                yield (lo == hi ? number(lo) : number(lo) + "–" + number(hi)) + unit;
            }
        };
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(java.util.Locale.ROOT, "%,d", (long) v);
        }
        return String.format(java.util.Locale.ROOT, "%,.2f", v).replaceAll("0+$", "");
    }

    /** Whether the two figures measure the same thing: the same concept, or (with none named) a shared noun. */
    boolean sameQuantity(Quantity o) {
        if (!figure.unit().equals(o.figure.unit()) && figure.kind() == FigureKind.MONEY) {
            return false;
        }
        if (!within.equals(o.within)) {
            return false;                       // the rate among the young against the overall rate
        }
        if (concept.isPresent() || o.concept.isPresent()) {
            return concept.equals(o.concept);
        }
        return nouns.stream().anyMatch(o.nouns::contains);
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
