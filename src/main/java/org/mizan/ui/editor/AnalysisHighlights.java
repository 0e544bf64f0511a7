package org.mizan.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.Contradiction;
import org.mizan.model.Figure;
import org.mizan.model.Mention;

/** The standard highlight classes for an analysis (views may add or drop some). */
public final class AnalysisHighlights {

    private AnalysisHighlights() {
    }

    public static List<Highlight> of(Analysis analysis) {
        List<Highlight> out = new ArrayList<>();
        for (Claim c : analysis.claims()) {
            out.add(new Highlight(c.cue(), "hl-claim-cue"));
            c.source().ifPresent(s -> out.add(new Highlight(s.span(), "hl-claim-source")));
        }
        for (Contradiction x : analysis.contradictions()) {
            for (var ref : List.of(x.first(), x.second())) {
                if (ref.article().equals(analysis.article().source())) {
                    analysis.claim(ref.claimId()).ifPresent(c -> out.add(new Highlight(c.span(), "hl-contradiction")));
                }
            }
        }
        for (Mention m : analysis.mentions()) {
            out.add(new Highlight(m.span(), switch (m.type()) {
                case PERSON -> "hl-person";
                case ORGANIZATION -> "hl-org";
                case LOCATION -> "hl-location";
                case MISC -> "hl-misc";
            }));
        }
        for (Figure f : analysis.figures()) {
            out.add(new Highlight(f.span(), "hl-figure"));
        }
        return out;
    }
}
