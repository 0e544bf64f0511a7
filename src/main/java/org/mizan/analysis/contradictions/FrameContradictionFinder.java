package org.mizan.analysis.contradictions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mizan.analysis.ClaimNotes;
import org.mizan.analysis.ContradictionFinder;
import org.mizan.analysis.claims.ClaimReadings;
import org.mizan.analysis.claims.Lexicon;
import org.mizan.analysis.claims.SpanIndex;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.ClaimRef;
import org.mizan.model.Contradiction;
import org.mizan.model.ContradictionKind;
import org.mizan.model.Figure;
import org.mizan.model.Mention;

/**
 * Pairs claims that cannot both be true by comparing their frames. Candidates are blocked by
 * predicate family and place (and, for figures, by kind and unit), so only claims about the same
 * kind of event in the same place are ever compared: the cost grows with the size of the blocks,
 * not with the square of the number of claims.
 * <ul>
 *   <li>POLARITY: same predicate, compatible actors and places, opposite polarity, no stated change
 *       over time;</li>
 *   <li>NUMERIC: the same quantity (predicate, unit, level or change) with values no reading of both
 *       wordings can reconcile;</li>
 *   <li>DATE: the same event dated differently.</li>
 * </ul>
 * Claims from the same source are not paired: a source revising itself is not a conflict of sources.
 */
public final class FrameContradictionFinder implements ContradictionFinder {

    /** A conflict found; its explanation is written only if it is kept (most are, but not in a retold story). */
    private record Found(ContradictionKind kind, ClaimView first, ClaimView second, double score,
                         java.util.function.Supplier<String[]> text) {
    }

    /**
     * A block larger than this is a story told over and over (a feed retelling it, an article
     * pasted many times): each claim in it is compared with the BLOCK_REACH claims nearest to it in
     * reading order, not with every retelling, so the search stays linear in the claims.
     */
    static final int BLOCK_REACH = 64;

    /**
     * At most this many contradictions per claim, the best-scoring ones: a report retold a hundred
     * times conflicts with every retelling of its denial, and a reader gains nothing from the
     * hundredth flag on the same claim (and the search would spend its time writing them).
     */
    static final int MAX_PER_CLAIM = 6;

    @Override
    public List<Contradiction> find(List<Analysis> analyses) {
        return find(analyses, ClaimNotes.NONE);
    }

    /** With the claim finder's {@link ClaimReadings}, a claim it read is not read again. */
    @Override
    public List<Contradiction> find(List<Analysis> analyses, ClaimNotes notes) {
        ClaimReadings known = notes instanceof ClaimReadings r ? r : null;
        List<ClaimView> views = new ArrayList<>();
        // a claim is read against the mentions and figures in its own span: indexed once per article,
        // since scanning every article-wide list per claim made long articles quadratic
        Map<Analysis, SpanIndex<Figure>> figureIndex = new java.util.IdentityHashMap<>();
        ClaimView.Reading reading = new ClaimView.Reading();
        for (Analysis a : analyses) {
            SpanIndex<Mention> mentions = new SpanIndex<>(a.mentions(), Mention::span);
            SpanIndex<Figure> figures = figureIndex.computeIfAbsent(a, k -> new SpanIndex<>(k.figures(), Figure::span));
            for (Claim c : a.claims()) {
                if (c.frame().predicate().isEmpty()) {
                    continue;
                }
                ClaimView v = ClaimView.of(views.size(), a, c, mentions.touching(c.span()), figures.touching(c.span()),
                        reading, known == null ? null : known.of(c));
                if (v.cue() != Lexicon.CueKind.DIRECT) {
                    views.add(v);               // a call for something asserts nothing
                }
            }
        }
        List<Found> found = new ArrayList<>();
        java.util.Set<Long> compared = new java.util.HashSet<>();
        // Blocks by frame: a predicate family and an argument. Claims naming a place are compared within
        // their places (two places never conflict); a claim naming no place is compatible with every place,
        // so it is compared with the family's claims that share an actor with it, or, naming no actor
        // either, with the whole family.
        Map<String, List<ClaimView>> byPlace = new LinkedHashMap<>();
        Map<String, List<ClaimView>> byActor = new LinkedHashMap<>();
        Map<String, List<ClaimView>> byPredicate = new LinkedHashMap<>();
        Map<String, List<ClaimView>> actorless = new LinkedHashMap<>();
        for (ClaimView v : views) {
            byPredicate.computeIfAbsent(v.predicate(), k -> new ArrayList<>()).add(v);
            if (v.actors().isEmpty()) {
                actorless.computeIfAbsent(v.predicate(), k -> new ArrayList<>()).add(v);
            }
            for (String place : v.places()) {
                byPlace.computeIfAbsent(v.predicate() + "|" + place, k -> new ArrayList<>()).add(v);
            }
            for (String actor : v.actors()) {
                byActor.computeIfAbsent(v.predicate() + "|" + actor, k -> new ArrayList<>()).add(v);
            }
        }
        for (List<ClaimView> block : byPlace.values()) {
            Blocks.pairs(block, BLOCK_REACH, (a, b) -> compareOnce(a, b, compared, found));
        }
        for (ClaimView a : views) {
            if (!a.places().isEmpty()) {
                continue;
            }
            if (a.actors().isEmpty()) {
                Blocks.near(byPredicate.get(a.predicate()), a, ClaimView::order, BLOCK_REACH,
                        b -> compareOnce(a, b, compared, found));
                continue;
            }
            for (String actor : a.actors()) {
                Blocks.near(byActor.get(a.predicate() + "|" + actor), a, ClaimView::order, BLOCK_REACH,
                        b -> compareOnce(a, b, compared, found));
            }
            // an actorless claim may still be anchored by place or wording: compare with those too
            Blocks.near(actorless.getOrDefault(a.predicate(), List.of()), a, ClaimView::order, BLOCK_REACH,
                    b -> compareOnce(a, b, compared, found));
        }
        // Quantities: blocked by kind, unit and what is counted (the concept, else each leading noun),
        // then by place as frames are
        Map<String, List<Quantity>> byQuantity = new LinkedHashMap<>();
        for (ClaimView v : views) {
            List<Figure> nearby = figureIndex.get(v.analysis()).touching(v.claim().span());
            for (Figure f : nearby) {
                if (v.claim().frame().figures().contains(f.span())) {
                    Quantity.of(v, f, nearby, reading.forms).ifPresent(q -> {
                        List<String> what = q.concept().map(List::of).orElseGet(
                                () -> q.nouns().stream().map(n -> "~" + n).toList());
                        for (String w : what) {
                            byQuantity.computeIfAbsent(q.block() + "|" + w, k -> new ArrayList<>()).add(q);
                        }
                    });
                }
            }
        }
        java.util.Set<QuantityPair> comparedQuantities = new java.util.HashSet<>();
        for (List<Quantity> block : byQuantity.values()) {
            Map<String, List<Quantity>> byQuantityPlace = new LinkedHashMap<>();
            for (Quantity q : block) {
                for (String place : q.claim().places()) {
                    byQuantityPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(q);
                }
            }
            for (List<Quantity> placed : byQuantityPlace.values()) {
                Blocks.pairs(placed, BLOCK_REACH, (p, q) -> compareQuantitiesOnce(p, q, comparedQuantities, found));
            }
            for (Quantity p : block) {
                if (p.claim().places().isEmpty()) {
                    Blocks.near(block, p, q -> q.claim().order(), BLOCK_REACH,
                            q -> compareQuantitiesOnce(p, q, comparedQuantities, found));
                }
            }
        }
        found.sort(Comparator.comparingDouble(Found::score).reversed()
                .thenComparingInt(f -> f.first().order())
                .thenComparingInt(f -> f.second().order()));
        int[] said = Repeats.firstSaying(views);
        List<Kept> kept = new ArrayList<>();
        Map<Long, Kept> byStatements = new java.util.HashMap<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        int[] taken = new int[views.size()];
        for (Found f : found) {
            int i = f.first().order();
            int j = f.second().order();
            if (!seen.add(pairKey(i, j))) {
                continue;                       // one flag per pair: the strongest reason
            }
            // one source saying the same twice (a headline, then the tweet after it) is one statement:
            // its copies join the flag already kept for that statement instead of making their own
            long statements = pairKey(Math.min(said[i], said[j]), Math.max(said[i], said[j]));
            Kept same = byStatements.get(statements);
            if (same != null) {
                same.repeat(f.first());
                same.repeat(f.second());
                continue;
            }
            if (taken[i] >= MAX_PER_CLAIM || taken[j] >= MAX_PER_CLAIM) {
                continue;                       // found in score order, so the claim keeps its best ones
            }
            taken[i]++;
            taken[j]++;
            Kept k = new Kept(f, new LinkedHashMap<>());
            kept.add(k);
            byStatements.put(statements, k);
        }
        List<Contradiction> out = new ArrayList<>();
        for (Kept k : kept) {
            String[] text = k.found().text().get();
            out.add(new Contradiction("x" + (out.size() + 1), k.found().kind(), ref(k.found().first()),
                    ref(k.found().second()), round(k.found().score()), text[0], text[1],
                    k.repeats().values().stream().map(FrameContradictionFinder::ref).toList()));
        }
        return out;
    }

    /**
     * A flag kept, with the copies of its claims that the same sources stated again, keyed by claim
     * order: a view's own hash code walks its whole analysis, which made a story retold hundreds of
     * times cost seconds here.
     */
    private record Kept(Found found, Map<Integer, ClaimView> repeats) {
        void repeat(ClaimView v) {
            if (v != found.first() && v != found.second()) {
                repeats.putIfAbsent(v.order(), v);
            }
        }
    }

    /**
     * One key per ordered pair of claim numbers, for hash sets. {@code (i << 32) | j} alone hashes to
     * {@code i ^ j}, so the pairs of neighbouring claims, which the blocks compare most, crowd into
     * the same buckets; multiplying by an odd constant is one-to-one and spreads them.
     */
    static long pairKey(int i, int j) {
        return (((long) i << 32) | (j & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
    }

    /** Two figures of two claims, compared once however many blocks hold both. */
    private record QuantityPair(int first, int firstAt, int second, int secondAt) {
        @Override
        public int hashCode() {
            // the record's own hash (31 * h + x) collides for nearby claims and offsets; see pairKey
            return Long.hashCode(pairKey(first, second) ^ pairKey(firstAt, secondAt) * 0xC2B2AE3D27D4EB4FL);
        }
    }

    private static void compareQuantitiesOnce(Quantity p, Quantity q, java.util.Set<QuantityPair> compared,
                                              List<Found> found) {
        if (p == q) {
            return;
        }
        Quantity first = p.claim().order() < q.claim().order()
                || p.claim().order() == q.claim().order() && p.figure().span().start() <= q.figure().span().start() ? p : q;
        Quantity second = first == p ? q : p;
        QuantityPair key = new QuantityPair(first.claim().order(), first.figure().span().start(),
                second.claim().order(), second.figure().span().start());
        if (compared.add(key)) {
            compareQuantities(first, second).ifPresent(found::add);
        }
    }

    private static void compareOnce(ClaimView a, ClaimView b, java.util.Set<Long> compared, List<Found> found) {
        if (a == b) {
            return;
        }
        ClaimView first = a.order() < b.order() ? a : b;
        ClaimView second = first == a ? b : a;
        if (compared.add(pairKey(first.order(), second.order()))) {
            compareFrames(first, second).ifPresent(found::add);
        }
    }

    private static ClaimRef ref(ClaimView v) {
        return new ClaimRef(v.article(), v.claim().id());
    }

    private static double round(double s) {
        return Math.round(Math.max(0, Math.min(1, s)) * 100) / 100.0;
    }

    private static boolean sameSource(ClaimView a, ClaimView b) {
        return a.sourceKey().equals(b.sourceKey());
    }

    private static Optional<Found> compareFrames(ClaimView a, ClaimView b) {
        if (sameSource(a, b) || !a.compatible(b)) {
            return Optional.empty();
        }
        Optional<String> ta = a.claim().frame().time();
        Optional<String> tb = b.claim().frame().time();
        boolean timesDiffer = ta.isPresent() && tb.isPresent() && !datesAgree(ta.get(), tb.get());
        if (a.polarity() != b.polarity() && timesDiffer && notBefore(a, b)) {
            // "ستُعقد في 5 شباط" against "لن تُعقد قبل 20 آذار": one event, two incompatible dates
            ClaimView neg = a.polarity() == org.mizan.model.Polarity.NEGATED ? a : b;
            ClaimView pos = neg == a ? b : a;
            double score = 0.6 - (a.claim().hedged() || b.claim().hedged() ? 0.15 : 0);
            return Optional.of(new Found(ContradictionKind.DATE, a, b, score, () -> Explanations.notBefore(pos,
                    pos.claim().frame().time().orElseThrow(), neg, neg.claim().frame().time().orElseThrow())));
        }
        if (a.polarity() != b.polarity()) {
            // "was not ready ..." against "is now ...", or two different dates: a change, not a conflict
            if (timesDiffer || a.change() || b.change() || a.pastState() != b.pastState()) {
                return Optional.empty();
            }
            double score = 0.55;
            if (ClaimView.share(a.places(), b.places())) {
                score += 0.15;
            }
            if (ClaimView.share(a.actors(), b.actors())) {
                score += 0.1;
            }
            if (a.themeOverlap(b) > 0) {
                score += 0.05;
            }
            if (a.antonym() != b.antonym()) {
                score -= 0.1;                   // "stay" against "withdraw" is one inference away
            }
            if (a.claim().hedged() || b.claim().hedged()) {
                score -= 0.15;
            }
            if (a.claim().source().isEmpty() || b.claim().source().isEmpty()) {
                score -= 0.05;
            }
            return Optional.of(new Found(ContradictionKind.POLARITY, a, b, score, () -> Explanations.polarity(a, b)));
        }
        if (timesDiffer && a.sameSubjectHead(b) && !a.change() && !b.change()) {
            double score = 0.6 - (a.claim().hedged() || b.claim().hedged() ? 0.15 : 0);
            return Optional.of(new Found(ContradictionKind.DATE, a, b, score,
                    () -> Explanations.date(a, ta.get(), b, tb.get())));
        }
        return Optional.empty();
    }

    /**
     * "لن تُعقد قبل 20 آذار": the negated claim bounds the date from below; the affirmed one dates the
     * same event (same subject head) before that bound.
     */
    private static boolean notBefore(ClaimView a, ClaimView b) {
        ClaimView neg = a.polarity() == org.mizan.model.Polarity.NEGATED ? a : b;
        ClaimView pos = neg == a ? b : a;
        if (!a.sameSubjectHead(b) || !neg.beforeDate()) {
            return false;
        }
        String bound = monthDay(neg.claim().frame().time().orElseThrow());
        String date = monthDay(pos.claim().frame().time().orElseThrow());
        return !bound.isEmpty() && !date.isEmpty() && date.compareTo(bound) < 0;
    }

    /** "--03-20" and "2024-03-20" both give "03-20"; a year alone gives "". */
    private static String monthDay(String iso) {
        String s = iso.startsWith("--") ? iso.substring(2) : iso.length() > 5 ? iso.substring(5) : "";
        return s;
    }

    /** Dates agree when one is a refinement of the other ("2024-03" and "2024-03-12"). */
    static boolean datesAgree(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    private static Optional<Found> compareQuantities(Quantity p, Quantity q) {
        ClaimView a = p.claim();
        ClaimView b = q.claim();
        // the claims' own polarity: "انخفض إلى 9%" and "يبلغ 14%" both assert a level
        if (a == b || sameSource(a, b) || a.claim().polarity() != b.claim().polarity() || !p.sameQuantity(q)
                || !p.conflicts(q)) {
            return Optional.empty();
        }
        if (ClaimView.disjoint(a.places(), b.places()) || ClaimView.disjoint(a.actors(), b.actors())) {
            return Optional.empty();
        }
        Optional<String> ta = a.claim().frame().time();
        Optional<String> tb = b.claim().frame().time();
        if (ta.isPresent() && tb.isPresent() && !datesAgree(ta.get(), tb.get())) {
            return Optional.empty();            // the same quantity at two times may well differ
        }
        ClaimView first = a.order() <= b.order() ? a : b;
        Quantity fq = first == a ? p : q;
        Quantity sq = first == a ? q : p;
        ClaimView second = first == a ? b : a;
        double score = 0.6 + 0.3 * p.gap(q) - (a.claim().hedged() || b.claim().hedged() ? 0.15 : 0);
        return Optional.of(new Found(ContradictionKind.NUMERIC, first, second, score,
                () -> Explanations.numeric(first, fq, second, sq)));
    }


}
