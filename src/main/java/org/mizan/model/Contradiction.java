package org.mizan.model;

import java.util.List;
import java.util.Objects;

/**
 * Two claims that cannot both be true.
 *
 * @param id            stable within one analysis ("x1", "x2" ...)
 * @param kind          what conflicts
 * @param first         the first claim (earlier in the text)
 * @param second        the second claim
 * @param score         confidence from 0 to 1
 * @param explanationAr one sentence in Arabic naming both sources
 * @param explanationEn the same in English
 * @param repeats       other passages where the source of {@code first} or of {@code second} says the same
 *                      again (a headline and the tweet after it): one conflict, one flag, every passage reachable
 */
public record Contradiction(String id, ContradictionKind kind, ClaimRef first, ClaimRef second, double score,
                            String explanationAr, String explanationEn, List<ClaimRef> repeats) {

    /** A conflict stated once on each side. */
    public Contradiction(String id, ContradictionKind kind, ClaimRef first, ClaimRef second, double score,
                         String explanationAr, String explanationEn) {
        this(id, kind, first, second, score, explanationAr, explanationEn, List.of());
    }

    public Contradiction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score out of [0,1]: " + score);
        }
        Objects.requireNonNull(explanationAr, "explanationAr");
        Objects.requireNonNull(explanationEn, "explanationEn");
        repeats = List.copyOf(repeats);
    }
}
