package org.mizan.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.mizan.model.Actor;
import org.mizan.model.ActorCorrection;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.ClaimCorrection;
import org.mizan.model.Contradiction;
import org.mizan.model.Frame;
import org.mizan.model.Mention;
import org.mizan.model.Review;
import org.mizan.model.Source;
import org.mizan.model.Span;
import org.mizan.model.TextAnchor;

/**
 * Applies a reader's manual corrections of actors and claims to an analysis, so what the reader
 * fixed stays fixed after every re-analysis, after reopening and in the exports. Each correction
 * is found in the analysed text by its anchor (position, else quote and context, as
 * {@link Reattacher} does); one whose text is gone is skipped and reported by {@link #unapplied}.
 */
public final class Corrections {

    /** Ids of claims a reader added start with this; the engine's start with "c". */
    public static final String READER_CLAIM = "m";

    private Corrections() {
    }

    /** Whether {@code c} is a claim the reader marked by hand (not one the engine found). */
    public static boolean readerAdded(Claim c) {
        return c.id().startsWith(READER_CLAIM);
    }

    /** The ids of the claims a reader marked by hand in {@code analysis}. */
    public static Set<String> readerClaims(Analysis analysis) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Claim c : analysis.claims()) {
            if (readerAdded(c)) {
                out.add(c.id());
            }
        }
        return out;
    }

    /** {@code analysis} with the sheet's actor and claim corrections applied; the same object when there are none. */
    public static Analysis apply(Analysis analysis, Review.Sheet sheet) {
        if (sheet.actors().isEmpty() && sheet.claims().isEmpty()) {
            return analysis;
        }
        String text = analysis.text();
        List<Mention> mentions = new ArrayList<>(analysis.mentions());
        // Renamed canonicals, so claim sources that named the old actor name the new one.
        Map<String, String> renamed = new LinkedHashMap<>();
        for (ActorCorrection c : sheet.actors()) {
            Optional<Span> at = locate(c.anchor(), text);
            if (at.isEmpty()) {
                continue;
            }
            Span span = at.get();
            Optional<Mention> found = mentions.stream().filter(m -> m.span().equals(span)).findFirst();
            switch (c.action()) {
                case REMOVE -> mentions.removeIf(m -> m.span().equals(span));
                case CHANGE, ADD -> {
                    Mention old = found.orElse(null);
                    String canonical = c.canonical().filter(s -> !s.isBlank())
                            .orElse(old != null ? old.canonical() : span.of(text).strip());
                    if (canonical.isBlank()) {
                        continue;
                    }
                    Mention updated = new Mention(span, c.type().orElse(old != null ? old.type()
                            : org.mizan.model.EntityType.PERSON), canonical, old != null && old.outlet());
                    if (old != null && !old.canonical().equals(canonical)) {
                        renamed.putIfAbsent(old.canonical(), canonical);
                    }
                    // A marked span replaces whatever the engine found overlapping it.
                    mentions.removeIf(m -> m.span().overlaps(span));
                    mentions.add(updated);
                }
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));

        List<Claim> claims = new ArrayList<>(analysis.claims());
        Set<String> removedClaims = new HashSet<>();
        int added = 0;
        for (ClaimCorrection c : sheet.claims()) {
            Optional<Span> at = locate(c.content(), text);
            if (at.isEmpty()) {
                continue;
            }
            Span span = at.get();
            Optional<Span> sourceSpan = c.source().flatMap(s -> locate(s, text));
            int index = indexOf(claims, span);
            switch (c.action()) {
                case REMOVE -> {
                    if (index >= 0) {
                        removedClaims.add(claims.remove(index).id());
                    }
                }
                case CHANGE, ADD -> {
                    if (index >= 0) {
                        Claim old = claims.get(index);
                        claims.set(index, new Claim(old.id(), old.span(),
                                sourceSpan.map(s -> source(s, mentions)).or(old::source), old.via(), old.cue(),
                                c.polarity().orElse(old.polarity()), old.hedged(), old.frame()));
                    } else {
                        claims.add(new Claim(READER_CLAIM + ++added, span, sourceSpan.map(s -> source(s, mentions)), List.of(),
                                new Span(span.start(), span.start()), c.polarity().orElse(org.mizan.model.Polarity.AFFIRMED),
                                false, new Frame("", List.of(), List.of(), List.of(), Optional.empty())));
                    }
                }
            }
        }
        claims.sort((a, b) -> a.span().compareTo(b.span()));
        List<Claim> renamedSources = claims.stream().map(c -> withRenamedSource(c, renamed)).toList();
        List<Contradiction> contradictions = analysis.contradictions().stream()
                .filter(x -> !removedClaims.contains(x.first().claimId()) && !removedClaims.contains(x.second().claimId()))
                .toList();
        return new Analysis(analysis.article(), mentions, actors(mentions), analysis.figures(), renamedSources,
                contradictions);
    }

    /** The corrections of {@code sheet} that no longer find their text in {@code text}. */
    public static List<org.mizan.model.Decision> unapplied(Review.Sheet sheet, String text) {
        List<org.mizan.model.Decision> out = new ArrayList<>();
        for (ActorCorrection c : sheet.actors()) {
            if (locate(c.anchor(), text).isEmpty()) {
                out.add(c);
            }
        }
        for (ClaimCorrection c : sheet.claims()) {
            if (locate(c.content(), text).isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    private static Optional<Span> locate(TextAnchor anchor, String text) {
        return Reattacher.locate(anchor, text).map(Anchors::span);
    }

    private static int indexOf(List<Claim> claims, Span span) {
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).span().equals(span)) {
                return i;
            }
        }
        return -1;
    }

    /** A source the reader set: named when an actor is mentioned in it, with that actor's canonical name. */
    private static Source source(Span span, List<Mention> mentions) {
        Optional<Mention> actor = mentions.stream().filter(m -> span.contains(m.span())).findFirst();
        return new Source(span, actor.isPresent(), OptionalInt.empty(), actor.map(Mention::canonical));
    }

    private static Claim withRenamedSource(Claim c, Map<String, String> renamed) {
        if (renamed.isEmpty() || c.source().isEmpty() || c.source().get().canonical().isEmpty()) {
            return c;
        }
        Source s = c.source().get();
        String now = renamed.get(s.canonical().get());
        if (now == null) {
            return c;
        }
        return new Claim(c.id(), c.span(), Optional.of(new Source(s.span(), s.named(), s.count(), Optional.of(now))),
                c.via(), c.cue(), c.polarity(), c.hedged(), c.frame());
    }

    /** Actors grouped by canonical name in order of first mention; the type is the first mention's. */
    private static List<Actor> actors(List<Mention> mentions) {
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        for (Mention m : mentions) {
            groups.computeIfAbsent(m.canonical(), k -> new ArrayList<>()).add(m);
        }
        List<Actor> out = new ArrayList<>();
        groups.forEach((canonical, ms) -> out.add(new Actor(canonical, ms.getFirst().type(), ms)));
        return out;
    }
}
