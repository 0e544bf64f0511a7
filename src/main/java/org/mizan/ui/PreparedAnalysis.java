package org.mizan.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mizan.analysis.Pipeline;
import org.mizan.model.Analysis;
import org.mizan.model.Mention;

/**
 * An analysis made ready to show, built on the analysis thread: the editor's highlights by layer
 * and the side panel's rows, grouped and sorted. On a 2 MB article these are tens of thousands of
 * objects; built on the FX thread they were the one frame over 100 ms, so the FX thread now only
 * hands these ready lists over. Plain data, no views.
 *
 * @param stage       how far the analysis has got; later stages' lists are empty until then
 * @param actorGroups mentions by canonical name, in order of first mention
 */
public record PreparedAnalysis(Pipeline.Stage stage, Analysis analysis, Map<String, List<Mention>> actorGroups,
                               List<PanelRows.ActorRow> actorRows, List<PanelRows.FigureRow> figureRows,
                               List<PanelRows.ClaimRow> claimRows, Highlights.ByLayer highlights) {

    public PreparedAnalysis {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(analysis, "analysis");
        actorGroups = Collections.unmodifiableMap(actorGroups);
        actorRows = List.copyOf(actorRows);
        figureRows = List.copyOf(figureRows);
        claimRows = List.copyOf(claimRows);
        Objects.requireNonNull(highlights, "highlights");
    }

    public static PreparedAnalysis of(Pipeline.Stage stage, Analysis a) {
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        for (Mention m : a.mentions()) {
            groups.computeIfAbsent(m.canonical(), k -> new ArrayList<>()).add(m);
        }
        groups.replaceAll((k, ms) -> List.copyOf(ms));
        return new PreparedAnalysis(stage, a, groups, PanelRows.actors(groups), PanelRows.figures(a), PanelRows.claims(a),
                Highlights.ByLayer.of(a));
    }
}
