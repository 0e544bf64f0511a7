package org.mizan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reader's correction of one attributed claim.
 *
 * @param content  the claim's reported content
 * @param action   add a missed claim, remove a wrong one, or change its details
 * @param source   the corrected source's words, if the reader set one
 * @param polarity the corrected polarity, if the reader set one; for a claim the reader added, what its
 *                 source does with the words (AFFIRMED: says them, NEGATED: denies them), the claim's
 *                 polarity then being read from the words as for a found claim
 */
public record ClaimCorrection(TextAnchor content, CorrectionAction action, Optional<TextAnchor> source,
                              Optional<Polarity> polarity) implements Decision {

    public ClaimCorrection {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(polarity, "polarity");
    }

    @Override
    public List<TextAnchor> anchors() {
        List<TextAnchor> all = new ArrayList<>(2);
        all.add(content);
        source.ifPresent(all::add);
        return List.copyOf(all);
    }

    @Override
    public ClaimCorrection withAnchors(List<TextAnchor> anchors) {
        return new ClaimCorrection(anchors.getFirst(), action,
                source.isPresent() ? Optional.of(anchors.get(1)) : Optional.empty(), polarity);
    }
}
