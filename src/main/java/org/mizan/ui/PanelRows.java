package org.mizan.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.EntityType;
import org.mizan.model.Figure;
import org.mizan.model.FigureKind;
import org.mizan.model.FigureValue;
import org.mizan.model.Mention;
import org.mizan.model.ReviewStatus;
import org.mizan.model.Span;

/** The rows of the side panel, computed from an analysis; plain data, no views. */
public final class PanelRows {

    /** NumberFormat is costly to create and not thread-safe: one per thread, reused for every row. */
    private static final ThreadLocal<NumberFormat> NUMBER = ThreadLocal.withInitial(() -> {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.ROOT);
        nf.setGroupingUsed(true);
        nf.setMaximumFractionDigits(3);
        return nf;
    });

    private PanelRows() {
    }

    public record ActorRow(String canonical, EntityType type, boolean outlet, List<Span> mentions) {
        public int count() {
            return mentions.size();
        }
    }

    public record FigureRow(Figure figure, String text, String value, String unit) {
    }

    /** @param added the reader marked this claim by hand (the engine had missed it) */
    public record ClaimRow(Claim claim, String source, boolean named, String content, boolean added) {
    }

    public record ContradictionRow(ReviewItem item, String kind, double score, ReviewStatus status) {
    }

    /** Actors by canonical name, most mentioned first (ties in text order). */
    public static List<ActorRow> actors(Map<String, List<Mention>> groups) {
        List<ActorRow> rows = new ArrayList<>();
        groups.forEach((canonical, ms) -> rows.add(new ActorRow(canonical, ms.getFirst().type(),
                ms.stream().anyMatch(Mention::outlet), ms.stream().map(Mention::span).toList())));
        rows.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return rows;
    }

    public static List<FigureRow> figures(Analysis a) {
        return a.figures().stream().map(f -> new FigureRow(f, f.span().of(a.text()), value(f), f.unit().orElse("")))
                .toList();
    }

    /** A figure's normalised value for display: the number, the range, or the ISO date. */
    public static String value(Figure f) {
        NumberFormat nf = NUMBER.get();
        String v = switch (f.value()) {
            // a year is a name, not a quantity: 2014, never 2,014
            case FigureValue.Amount(double x) when f.kind() == FigureKind.YEAR && x == Math.rint(x) ->
                    Long.toString((long) x);
            case FigureValue.Amount(double x) -> nf.format(x);
            case FigureValue.Range(double lo, double hi) -> nf.format(lo) + "–" + nf.format(hi);
            case FigureValue.IsoDate(String iso) -> iso;
            case FigureValue.Unknown() -> "?";
        };
        return f.approximate() ? "≈ " + v : v;
    }

    /** Claims as "source → claim"; an agentless claim has an empty source. */
    public static List<ClaimRow> claims(Analysis a) {
        return a.claims().stream().map(c -> new ClaimRow(c,
                c.source().map(s -> s.span().of(a.text())).orElse(""),
                c.source().map(org.mizan.model.Source::named).orElse(false),
                c.span().of(a.text()), org.mizan.io.Corrections.readerAdded(c))).toList();
    }

    public static List<ContradictionRow> contradictions(List<ReviewItem> items, ReviewDecisions decisions) {
        return items.stream().map(it -> new ContradictionRow(it, it.contradiction().kind().name(),
                it.contradiction().score(), decisions.status(it))).toList();
    }
}
