package org.mizan.ui;

import org.mizan.ui.editor.Highlight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.ClaimRef;
import org.mizan.model.Contradiction;
import org.mizan.model.Mention;
import org.mizan.model.Source;
import org.mizan.model.Span;

/**
 * Turns an analysis into the highlights the editor draws, one style class per kind of thing so
 * the stylesheet can give each a colour and a second, colour-independent cue.
 */
public final class Highlights {

    public static final String CLAIM = "claim";
    public static final String CUE = "claim-cue";
    public static final String SOURCE_NAMED = "source-named";
    public static final String SOURCE_ANONYMOUS = "source-anonymous";
    public static final String CONTRADICTED = "contradicted";
    public static final String FIND_MATCH = "find-match";

    private Highlights() {
    }

    /** The style class of an actor mention: its entity type, or "actor-outlet" for media outlets. */
    public static String actorClass(Mention m) {
        return m.outlet() ? "actor-outlet" : "actor-" + m.type().name().toLowerCase(Locale.ROOT);
    }

    public static String figureClass(org.mizan.model.FigureKind kind) {
        return "figure-" + kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The highlights of the switched-on layers, ordered by start. Contradiction outlines cover the
     * claims of this article that take part in a contradiction (in-article or across articles).
     *
     * @param crossArticle contradictions found across the open articles; only those naming this article count
     */
    public static List<Highlight> of(Analysis analysis, Set<Layer> layers, List<Contradiction> crossArticle) {
        List<Highlight> out = new ArrayList<>();
        if (layers.contains(Layer.ACTORS)) {
            for (Mention m : analysis.mentions()) {
                out.add(new Highlight(m.span(), actorClass(m)));
            }
        }
        if (layers.contains(Layer.FIGURES)) {
            analysis.figures().forEach(f -> out.add(new Highlight(f.span(), figureClass(f.kind()))));
        }
        if (layers.contains(Layer.CLAIMS)) {
            for (Claim c : analysis.claims()) {
                out.add(new Highlight(c.span(), CLAIM));
                out.add(new Highlight(c.cue(), CUE));
                c.source().ifPresent(s -> out.add(sourceHighlight(s)));
                c.via().forEach(s -> out.add(sourceHighlight(s)));
            }
        }
        if (layers.contains(Layer.CONTRADICTIONS)) {
            String source = analysis.article().source();
            List<Contradiction> all = new ArrayList<>(analysis.contradictions());
            all.addAll(crossArticle);
            for (Contradiction x : all) {
                for (ClaimRef ref : List.of(x.first(), x.second())) {
                    if (ref.article().equals(source)) {
                        analysis.claim(ref.claimId()).ifPresent(c -> out.add(new Highlight(c.span(), CONTRADICTED)));
                    }
                }
            }
        }
        int length = analysis.text().length();
        out.removeIf(h -> h.span().end() > length || h.span().length() == 0);
        out.sort(Comparator.comparing(Highlight::span));
        return List.copyOf(out);
    }

    private static Highlight sourceHighlight(Source s) {
        return new Highlight(s.span(), s.named() ? SOURCE_NAMED : SOURCE_ANONYMOUS);
    }

    /** Highlights that fall inside {@code window}, clipped to it and shifted so the window starts at 0. */
    public static List<Highlight> within(List<Highlight> highlights, Span window) {
        List<Highlight> out = new ArrayList<>();
        for (Highlight h : highlights) {
            if (h.span().overlaps(window)) {
                int s = Math.max(h.span().start(), window.start()) - window.start();
                int e = Math.min(h.span().end(), window.end()) - window.start();
                out.add(new Highlight(new Span(s, e), h.styleClass()));
            }
        }
        return out;
    }
}
