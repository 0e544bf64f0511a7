package org.mizan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.model.Actor;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Claim;
import org.mizan.model.ClaimRef;
import org.mizan.model.Contradiction;
import org.mizan.model.ContradictionKind;
import org.mizan.model.EntityType;
import org.mizan.model.Figure;
import org.mizan.model.FigureKind;
import org.mizan.model.FigureValue;
import org.mizan.model.Frame;
import org.mizan.model.Mention;
import org.mizan.model.Polarity;
import org.mizan.model.Source;
import org.mizan.model.Span;

class W3cAnnotationsTest {

    static final String TEXT = DeficitAnalysis.TEXT;

    static Span span(String s, int occurrence) {
        return DeficitAnalysis.span(s, occurrence);
    }

    static Analysis analysis() {
        return DeficitAnalysis.analysis();
    }

    @Test
    void everyFindingIsAWebAnnotationWithQuoteAndCodePointPositionSelectors() throws Exception {
        String iri = "file:///%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%B9%D8%AC%D8%B2.txt";
        JsonNode root = new ObjectMapper().readTree(W3cAnnotations.write(analysis(), iri));
        assertEquals("http://www.w3.org/ns/anno.jsonld", root.get("@context").asText());
        assertEquals("AnnotationCollection", root.get("type").asText());
        JsonNode items = root.get("first").get("items");
        assertEquals("AnnotationPage", root.get("first").get("type").asText());
        // 2 entities + 2 figures + 2 claims + 2 claim sources + 1 contradiction
        assertEquals(9, items.size());
        assertEquals(9, root.get("total").asInt());

        String codePoints = TEXT;
        Set<String> ids = new HashSet<>();
        List<String> motivations = new ArrayList<>();
        for (JsonNode a : items) {
            assertEquals("Annotation", a.get("type").asText());
            assertTrue(a.get("id").asText().startsWith("urn:uuid:"));
            ids.add(a.get("id").asText());
            motivations.add(a.get("motivation").asText());
            assertTrue(a.get("body").size() >= 1);
            for (JsonNode b : a.get("body")) {
                assertTrue(b.has("purpose"), b.toString());
            }
            JsonNode targets = a.get("target").isArray() ? a.get("target") : new ObjectMapper().createArrayNode().add(a.get("target"));
            for (JsonNode t : targets) {
                assertEquals(iri, t.get("source").asText());
                JsonNode quote = t.get("selector").get(0);
                JsonNode position = t.get("selector").get(1);
                assertEquals("TextQuoteSelector", quote.get("type").asText());
                assertEquals("TextPositionSelector", position.get("type").asText());
                int start = codePoints.offsetByCodePoints(0, position.get("start").asInt());
                int end = codePoints.offsetByCodePoints(0, position.get("end").asInt());
                assertEquals(quote.get("exact").asText(), TEXT.substring(start, end));
                assertTrue(TEXT.substring(0, start).endsWith(quote.get("prefix").asText()));
                assertTrue(TEXT.substring(end).startsWith(quote.get("suffix").asText()));
            }
        }
        assertEquals(9, ids.size(), "ids are unique");
        assertTrue(motivations.containsAll(List.of("tagging", "classifying", "identifying", "commenting")));

        JsonNode minister = items.get(0);
        assertEquals("وزير المالية", minister.get("target").get("selector").get(0).get("exact").asText());
        // After the emoji, the code point position is one less than the UTF-16 offset.
        assertEquals(span("وزير المالية", 0).start() - 1, minister.get("target").get("selector").get(1).get("start").asInt());
        assertEquals("PERSON", minister.get("body").get(0).get("value").asText());

        JsonNode contradiction = items.get(items.size() - 1);
        assertEquals(2, contradiction.get("target").size());
        assertTrue(contradiction.get("body").toString().contains("The minister says 3 billion"));
    }

    @Test
    void theSameAnalysisGivesTheSameIds() {
        String iri = "file:///tmp/a.txt";
        assertEquals(W3cAnnotations.write(analysis(), iri), W3cAnnotations.write(analysis(), iri));
    }
}
