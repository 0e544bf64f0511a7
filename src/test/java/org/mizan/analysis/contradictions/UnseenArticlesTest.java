package org.mizan.analysis.contradictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.analysis.Engine;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Claim;
import org.mizan.model.Contradiction;
import org.mizan.model.Span;

/**
 * Claims and contradictions on six articles written as a blind set: their gold
 * ({@code src/test/resources/org/mizan/claims/unseen/*.json}) was written before Mizan was first
 * run on them, so they measure how the rules carry to text they were not built on (the bundled
 * samples were tuned on). The standard engine runs end to end, with its own actors and figures, as
 * it would on a held-out article.
 *
 * <p>Gold quotes text instead of offsets: a claim's {@code content} is a passage that occurs once in
 * its article, its {@code source} the words naming the source (the nearest occurrence before the
 * content counts). Scores: claims found (a claim overlapping the gold content), and among those the share
 * with the right cue, source (span and named/anonymous), polarity and hedging; contradictions found
 * with their kind ("ANY" accepts any kind); look-alikes flagged. The floors below are the measured
 * scores rounded down, so a change that loses ground on unseen text fails here.
 */
class UnseenArticlesTest {

    static final List<String> ARTICLES = List.of("fasher-ceasefire", "mahwit-floods", "ras-jdir-crossing",
            "nour-telecom", "amman-prices", "gabes-protests");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The tally over the whole blind set. */
    static final class Score {
        int goldClaims;
        int found;
        int cue;
        int source;
        int polarity;
        int hedged;
        int goldConflicts;
        int conflictsFound;
        int lookAlikes;
        int lookAlikesFlagged;
        int flags;
        int unlisted;
        final List<String> log = new ArrayList<>();

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "claims %d/%d found; of those cue %d, source %d, polarity %d, "
                    + "hedged %d correct; contradictions %d/%d found; look-alikes flagged %d/%d; "
                    + "flags %d (%d on pairs the gold lists neither way)",
                    found, goldClaims, cue, source, polarity, hedged, conflictsFound, goldConflicts, lookAlikesFlagged,
                    lookAlikes, flags, unlisted);
        }
    }

    private static Score score;

    @BeforeAll
    static void scoreAll() throws IOException {
        score = new Score();
        for (String name : ARTICLES) {
            scoreArticle(name, score);
        }
        System.out.println("Blind set: " + score);
        score.log.forEach(l -> System.out.println("  " + l));
    }

    static void scoreArticle(String name, Score s) throws IOException {
        String text = resource(name + ".txt");
        JsonNode gold = JSON.readTree(resource(name + ".json"));
        Analysis a = Engine.standard().analyze(Article.of(text, name + ".txt"));
        for (JsonNode g : gold.path("claims")) {
            s.goldClaims++;
            Span content = unique(text, g.path("content").asText(), name);
            Optional<Claim> hit = a.claims().stream().filter(c -> c.span().overlaps(content))
                    .min(java.util.Comparator.comparingInt(c -> cueMatches(text, c, g) ? 0 : 1));
            if (hit.isEmpty()) {
                s.log.add(name + ": missed claim " + g.path("cue").asText() + " | " + g.path("content").asText());
                continue;
            }
            Claim c = hit.get();
            s.found++;
            if (cueMatches(text, c, g)) {
                s.cue++;
            } else {
                s.log.add(name + ": cue " + c.cue().of(text) + " instead of " + g.path("cue").asText());
            }
            if (sourceMatches(text, c, g, content)) {
                s.source++;
            } else {
                s.log.add(name + ": source " + c.source().map(x -> x.span().of(text) + (x.named() ? " (named)" : " (anon)"))
                        .orElse("none") + " instead of " + g.path("source").asText() + " for " + g.path("content").asText());
            }
            if (c.polarity().name().equals(g.path("polarity").asText())) {
                s.polarity++;
            } else {
                s.log.add(name + ": polarity " + c.polarity() + " for " + g.path("content").asText());
            }
            if (c.hedged() == g.path("hedged").asBoolean()) {
                s.hedged++;
            } else {
                s.log.add(name + ": hedged " + c.hedged() + " for " + g.path("content").asText());
            }
        }
        List<Contradiction> listed = new ArrayList<>();
        for (JsonNode g : gold.path("contradictions")) {
            s.goldConflicts++;
            Span p = unique(text, g.path("first").asText(), name);
            Span q = unique(text, g.path("second").asText(), name);
            String kind = g.path("kind").asText();
            List<Contradiction> joining = a.contradictions().stream().filter(x -> GoldSamplesTest.pairs(a, x, p, q)).toList();
            listed.addAll(joining);
            if (joining.stream().anyMatch(x -> kind.equals("ANY") || x.kind().name().equals(kind))) {
                s.conflictsFound++;
            } else {
                s.log.add(name + ": missed " + kind + " " + g.path("note").asText());
            }
        }
        for (JsonNode g : gold.path("nonContradictions")) {
            s.lookAlikes++;
            Span p = unique(text, g.path("first").asText(), name);
            Span q = unique(text, g.path("second").asText(), name);
            List<Contradiction> joining = a.contradictions().stream().filter(x -> GoldSamplesTest.pairs(a, x, p, q)).toList();
            listed.addAll(joining);
            if (!joining.isEmpty()) {
                s.lookAlikesFlagged++;
                s.log.add(name + ": flagged look-alike " + g.path("note").asText());
            }
        }
        s.flags += a.contradictions().size();
        for (Contradiction x : a.contradictions()) {
            if (!listed.contains(x)) {
                s.unlisted++;
                s.log.add(name + ": other flag " + x.kind() + " " + x.explanationEn());
            }
        }
    }

    /** Cue texts agree once tashkeel and a leading و/ف are set aside. */
    private static boolean cueMatches(String text, Claim c, JsonNode g) {
        String mine = plain(c.cue().of(text));
        String theirs = plain(g.path("cue").asText());
        return !mine.isEmpty() && (mine.contains(theirs) || theirs.contains(mine));
    }

    private static String plain(String s) {
        String p = s.replaceAll("[\\u064B-\\u0652\\u0640]", "").strip();
        return p.length() > 2 && (p.charAt(0) == 'و' || p.charAt(0) == 'ف') ? p.substring(1) : p;
    }

    private static boolean sourceMatches(String text, Claim c, JsonNode g, Span content) {
        if (g.path("source").isNull()) {
            return c.source().isEmpty();
        }
        if (c.source().isEmpty()) {
            return false;
        }
        Span gold = nearest(text, g.path("source").asText(), content);
        return c.source().get().span().overlaps(gold) && c.source().get().named() == g.path("named").asBoolean();
    }

    static Span unique(String text, String quote, String name) {
        int at = text.indexOf(quote);
        assertTrue(at >= 0, name + ": gold quote not in the article: " + quote);
        assertEquals(-1, text.indexOf(quote, at + 1), name + ": gold quote occurs twice: " + quote);
        return new Span(at, at + quote.length());
    }

    private static Span nearest(String text, String quote, Span content) {
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            int end = at + quote.length();
            // a source is named before its content in these articles: a later occurrence counts only failing that
            int distance = end <= content.start() ? content.start() - end : text.length() + Math.max(0, at - content.end());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = new Span(at, end);
            }
        }
        assertTrue(best != null, "source quote not in the article: " + quote);
        return best;
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = UnseenArticlesTest.class.getResourceAsStream("/org/mizan/claims/unseen/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void mostClaimsAreFoundWithTheirSourceAndPolarity() {
        assertTrue(score.found >= 0.95 * score.goldClaims, score.toString());
        assertTrue(score.source >= 0.93 * score.found, score.toString());
        assertTrue(score.polarity >= 0.97 * score.found, score.toString());
    }

    @Test
    void realConflictsAreFound() {
        assertTrue(score.conflictsFound >= 15, score.toString());
    }

    @Test
    void explanationsNameBothSourcesAndShowTheFigures() throws IOException {
        String text = resource("mahwit-floods.txt");
        Analysis a = Engine.standard().analyze(Article.of(text, "mahwit-floods.txt"));
        Contradiction dead = a.contradictions().stream().filter(x -> x.explanationAr().contains("340")).findFirst()
                .orElseThrow();
        assertTrue(dead.explanationAr().contains("الشرعبي") && dead.explanationAr().contains("شهود")
                && dead.explanationAr().contains("قرابة 200"), dead.explanationAr());
        assertTrue(dead.explanationEn().contains("about 200") && dead.explanationEn().contains("at least 340"),
                dead.explanationEn());
        String gabes = resource("gabes-protests.txt");
        Analysis g = Engine.standard().analyze(Article.of(gabes, "gabes-protests.txt"));
        Contradiction denial = g.contradictions().stream().filter(x -> x.kind().name().equals("POLARITY")).findFirst()
                .orElseThrow();
        assertTrue(denial.explanationEn().contains("denies") && denial.explanationEn().contains("صوت المواطن"),
                denial.explanationEn());
        Contradiction date = g.contradictions().stream().filter(x -> x.kind().name().equals("DATE")).findFirst()
                .orElseThrow();
        assertTrue(date.explanationEn().contains("3 February") && date.explanationEn().contains("6 February"),
                date.explanationEn());
        assertTrue(date.explanationAr().contains("3 شباط") && date.explanationAr().contains("6 شباط"), date.explanationAr());
    }

    @Test
    void lookAlikesAreNotFlagged() {
        assertTrue(score.lookAlikesFlagged == 0, score.toString());
    }
}
