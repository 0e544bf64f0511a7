package org.mizan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A reader's decision on one flagged contradiction, anchored to both claims' text. */
public record Review(TextAnchor first, TextAnchor second, ContradictionKind kind, ReviewStatus status,
                     String note) implements Decision {

    public Review {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
    }

    @Override
    public List<TextAnchor> anchors() {
        return List.of(first, second);
    }

    @Override
    public Review withAnchors(List<TextAnchor> anchors) {
        return new Review(anchors.get(0), anchors.get(1), kind, status, note);
    }

    /**
     * All decisions for one article: contradiction verdicts, notes, and corrections of actors and
     * claims. Immutable; {@link #plus} and {@link #minus} give the updated sheet.
     */
    public record Sheet(List<Review> reviews, List<Note> notes, List<ActorCorrection> actors,
                        List<ClaimCorrection> claims) {

        public Sheet {
            reviews = List.copyOf(reviews);
            notes = List.copyOf(notes);
            actors = List.copyOf(actors);
            claims = List.copyOf(claims);
        }

        /** A sheet of contradiction verdicts only. */
        public Sheet(List<Review> reviews) {
            this(reviews, List.of(), List.of(), List.of());
        }

        public static Sheet empty() {
            return new Sheet(List.of());
        }

        /** A sheet holding exactly these decisions, each in its list, in the given order. */
        public static Sheet of(List<? extends Decision> decisions) {
            List<Review> r = new ArrayList<>();
            List<Note> n = new ArrayList<>();
            List<ActorCorrection> a = new ArrayList<>();
            List<ClaimCorrection> c = new ArrayList<>();
            for (Decision d : decisions) {
                switch (d) {
                    case Review x -> r.add(x);
                    case Note x -> n.add(x);
                    case ActorCorrection x -> a.add(x);
                    case ClaimCorrection x -> c.add(x);
                }
            }
            return new Sheet(r, n, a, c);
        }

        /** Every decision: reviews, then notes, then actor and claim corrections. */
        public List<Decision> decisions() {
            List<Decision> all = new ArrayList<>(size());
            all.addAll(reviews);
            all.addAll(notes);
            all.addAll(actors);
            all.addAll(claims);
            return List.copyOf(all);
        }

        public int size() {
            return reviews.size() + notes.size() + actors.size() + claims.size();
        }

        public boolean isEmpty() {
            return size() == 0;
        }

        public Sheet plus(Decision decision) {
            List<Decision> all = new ArrayList<>(decisions());
            all.add(Objects.requireNonNull(decision, "decision"));
            return of(all);
        }

        /** This sheet without {@code decision} (compared by value). */
        public Sheet minus(Decision decision) {
            List<Decision> all = new ArrayList<>(decisions());
            all.remove(decision);
            return of(all);
        }

        /** This sheet with {@code old} replaced by {@code replacement} in place. */
        public Sheet replace(Decision old, Decision replacement) {
            List<Decision> all = new ArrayList<>(decisions());
            int i = all.indexOf(old);
            if (i < 0) {
                throw new IllegalArgumentException("no such decision: " + old);
            }
            all.set(i, Objects.requireNonNull(replacement, "replacement"));
            return of(all);
        }
    }
}
