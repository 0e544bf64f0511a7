package org.mizan.analysis.contradictions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.analysis.claims.ArabicClaimFinder;
import org.mizan.io.BundledSamples;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Claim;
import org.mizan.model.Contradiction;
import org.mizan.model.EntityType;
import org.mizan.model.Figure;
import org.mizan.model.FigureKind;
import org.mizan.model.FigureValue;
import org.mizan.model.Mention;
import org.mizan.model.Span;

/**
 * Claims and contradictions on the bundled samples, given the gold entities and figures (so this
 * measures attribution and conflict search alone): every gold contradiction must be flagged, with
 * its kind, and no gold look-alike may be flagged; most gold reporting cues must be found.
 */
class GoldSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Sample(Analysis analysis, JsonNode gold) {
    }

    static Sample load(String name) throws IOException {
        Article article = BundledSamples.load(name);
        JsonNode gold;
        try (InputStream in = GoldSamplesTest.class.getResourceAsStream(
                "/org/mizan/samples/gold/" + name.replace(".txt", ".json"))) {
            gold = JSON.readTree(in);
        }
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode e : gold.path("entities")) {
            mentions.add(new Mention(span(e), EntityType.valueOf(e.path("type").asText()),
                    e.path("canonical").asText(), e.path("outlet").asBoolean()));
        }
        List<Figure> figures = new ArrayList<>();
        for (JsonNode f : gold.path("figures")) {
            JsonNode v = f.path("value");
            FigureValue value = v.isNumber() ? new FigureValue.Amount(v.asDouble())
                    : v.isObject() ? new FigureValue.Range(v.path("low").asDouble(), v.path("high").asDouble())
                    : v.isTextual() ? new FigureValue.IsoDate(v.asText()) : new FigureValue.Unknown();
            figures.add(new Figure(span(f), FigureKind.valueOf(f.path("kind").asText()), value,
                    f.path("unit").isTextual() ? Optional.of(f.path("unit").asText()) : Optional.empty(),
                    f.path("approximate").asBoolean()));
        }
        String text = article.text();
        List<Claim> claims = new ArabicClaimFinder().find(text, mentions, figures);
        Analysis withClaims = new Analysis(article, mentions, List.of(), figures, claims, List.of());
        List<Contradiction> found = new FrameContradictionFinder().find(List.of(withClaims));
        return new Sample(new Analysis(article, mentions, List.of(), figures, claims, found), gold);
    }

    static Span span(JsonNode n) {
        return new Span(n.path("start").asInt(), n.path("end").asInt());
    }

    /** Whether a flagged pair joins the claims holding the two quoted passages (either order). */
    static boolean pairs(Analysis a, Contradiction x, Span p, Span q) {
        Span s1 = a.claim(x.first().claimId()).orElseThrow().span();
        Span s2 = a.claim(x.second().claimId()).orElseThrow().span();
        return s1.overlaps(p) && s2.overlaps(q) || s1.overlaps(q) && s2.overlaps(p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"detainees-release.txt", "port-talks.txt", "budget-dispute.txt", "flood-relief.txt"})
    void everyGoldContradictionIsFlaggedWithItsKind(String name) throws IOException {
        Sample s = load(name);
        List<String> missed = new ArrayList<>();
        for (JsonNode g : s.gold().path("contradictions")) {
            Span p = span(g.path("first"));
            Span q = span(g.path("second"));
            boolean hit = s.analysis().contradictions().stream().anyMatch(
                    x -> x.kind().name().equals(g.path("kind").asText()) && pairs(s.analysis(), x, p, q));
            if (!hit) {
                missed.add(g.path("kind").asText() + ": " + g.path("note").asText());
            }
        }
        assertTrue(missed.isEmpty(), name + " missed:\n" + String.join("\n", missed) + "\nfound: " + describe(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"detainees-release.txt", "port-talks.txt", "budget-dispute.txt", "flood-relief.txt"})
    void noLookAlikeIsFlagged(String name) throws IOException {
        Sample s = load(name);
        List<String> wrong = new ArrayList<>();
        for (JsonNode g : s.gold().path("nonContradictions")) {
            Span p = span(g.path("first"));
            Span q = span(g.path("second"));
            for (Contradiction x : s.analysis().contradictions()) {
                if (pairs(s.analysis(), x, p, q)) {
                    wrong.add(x.kind() + ": " + g.path("note").asText());
                }
            }
        }
        assertTrue(wrong.isEmpty(), name + " flagged look-alikes:\n" + String.join("\n", wrong));
    }

    @ParameterizedTest
    @ValueSource(strings = {"detainees-release.txt", "port-talks.txt", "budget-dispute.txt", "flood-relief.txt"})
    void mostGoldClaimsAreFoundWithTheirCue(String name) throws IOException {
        Sample s = load(name);
        int gold = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (JsonNode g : s.gold().path("claims")) {
            gold++;
            Span cue = span(g.path("cue"));
            Span content = span(g.path("content"));
            boolean hit = s.analysis().claims().stream().anyMatch(c -> c.cue().overlaps(cue) && c.span().overlaps(content));
            if (hit) {
                found++;
            } else {
                missed.add(g.path("cue").path("text").asText() + " | " + g.path("content").path("text").asText());
            }
        }
        assertTrue(found >= 0.8 * gold, name + ": " + found + "/" + gold + " claims; missed:\n" + String.join("\n", missed));
    }

    static String describe(Sample s) {
        StringBuilder b = new StringBuilder();
        String text = s.analysis().text();
        for (Contradiction x : s.analysis().contradictions()) {
            b.append("\n  ").append(x.kind()).append(' ').append(x.score()).append(": ")
                    .append(s.analysis().claim(x.first().claimId()).orElseThrow().span().of(text)).append("  <>  ")
                    .append(s.analysis().claim(x.second().claimId()).orElseThrow().span().of(text));
        }
        return b.toString();
    }
}
