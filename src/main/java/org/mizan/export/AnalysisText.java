package org.mizan.export;

import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.Contradiction;
import org.mizan.model.Figure;
import org.mizan.model.Mention;

/** The human-readable {@code mizan analyze --format text} report. */
public final class AnalysisText {

    private AnalysisText() {
    }

    public static String write(Analysis a) {
        String text = a.text();
        StringBuilder sb = new StringBuilder();
        sb.append(a.article().source()).append(" (").append(text.length()).append(" chars)\n");
        sb.append("\nEntities: ").append(a.mentions().size()).append('\n');
        for (Mention m : a.mentions()) {
            sb.append(String.format("  [%d,%d) %-12s %s -> %s%n", m.span().start(), m.span().end(), m.type(),
                    m.span().of(text), m.canonical()));
        }
        sb.append("\nFigures: ").append(a.figures().size()).append('\n');
        for (Figure f : a.figures()) {
            sb.append(String.format("  [%d,%d) %-9s %s = %s%s%n", f.span().start(), f.span().end(), f.kind(),
                    f.span().of(text), f.value(), f.approximate() ? " (approx.)" : ""));
        }
        sb.append("\nClaims: ").append(a.claims().size()).append('\n');
        for (Claim c : a.claims()) {
            sb.append(String.format("  %s %s %s: %s%n", c.id(), c.polarity(),
                    c.source().map(s -> s.span().of(text)).orElse("(agentless)"), c.span().of(text)));
        }
        sb.append("\nContradictions: ").append(a.contradictions().size()).append('\n');
        for (Contradiction x : a.contradictions()) {
            sb.append(String.format("  %s %s %.2f %s-%s: %s%n", x.id(), x.kind(), x.score(), x.first().claimId(),
                    x.second().claimId(), x.explanationEn()));
        }
        return sb.toString();
    }
}
