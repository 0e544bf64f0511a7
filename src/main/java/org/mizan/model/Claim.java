package org.mizan.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An attributed statement.
 *
 * @param id       stable within one analysis ("c1", "c2" ...)
 * @param span     the reported content
 * @param source   who it is attributed to; empty for agentless reports (ذُكر أن)
 * @param via      outer sources of nested attribution (نقلت رويترز عن مصادر: Reuters is in via)
 * @param cue      the reporting cue's span (قال، ذكرت، نفى، بحسب ...)
 * @param polarity whether the content is affirmed or denied
 * @param hedged   true when the content is hedged (قد، ربما، من المتوقع ...)
 * @param frame    what the claim is about
 */
public record Claim(String id, Span span, Optional<Source> source, List<Source> via, Span cue,
                    Polarity polarity, boolean hedged, Frame frame) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(source, "source");
        via = List.copyOf(via);
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(frame, "frame");
    }
}
