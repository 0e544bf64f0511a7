package org.mizan.ui;

import org.mizan.ui.editor.Highlight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
        return ByLayer.of(analysis).select(layers, crossArticle);
    }

    /**
     * An analysis' highlights split by layer, each list sorted by start. Building them is the costly
     * part (tens of thousands on a long article), so it is done once per analysis off the FX thread;
     * {@link #select} then only joins the layers switched on, which a layer toggle can redo cheaply.
     *
     * @param claimSpans the span of each claim by id, to outline claims named by cross-article contradictions
     */
    public record ByLayer(String source, int length, Map<Layer, List<Highlight>> layers, Map<String, Span> claimSpans,
                          List<Highlight> allLayers) {

        public ByLayer {
            layers = Map.copyOf(layers);
            claimSpans = Map.copyOf(claimSpans);
            allLayers = List.copyOf(allLayers);
        }

        public static ByLayer of(Analysis analysis) {
            Map<Layer, List<Highlight>> layers = new EnumMap<>(Layer.class);
            List<Highlight> actors = new ArrayList<>(analysis.mentions().size());
            for (Mention m : analysis.mentions()) {
                actors.add(new Highlight(m.span(), actorClass(m)));
            }
            List<Highlight> figures = new ArrayList<>(analysis.figures().size());
            analysis.figures().forEach(f -> figures.add(new Highlight(f.span(), figureClass(f.kind()))));
            List<Highlight> claims = new ArrayList<>();
            Map<String, Span> claimSpans = new HashMap<>();
            for (Claim c : analysis.claims()) {
                claims.add(new Highlight(c.span(), CLAIM));
                claims.add(new Highlight(c.cue(), CUE));
                c.source().ifPresent(s -> claims.add(sourceHighlight(s)));
                c.via().forEach(s -> claims.add(sourceHighlight(s)));
                claimSpans.putIfAbsent(c.id(), c.span());
            }
            String source = analysis.article().source();
            int length = analysis.text().length();
            List<Highlight> contradicted = new ArrayList<>();
            outline(analysis.contradictions(), source, claimSpans, contradicted);
            layers.put(Layer.ACTORS, sorted(actors, length));
            layers.put(Layer.FIGURES, sorted(figures, length));
            layers.put(Layer.CLAIMS, sorted(claims, length));
            layers.put(Layer.CONTRADICTIONS, sorted(contradicted, length));
            // every layer on (the default): joined here, so the FX thread has nothing to merge
            return new ByLayer(source, length, layers, claimSpans, join(layers, EnumSet.allOf(Layer.class)));
        }

        /** The highlights of the switched-on layers, ordered by start, with the outlines of cross-article contradictions. */
        public List<Highlight> select(Set<Layer> on, List<Contradiction> crossArticle) {
            if (on.containsAll(EnumSet.allOf(Layer.class)) && crossArticle.isEmpty()) {
                return allLayers;
            }
            Map<Layer, List<Highlight>> shown = new EnumMap<>(layers);
            if (on.contains(Layer.CONTRADICTIONS) && !crossArticle.isEmpty()) {
                List<Highlight> cross = new ArrayList<>(layers.getOrDefault(Layer.CONTRADICTIONS, List.of()));
                outline(crossArticle, source, claimSpans, cross);
                shown.put(Layer.CONTRADICTIONS, sorted(cross, length));
            }
            return join(shown, on);
        }

        private static List<Highlight> join(Map<Layer, List<Highlight>> layers, Set<Layer> on) {
            List<Highlight> out = new ArrayList<>();
            for (Layer l : Layer.values()) {
                if (on.contains(l)) {
                    out.addAll(layers.getOrDefault(l, List.of()));
                }
            }
            // the lists are sorted runs in layer order: this stable sort only merges them (ties stay in layer order)
            out.sort(Comparator.comparing(Highlight::span));
            return List.copyOf(out);
        }

        private static void outline(List<Contradiction> xs, String source, Map<String, Span> claimSpans, List<Highlight> out) {
            for (Contradiction x : xs) {
                for (ClaimRef ref : List.of(x.first(), x.second())) {
                    Span s = ref.article().equals(source) ? claimSpans.get(ref.claimId()) : null;
                    if (s != null) {
                        out.add(new Highlight(s, CONTRADICTED));
                    }
                }
            }
        }

        private static List<Highlight> sorted(List<Highlight> hs, int length) {
            hs.removeIf(h -> h.span().end() > length || h.span().length() == 0);
            hs.sort(Comparator.comparing(Highlight::span));
            return List.copyOf(hs);
        }
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
