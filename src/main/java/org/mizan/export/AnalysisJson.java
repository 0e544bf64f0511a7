package org.mizan.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.Contradiction;
import org.mizan.model.Figure;
import org.mizan.model.FigureValue;
import org.mizan.model.Mention;
import org.mizan.model.Source;
import org.mizan.model.Span;

/**
 * The {@code mizan analyze --format json} document. The field names and shapes are a public
 * contract (tools outside the project read them): change them only together with the README.
 */
public final class AnalysisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        MAPPER.getFactory().setCharacterEscapes(new SurrogateEscapes());
    }

    private AnalysisJson() {
    }

    public static String write(Analysis analysis) {
        try {
            return MAPPER.writeValueAsString(toTree(analysis));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise analysis", e);
        }
    }

    /** Writes a tree made by {@link #toTree} (and perhaps {@link #withReview}). */
    public static String write(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise analysis", e);
        }
    }

    /**
     * Adds the reader's decisions to a tree made by {@link #toTree}: each contradiction gets
     * {@code "review":{"status","note"}} (UNREVIEWED when the reader has not decided), and the root
     * {@code "review_file"} (left out when null). Only fields are added, so readers of the contract are not disturbed.
     */
    public static ObjectNode withReview(ObjectNode tree, java.util.Map<String, org.mizan.export.pdf.ReviewDecision> decisions,
                                        String reviewFile) {
        if (reviewFile != null) {
            tree.put("review_file", reviewFile);
        }
        for (com.fasterxml.jackson.databind.JsonNode n : tree.path("contradictions")) {
            org.mizan.export.pdf.ReviewDecision d = decisions.getOrDefault(n.path("id").asText(),
                    org.mizan.export.pdf.ReviewDecision.NONE);
            ObjectNode review = ((ObjectNode) n).putObject("review");
            review.put("status", d.status().name());
            review.put("note", d.note());
        }
        return tree;
    }

    public static ObjectNode toTree(Analysis analysis) {
        String text = analysis.text();
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("file", analysis.article().source());
        root.put("chars", text.length());

        ArrayNode entities = root.putArray("entities");
        for (Mention m : analysis.mentions()) {
            ObjectNode e = spanNode(entities.addObject(), m.span(), text);
            e.put("type", m.type().name());
            e.put("canonical", m.canonical());
        }

        ArrayNode figures = root.putArray("figures");
        for (Figure fig : analysis.figures()) {
            ObjectNode n = spanNode(figures.addObject(), fig.span(), text);
            n.put("kind", fig.kind().name());
            switch (fig.value()) {
                case FigureValue.Amount a -> n.put("value", a.value());
                case FigureValue.Range r -> {
                    // The contract's "value" is one number: the low end; both ends are kept beside it.
                    n.put("value", r.low());
                    n.put("high", r.high());
                }
                case FigureValue.IsoDate d -> n.put("value", d.iso());
                case FigureValue.Unknown u -> n.putNull("value");
            }
            if (fig.unit().isPresent()) {
                n.put("unit", fig.unit().get());
            } else {
                n.putNull("unit");
            }
            n.put("approximate", fig.approximate());
        }

        ArrayNode claims = root.putArray("claims");
        for (Claim c : analysis.claims()) {
            ObjectNode n = claims.addObject();
            n.put("id", c.id());
            spanNode(n, c.span(), text);
            if (c.source().isPresent()) {
                Source s = c.source().get();
                ObjectNode src = spanNode(n.putObject("source"), s.span(), text);
                src.put("named", s.named());
            } else {
                n.putNull("source");
            }
            n.put("cue", c.cue().of(text));
            n.put("polarity", c.polarity().name());
            n.put("hedged", c.hedged());
            if (org.mizan.io.Corrections.readerAdded(c)) {
                n.put("added_by_reader", true);     // only on those: the engine's claims keep their fields
            }
        }

        ArrayNode contradictions = root.putArray("contradictions");
        for (Contradiction x : analysis.contradictions()) {
            ObjectNode n = contradictions.addObject();
            n.put("id", x.id());
            n.put("kind", x.kind().name());
            ArrayNode pair = n.putArray("claims");
            pair.add(x.first().claimId());
            pair.add(x.second().claimId());
            n.put("score", x.score());
            n.put("explanation", x.explanationEn());
            n.put("explanation_ar", x.explanationAr());
            if (!x.repeats().isEmpty()) {
                ArrayNode repeats = n.putArray("repeats");   // the same statement again (headline, then tweet)
                x.repeats().forEach(r -> repeats.add(r.claimId()));
            }
        }
        return root;
    }

    /**
     * Writes UTF-16 surrogates as backslash-u escapes. A text may hold a lone surrogate (a file cut
     * between the two halves of an emoji); written raw it cannot be encoded as UTF-8 and would turn
     * into "?", so a span's "text" would no longer be the slice its offsets name. Escaped, every JSON
     * reader gets the exact UTF-16 back, and paired surrogates still decode to the same character.
     */
    private static final class SurrogateEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return Character.isSurrogate((char) ch)
                    ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", ch))
                    : null;
        }
    }

    private static ObjectNode spanNode(ObjectNode node, Span span, String text) {
        node.put("start", span.start());
        node.put("end", span.end());
        node.put("text", span.of(text));
        return node;
    }
}
