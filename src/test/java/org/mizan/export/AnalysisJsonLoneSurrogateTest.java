package org.mizan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.EntityType;
import org.mizan.model.Mention;
import org.mizan.model.Span;

/**
 * Regression (robustness fuzzing, issue 11): a span over a lone surrogate came out of the JSON as
 * "?" once the document was written as UTF-8, so its "text" was no longer the slice it names.
 */
class AnalysisJsonLoneSurrogateTest {

    @Test
    void loneSurrogateInASpanSurvivesUtf8() throws Exception {
        // An article cut between the two halves of an emoji, then a name.
        String text = "قال أحمد سعيد \uD83D وقال آخر 😀";
        int start = text.indexOf("أحمد");
        int end = text.indexOf('\uD83D') + 1;
        Analysis a = analysisWith(text, new Mention(new Span(start, end), EntityType.PERSON, "أحمد سعيد", false),
                new Mention(new Span(text.length() - 2, text.length()), EntityType.MISC, "😀", false));

        String json = AnalysisJson.write(a);
        JsonNode root = new ObjectMapper().readTree(json.getBytes(StandardCharsets.UTF_8));

        assertEquals(text.substring(start, end), root.path("entities").get(0).path("text").asText());
        assertEquals("😀", root.path("entities").get(1).path("text").asText());
        assertTrue(json.contains("أحمد سعيد"), "Arabic stays readable, not escaped: " + json);
    }

    private static Analysis analysisWith(String text, Mention... mentions) {
        return new Analysis(Article.of(text, "cut.txt"), List.of(mentions), List.of(), List.of(), List.of(), List.of());
    }
}
