package org.mizan.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.mizan.model.ActorCorrection;
import org.mizan.model.ClaimCorrection;
import org.mizan.model.ContradictionKind;
import org.mizan.model.CorrectionAction;
import org.mizan.model.EntityType;
import org.mizan.model.Note;
import org.mizan.model.Polarity;
import org.mizan.model.Review;
import org.mizan.model.ReviewStatus;
import org.mizan.model.TextAnchor;

/**
 * The {@code <name>.mizan.json} document. Versioned: {@code "format": "mizan-review"} and
 * {@code "version"}; a file from a newer version is refused rather than half-read and overwritten.
 * Anchors use the W3C selector property names (exact, prefix, suffix, start, end).
 *
 * <pre>
 * {"format":"mizan-review","version":1,
 *  "article":{"file":"x.txt","chars":1234,"sha256":"..."},
 *  "contradictions":[{"kind":"NUMERIC","status":"CONFIRMED","note":"","first":ANCHOR,"second":ANCHOR}],
 *  "notes":[{"anchor":ANCHOR,"text":"..."}],
 *  "actorCorrections":[{"anchor":ANCHOR,"action":"CHANGE","type":"PERSON","canonical":"..."}],
 *  "claimCorrections":[{"content":ANCHOR,"action":"CHANGE","source":ANCHOR,"polarity":"NEGATED"}]}
 * </pre>
 */
public final class ReviewJson {

    public static final String FORMAT = "mizan-review";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * A review sheet as read from disk.
     *
     * @param sheet  the decisions, anchored to the text as it was when saved
     * @param chars  length of the article text when saved
     * @param sha256 hash of the article text when saved (hex)
     */
    public record Stored(Review.Sheet sheet, int chars, String sha256) {
    }

    private ReviewJson() {
    }

    public static byte[] write(Review.Sheet sheet, String articleFileName, String articleText) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode article = root.putObject("article");
        article.put("file", articleFileName);
        article.put("chars", articleText.length());
        article.put("sha256", sha256(articleText));
        ArrayNode reviews = root.putArray("contradictions");
        for (Review r : sheet.reviews()) {
            ObjectNode n = reviews.addObject();
            n.put("kind", r.kind().name());
            n.put("status", r.status().name());
            n.put("note", r.note());
            n.set("first", anchor(r.first()));
            n.set("second", anchor(r.second()));
        }
        ArrayNode notes = root.putArray("notes");
        for (Note note : sheet.notes()) {
            ObjectNode n = notes.addObject();
            n.set("anchor", anchor(note.anchor()));
            n.put("text", note.text());
        }
        ArrayNode actors = root.putArray("actorCorrections");
        for (ActorCorrection a : sheet.actors()) {
            ObjectNode n = actors.addObject();
            n.set("anchor", anchor(a.anchor()));
            n.put("action", a.action().name());
            a.type().ifPresent(t -> n.put("type", t.name()));
            a.canonical().ifPresent(c -> n.put("canonical", c));
        }
        ArrayNode claims = root.putArray("claimCorrections");
        for (ClaimCorrection c : sheet.claims()) {
            ObjectNode n = claims.addObject();
            n.set("content", anchor(c.content()));
            n.put("action", c.action().name());
            c.source().ifPresent(s -> n.set("source", anchor(s)));
            c.polarity().ifPresent(p -> n.put("polarity", p.name()));
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a review sheet", e);
        }
    }

    /** Reads a review document; the message of a failure is a reason, without the file name. */
    public static Stored read(byte[] json) throws IllegalArgumentException {
        JsonNode root;
        try {
            root = MAPPER.readTree(new String(json, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("it is not valid JSON (line " + e.getLocation().getLineNr() + ")", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("it is not a Mizan review file");
        }
        int version = root.path("version").asInt(-1);
        if (version < 1) {
            throw new IllegalArgumentException("it has no valid version");
        }
        if (version > VERSION) {
            throw new IllegalArgumentException("it was written by a newer Mizan (version " + version + ")");
        }
        try {
            List<Review> reviews = new ArrayList<>();
            for (JsonNode n : root.path("contradictions")) {
                reviews.add(new Review(anchor(n.get("first")), anchor(n.get("second")),
                        ContradictionKind.valueOf(text(n, "kind")), ReviewStatus.valueOf(text(n, "status")),
                        n.path("note").asText("")));
            }
            List<Note> notes = new ArrayList<>();
            for (JsonNode n : root.path("notes")) {
                notes.add(new Note(anchor(n.get("anchor")), text(n, "text")));
            }
            List<ActorCorrection> actors = new ArrayList<>();
            for (JsonNode n : root.path("actorCorrections")) {
                actors.add(new ActorCorrection(anchor(n.get("anchor")), CorrectionAction.valueOf(text(n, "action")),
                        optional(n, "type").map(EntityType::valueOf), optional(n, "canonical")));
            }
            List<ClaimCorrection> claims = new ArrayList<>();
            for (JsonNode n : root.path("claimCorrections")) {
                claims.add(new ClaimCorrection(anchor(n.get("content")), CorrectionAction.valueOf(text(n, "action")),
                        n.hasNonNull("source") ? Optional.of(anchor(n.get("source"))) : Optional.empty(),
                        optional(n, "polarity").map(Polarity::valueOf)));
            }
            JsonNode article = root.path("article");
            return new Stored(new Review.Sheet(reviews, notes, actors, claims), article.path("chars").asInt(-1),
                    article.path("sha256").asText(""));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("it has an invalid entry (" + e.getMessage() + ")", e);
        }
    }

    private static ObjectNode anchor(TextAnchor a) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("exact", a.exact());
        n.put("prefix", a.prefix());
        n.put("suffix", a.suffix());
        n.put("start", a.start());
        n.put("end", a.end());
        return n;
    }

    private static TextAnchor anchor(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("missing anchor");
        }
        if (!n.path("start").canConvertToInt() || !n.path("end").canConvertToInt()) {
            throw new IllegalArgumentException("anchor without position");
        }
        return new TextAnchor(text(n, "exact"), n.path("prefix").asText(""), n.path("suffix").asText(""),
                n.get("start").asInt(), n.get("end").asInt());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v.asText();
    }

    private static Optional<String> optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
