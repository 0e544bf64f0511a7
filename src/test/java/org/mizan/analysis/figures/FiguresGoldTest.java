package org.mizan.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.io.BundledSamples;
import org.mizan.model.Figure;
import org.mizan.model.FigureValue;
import org.mizan.model.Span;

/**
 * Measures the finder against the bundled samples' gold figures (see gold/README.md): a figure
 * counts as right when its span, kind, value, unit and approximate flag all equal the gold's. Uses
 * the gold's convention of leaving weekdays and relative days out.
 */
class FiguresGoldTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SAMPLES = {"detainees-release", "port-talks", "budget-dispute", "flood-relief"};

    @Test
    void findsTheGoldFiguresWithTheirValues() throws IOException {
        ArabicFigureFinder finder = new ArabicFigureFinder(false);
        int gold = 0;
        int right = 0;
        int found = 0;
        List<String> problems = new ArrayList<>();
        for (String sample : SAMPLES) {
            String text = BundledSamples.load(sample + ".txt").text();
            JsonNode figures;
            try (InputStream in = getClass().getResourceAsStream("/org/mizan/samples/gold/" + sample + ".json")) {
                figures = JSON.readTree(in).path("figures");
            }
            List<Figure> mine = finder.find(text);
            found += mine.size();
            for (JsonNode g : figures) {
                gold++;
                Span span = new Span(g.path("start").asInt(), g.path("end").asInt());
                Figure f = mine.stream().filter(x -> x.span().equals(span)).findFirst().orElse(null);
                if (f != null && f.kind().name().equals(g.path("kind").asText()) && sameValue(f.value(), g.path("value"))
                        && f.unit().orElse("").equals(g.path("unit").asText("")) && f.approximate() == g.path("approximate").asBoolean()) {
                    right++;
                } else {
                    problems.add(sample + ": " + g + " → " + f);
                }
            }
        }
        double recall = (double) right / gold;
        double precision = (double) right / found;
        System.out.printf("figures vs gold: %d/%d right (recall %.3f), %d found (precision %.3f)%n", right, gold, recall,
                found, precision);
        assertTrue(recall >= 0.95, String.format("recall %.3f:%n%s", recall, String.join("\n", problems)));
        assertTrue(precision >= 0.93, String.format("precision %.3f", precision));
    }

    private static boolean sameValue(FigureValue v, JsonNode g) {
        return switch (v) {
            case FigureValue.Amount a -> g.isNumber() && Math.abs(a.value() - g.asDouble()) <= 1e-9 * Math.max(1, Math.abs(a.value()));
            case FigureValue.Range r -> g.isObject() && r.low() == g.path("low").asDouble() && r.high() == g.path("high").asDouble();
            case FigureValue.IsoDate d -> g.isTextual() && d.iso().equals(g.asText());
            case FigureValue.Unknown u -> g.isNull();
        };
    }
}
