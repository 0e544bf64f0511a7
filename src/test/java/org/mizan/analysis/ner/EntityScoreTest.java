package org.mizan.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityScoreTest {

    @Test
    void chunksFollowConllevalIncludingStrayInsideTags() {
        assertEquals(List.of(new EntityScore.Chunk("PERS", 0, 2), new EntityScore.Chunk("LOC", 3, 4)),
                EntityScore.chunks(List.of("B-PERS", "I-PERS", "O", "B-LOC")));
        // an I- tag after O, or after another type, opens a chunk of its own (conlleval does the same)
        assertEquals(List.of(new EntityScore.Chunk("ORG", 1, 3), new EntityScore.Chunk("LOC", 3, 4)),
                EntityScore.chunks(List.of("O", "I-ORG", "I-ORG", "I-LOC")));
        // B- right after B- of the same type is a new chunk
        assertEquals(List.of(new EntityScore.Chunk("LOC", 0, 1), new EntityScore.Chunk("LOC", 1, 2)),
                EntityScore.chunks(List.of("B-LOC", "B-LOC")));
    }

    @Test
    void onlyExactSpanAndTypeMatchesCount() {
        List<List<String>> gold = List.of(
                List.of("B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG"),
                List.of("B-MISC", "O"));
        List<List<String>> predicted = List.of(
                List.of("B-PERS", "I-PERS", "O", "B-ORG", "O", "B-ORG", "O"),  // PERS right, LOC as ORG, ORG cut short
                List.of("B-MISC", "B-LOC"));                                      // MISC right, LOC spurious
        EntityScore.Report r = EntityScore.score(gold, predicted);
        assertEquals(new EntityScore.Counts(4, 5, 2), r.overall());
        assertEquals(0.4, r.overall().precision(), 1e-9);
        assertEquals(0.5, r.overall().recall(), 1e-9);
        assertEquals(2 * 0.4 * 0.5 / 0.9, r.overall().f1(), 1e-9);
        assertEquals(new EntityScore.Counts(1, 1, 1), r.byType().get("PERS"));
        assertEquals(new EntityScore.Counts(1, 1, 0), r.byType().get("LOC"));
        assertEquals(new EntityScore.Counts(1, 2, 0), r.byType().get("ORG"));
    }

    @Test
    void emptyPredictionsScoreZeroNotNaN() {
        EntityScore.Report r = EntityScore.score(List.of(List.of("B-LOC")), List.of(List.of("O")));
        assertEquals(0.0, r.overall().f1());
        assertEquals(0.0, r.overall().precision());
    }
}
