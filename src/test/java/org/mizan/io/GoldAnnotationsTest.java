package org.mizan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.model.ContradictionKind;
import org.mizan.model.EntityType;
import org.mizan.model.FigureKind;
import org.mizan.model.Polarity;

/**
 * The gold files are what the annotators are measured against, so their offsets must keep pointing at the
 * quoted text of the bundled sample: a sample edited without re-running make_gold.py fails here.
 */
class GoldAnnotationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"detainees-release.txt", "port-talks.txt", "budget-dispute.txt", "flood-relief.txt"})
    void everyGoldSpanQuotesTheSampleExactly(String sample) throws IOException {
        String text = BundledSamples.load(sample).text();
        JsonNode gold = gold(sample);
        assertEquals(sample, gold.path("sample").asText());
        assertEquals(text.length(), gold.path("length").asInt(), "sample changed since the gold was made");

        List<String> wrong = new ArrayList<>();
        int checked = checkSpans(gold, text, "", wrong);
        assertTrue(wrong.isEmpty(), sample + ": spans that do not quote the sample:\n" + String.join("\n", wrong));
        assertTrue(checked >= 20, sample + ": only " + checked + " spans in the gold file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"detainees-release.txt", "port-talks.txt", "budget-dispute.txt", "flood-relief.txt"})
    void goldLabelsAreTheModelsOwnAndDoNotOverlap(String sample) throws IOException {
        JsonNode gold = gold(sample);
        assertFalse(gold.path("entities").isEmpty());
        assertFalse(gold.path("figures").isEmpty());
        assertFalse(gold.path("claims").isEmpty());
        assertFalse(gold.path("contradictions").isEmpty());
        assertFalse(gold.path("nonContradictions").isEmpty());

        for (JsonNode e : gold.path("entities")) {
            EntityType.valueOf(e.path("type").asText());
            assertFalse(e.path("canonical").asText().isBlank(), e.toString());
        }
        for (JsonNode f : gold.path("figures")) {
            FigureKind kind = FigureKind.valueOf(f.path("kind").asText());
            JsonNode value = f.path("value");
            boolean ok = switch (kind) {
                case DATE -> value.isTextual();
                case YEAR -> value.isNumber();
                default -> value.isNumber() || value.isNull() || value.has("low") && value.has("high");
            };
            assertTrue(ok, "value does not fit the kind: " + f);
        }
        for (JsonNode c : gold.path("claims")) {
            Polarity.valueOf(c.path("polarity").asText());
            assertTrue(c.path("cue").has("start") && c.path("content").has("start"), c.toString());
        }
        for (JsonNode c : gold.path("contradictions")) {
            ContradictionKind.valueOf(c.path("kind").asText());
        }
        assertNoOverlap(gold.path("entities"));
        assertNoOverlap(gold.path("figures"));
    }

    private static JsonNode gold(String sample) throws IOException {
        String path = "/org/mizan/samples/gold/" + sample.replace(".txt", ".json");
        try (InputStream in = GoldAnnotationsTest.class.getResourceAsStream(path)) {
            assertNotNull(in, "no gold file " + path);
            return JSON.readTree(in);
        }
    }

    /** Checks every object that carries start, end and text, wherever it sits in the tree. */
    private static int checkSpans(JsonNode node, String text, String where, List<String> wrong) {
        int checked = 0;
        if (node.has("start") && node.has("end") && node.has("text")) {
            int start = node.get("start").asInt();
            int end = node.get("end").asInt();
            String quoted = node.get("text").asText();
            if (start < 0 || end <= start || end > text.length()) {
                wrong.add(where + " bad range " + node);
            } else if (!text.substring(start, end).equals(quoted)) {
                wrong.add(where + " [" + start + "," + end + ") is '" + text.substring(start, end)
                        + "', gold says '" + quoted + "'");
            }
            checked++;
        }
        if (node.isContainerNode()) {
            for (var entry : node.properties()) {
                checked += checkSpans(entry.getValue(), text, where + "/" + entry.getKey(), wrong);
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    checked += checkSpans(node.get(i), text, where + "[" + i + "]", wrong);
                }
            }
        }
        return checked;
    }

    private static void assertNoOverlap(JsonNode annotations) {
        int lastEnd = -1;
        for (JsonNode a : annotations) {
            int start = a.path("start").asInt();
            if (start < lastEnd) {
                fail("overlapping or unsorted annotation " + a);
            }
            lastEnd = a.path("end").asInt();
        }
    }
}
