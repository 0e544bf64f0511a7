package org.mizan.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.ClaimRef;
import org.mizan.model.Contradiction;
import org.mizan.model.Figure;
import org.mizan.model.FigureValue;
import org.mizan.model.Mention;
import org.mizan.model.Span;

/**
 * All of an analysis as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/):
 * an {@code AnnotationCollection} whose one {@code AnnotationPage} holds an {@code Annotation} per
 * entity mention, figure, claim (and claim source) and contradiction. Every target names the
 * article as {@code source} and selects its text with a {@code TextQuoteSelector} (exact, prefix,
 * suffix) and a {@code TextPositionSelector}. The Web Annotation model counts positions in Unicode
 * code points, so positions here are code point indices (Mizan's own offsets are UTF-16; they
 * differ only after characters outside the BMP, such as emoji). Ids are name-based UUIDs, the
 * same for the same article text and findings.
 */
public final class W3cAnnotations {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    private static final int QUOTE_CONTEXT = 32;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private W3cAnnotations() {
    }

    /** The collection as JSON-LD text; {@code sourceIri} identifies the article (e.g. its file: URI). */
    public static String write(Analysis analysis, String sourceIri) {
        try {
            return MAPPER.writeValueAsString(toTree(analysis, sourceIri));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise annotations", e);
        }
    }

    public static ObjectNode toTree(Analysis analysis, String sourceIri) {
        Objects.requireNonNull(sourceIri, "sourceIri");
        String text = analysis.text();
        Builder b = new Builder(text, sourceIri);
        for (Mention m : analysis.mentions()) {
            ObjectNode a = b.annotation("entity", m.span(), "tagging");
            ArrayNode body = a.putArray("body");
            body.add(b.body("tagging", m.type().name(), "en"));
            body.add(b.body("identifying", m.canonical(), "ar"));
            if (m.outlet()) {
                body.add(b.body("tagging", "MEDIA_OUTLET", "en"));
            }
        }
        for (Figure f : analysis.figures()) {
            ObjectNode a = b.annotation("figure", f.span(), "classifying");
            ArrayNode body = a.putArray("body");
            body.add(b.body("classifying", f.kind().name(), "en"));
            body.add(b.body("describing", describe(f), null));
        }
        for (Claim c : analysis.claims()) {
            ObjectNode a = b.annotation("claim-" + c.id(), c.span(), "classifying");
            ArrayNode body = a.putArray("body");
            body.add(b.body("tagging", "claim", "en"));
            body.add(b.body("classifying", c.polarity().name() + (c.hedged() ? " HEDGED" : ""), "en"));
            body.add(b.body("describing", "cue: " + c.cue().of(text), "ar"));
            c.source().ifPresent(s -> body.add(b.body("describing", "source: " + s.span().of(text)
                    + (s.named() ? "" : " (anonymous)"), "ar")));
            c.source().ifPresent(s -> {
                ObjectNode src = b.annotation("source-" + c.id(), s.span(), "identifying");
                ArrayNode sb = src.putArray("body");
                sb.add(b.body("tagging", s.named() ? "named source" : "anonymous source", "en"));
                // The claim this source is the source of: a link to that annotation.
                ObjectNode link = sb.addObject();
                link.put("type", "SpecificResource");
                link.put("purpose", "linking");
                link.put("source", b.id("claim-" + c.id(), c.span()));
            });
        }
        for (Contradiction x : analysis.contradictions()) {
            List<Span> spans = new ArrayList<>();
            for (ClaimRef ref : List.of(x.first(), x.second())) {
                // Only claims of this article can be targeted by position in it.
                if (ref.article().equals(analysis.article().source())) {
                    analysis.claim(ref.claimId()).ifPresent(c -> spans.add(c.span()));
                }
            }
            if (spans.isEmpty()) {
                continue;
            }
            ObjectNode a = b.annotation("contradiction-" + x.id(), spans, "commenting");
            ArrayNode body = a.putArray("body");
            body.add(b.body("classifying", "contradiction " + x.kind().name(), "en"));
            body.add(b.body("commenting", x.explanationEn(), "en"));
            body.add(b.body("commenting", x.explanationAr(), "ar"));
            body.add(b.body("assessing", String.format(Locale.ROOT, "score %.2f", x.score()), "en"));
        }

        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("@context", CONTEXT);
        root.put("id", "urn:uuid:" + uuid(sourceIri + "\n" + text.hashCode() + "\ncollection"));
        root.put("type", "AnnotationCollection");
        root.put("label", "Mizan analysis of " + sourceIri);
        root.put("total", b.items.size());
        ObjectNode page = root.putObject("first");
        page.put("id", "urn:uuid:" + uuid(sourceIri + "\n" + text.hashCode() + "\npage"));
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.set("items", b.items);
        return root;
    }

    private static String describe(Figure f) {
        String value = switch (f.value()) {
            case FigureValue.Amount a -> number(a.value());
            case FigureValue.Range r -> number(r.low()) + "–" + number(r.high());
            case FigureValue.IsoDate d -> d.iso();
            case FigureValue.Unknown u -> "unspecified";
        };
        return value + f.unit().map(u -> " " + u).orElse("") + (f.approximate() ? " (approximate)" : "");
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static final class Builder {
        final String text;
        final String source;
        final ArrayNode items = JsonNodeFactory.instance.arrayNode();

        Builder(String text, String source) {
            this.text = text;
            this.source = source;
        }

        String id(String kind, Span span) {
            return "urn:uuid:" + uuid(source + "\n" + text.hashCode() + "\n" + kind + "\n" + span.start() + ":" + span.end());
        }

        ObjectNode annotation(String kind, Span span, String motivation) {
            return annotation(kind, List.of(span), motivation);
        }

        ObjectNode annotation(String kind, List<Span> spans, String motivation) {
            ObjectNode a = items.addObject();
            a.put("id", id(kind, spans.getFirst()));
            a.put("type", "Annotation");
            a.put("motivation", motivation);
            a.put("generator", "Mizan");
            if (spans.size() == 1) {
                a.set("target", target(spans.getFirst()));
            } else {
                ArrayNode targets = a.putArray("target");
                spans.forEach(s -> targets.add(target(s)));
            }
            return a;
        }

        ObjectNode target(Span span) {
            ObjectNode t = JsonNodeFactory.instance.objectNode();
            t.put("source", source);
            ArrayNode selectors = t.putArray("selector");
            ObjectNode quote = selectors.addObject();
            quote.put("type", "TextQuoteSelector");
            quote.put("exact", span.of(text));
            quote.put("prefix", text.substring(safeStart(span.start() - QUOTE_CONTEXT), span.start()));
            quote.put("suffix", text.substring(span.end(), safeEnd(span.end() + QUOTE_CONTEXT)));
            ObjectNode position = selectors.addObject();
            position.put("type", "TextPositionSelector");
            position.put("start", text.codePointCount(0, span.start()));
            position.put("end", text.codePointCount(0, span.end()));
            return t;
        }

        ObjectNode body(String purpose, String value, String language) {
            ObjectNode b = JsonNodeFactory.instance.objectNode();
            b.put("type", "TextualBody");
            b.put("purpose", purpose);
            b.put("value", value);
            b.put("format", "text/plain");
            if (language != null) {
                b.put("language", language);
            }
            return b;
        }

        private int safeStart(int i) {
            if (i <= 0) {
                return 0;
            }
            return Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
        }

        private int safeEnd(int i) {
            if (i >= text.length()) {
                return text.length();
            }
            return Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
        }
    }
}
