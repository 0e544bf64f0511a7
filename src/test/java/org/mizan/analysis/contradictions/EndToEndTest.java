package org.mizan.analysis.contradictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.analysis.Engine;
import org.mizan.analysis.Pipeline;
import org.mizan.io.BundledSamples;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Claim;
import org.mizan.model.Contradiction;
import org.mizan.model.ContradictionKind;
import org.mizan.model.Polarity;
import org.mizan.model.Span;

/** The standard engine (real figure, actor and claim finders) on the bundled samples and the shared article. */
class EndToEndTest {

    private static final Pipeline ENGINE = Engine.standard();

    @ParameterizedTest
    @ValueSource(strings = {"detainees-release.txt", "port-talks.txt", "budget-dispute.txt", "flood-relief.txt"})
    void goldContradictionsAreFlaggedAndLookAlikesAreNot(String name) throws IOException {
        Analysis a = ENGINE.analyze(BundledSamples.load(name));
        JsonNode gold = GoldSamplesTest.load(name).gold();
        List<String> problems = new ArrayList<>();
        for (JsonNode g : gold.path("contradictions")) {
            Span p = GoldSamplesTest.span(g.path("first"));
            Span q = GoldSamplesTest.span(g.path("second"));
            if (a.contradictions().stream().noneMatch(x -> x.kind().name().equals(g.path("kind").asText())
                    && GoldSamplesTest.pairs(a, x, p, q))) {
                problems.add("missed " + g.path("kind").asText() + ": " + g.path("note").asText());
            }
        }
        for (JsonNode g : gold.path("nonContradictions")) {
            Span p = GoldSamplesTest.span(g.path("first"));
            Span q = GoldSamplesTest.span(g.path("second"));
            if (a.contradictions().stream().anyMatch(x -> GoldSamplesTest.pairs(a, x, p, q))) {
                problems.add("flagged look-alike: " + g.path("note").asText());
            }
        }
        assertTrue(problems.isEmpty(), name + ":\n" + String.join("\n", problems));
    }

    @Test
    void theSharedArticlesReportAndDenialOfTheSyrianWithdrawalRankFirst() throws IOException {
        Path file = Path.of("../shared/articles/syria-withdrawal.txt");
        assumeTrue(Files.isRegularFile(file), "shared article not available");
        Analysis a = ENGINE.analyze(Article.of(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
        assertFalse(a.contradictions().isEmpty());
        Contradiction top = a.contradictions().getFirst();
        Claim first = a.claim(top.first().claimId()).orElseThrow();
        Claim second = a.claim(top.second().claimId()).orElseThrow();
        assertEquals(ContradictionKind.POLARITY, top.kind());
        assertEquals(Set.of(Polarity.AFFIRMED, Polarity.NEGATED), Set.of(first.polarity(), second.polarity()));
        for (Claim c : List.of(first, second)) {
            assertEquals("سحب", c.frame().predicate());
            assertTrue(c.frame().places().contains("سوريا"), c.frame().toString());
        }
        Claim report = first.polarity() == Polarity.AFFIRMED ? first : second;
        Claim denial = report == first ? second : first;
        assertTrue(report.source().orElseThrow().named(), "the magazine is a named source");
        assertFalse(denial.source().orElseThrow().named(), "the official is not named");
        assertTrue(report.span().start() < denial.span().start());
        // the headline and the tweet under it repeat the denial: one flag, the copy kept reachable as a repeat,
        // and the outlet it was told to named without the لـ written onto it
        assertEquals(1, top.repeats().size(), top.toString());
        Claim copy = a.claim(top.repeats().getFirst().claimId()).orElseThrow();
        assertEquals(denial.span().of(a.text()), copy.span().of(a.text()));
        assertEquals(1, a.contradictions().stream().filter(x -> x.first().equals(top.first())).count());
        assertTrue(top.explanationAr().contains("(تلفزيون سوريا)"), top.explanationAr());
        // look-alikes: no immediate withdrawal from Iraq, the earlier refusal to negotiate, the changed calculations
        for (Contradiction x : a.contradictions()) {
            for (String id : List.of(x.first().claimId(), x.second().claimId())) {
                Claim c = a.claim(id).orElseThrow();
                assertFalse(c.frame().places().contains("العراق"), "Iraq claim flagged: " + c.span().of(a.text()));
                assertTrue(Set.of("سحب", "بقي").contains(c.frame().predicate()),
                        "not about withdrawal: " + c.span().of(a.text()));
            }
        }
    }
}
