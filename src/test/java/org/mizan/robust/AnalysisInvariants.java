package org.mizan.robust;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.export.AnalysisJson;
import org.mizan.model.Actor;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.ClaimRef;
import org.mizan.model.Contradiction;
import org.mizan.model.Figure;
import org.mizan.model.Mention;
import org.mizan.model.Source;
import org.mizan.model.Span;

/**
 * What every analysis must satisfy whatever the input: the contract the UI, the PDF export and
 * the JSON readers rely on. Violations are collected and reported together, so one failing input
 * shows every broken promise at once.
 */
final class AnalysisInvariants {

    /** Strict: trailing garbage, duplicate keys or a lone surrogate in the bytes fail the parse. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private AnalysisInvariants() {
    }

    /** Fails with every violated invariant of one analysis, its JSON document included. */
    static void check(Analysis analysis) {
        List<String> problems = new ArrayList<>();
        collect(analysis, problems);
        json(analysis, problems);
        fail(problems, analysis.text());
    }

    /** Cross-article contradictions must pair claims that exist in the articles given. */
    static void checkAcross(List<Analysis> analyses, List<Contradiction> contradictions) {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> claimIds = new HashMap<>();
        for (Analysis a : analyses) {
            claimIds.computeIfAbsent(a.article().source(), k -> new HashSet<>())
                    .addAll(a.claims().stream().map(Claim::id).toList());
        }
        for (Contradiction x : contradictions) {
            for (ClaimRef ref : List.of(x.first(), x.second())) {
                Set<String> ids = claimIds.get(ref.article());
                if (ids == null || !ids.contains(ref.claimId())) {
                    problems.add("contradiction " + x.id() + " points to missing claim " + ref);
                }
            }
            if (x.first().equals(x.second())) {
                problems.add("contradiction " + x.id() + " pairs a claim with itself");
            }
        }
        fail(problems, "(" + analyses.size() + " articles)");
    }

    private static void collect(Analysis a, List<String> problems) {
        String text = a.text();
        int n = text.length();

        for (Mention m : a.mentions()) {
            inText("mention " + m.canonical(), m.span(), n, problems);
            if (m.span().length() == 0) {
                problems.add("empty mention span " + m.span());
            }
        }
        sortedByStart("mentions", a.mentions().stream().map(Mention::span).toList(), problems);
        Set<Mention> known = new HashSet<>(a.mentions());
        for (Actor actor : a.actors()) {
            for (Mention m : actor.mentions()) {
                if (!known.contains(m)) {
                    problems.add("actor " + actor.canonical() + " holds a mention not in the analysis: " + m);
                }
            }
        }

        Span previous = null;
        for (Figure f : a.figures()) {
            inText("figure", f.span(), n, problems);
            if (f.span().length() == 0) {
                problems.add("empty figure span " + f.span());
            }
            if (previous != null && f.span().start() < previous.end()) {
                problems.add("figures overlap or are out of order: " + previous + " then " + f.span());
            }
            previous = f.span();
        }

        Set<String> ids = new HashSet<>();
        for (Claim c : a.claims()) {
            if (!ids.add(c.id())) {
                problems.add("duplicate claim id " + c.id());
            }
            inText("claim " + c.id() + " content", c.span(), n, problems);
            inText("claim " + c.id() + " cue", c.cue(), n, problems);
            if (c.cue().length() == 0) {
                problems.add("claim " + c.id() + " has an empty cue");
            }
            c.source().ifPresent(s -> inText("claim " + c.id() + " source", s.span(), n, problems));
            for (Source v : c.via()) {
                inText("claim " + c.id() + " via", v.span(), n, problems);
            }
            for (Span fs : c.frame().figures()) {
                inText("claim " + c.id() + " frame figure", fs, n, problems);
            }
        }

        Set<String> xids = new HashSet<>();
        String self = a.article().source();
        for (Contradiction x : a.contradictions()) {
            if (!xids.add(x.id())) {
                problems.add("duplicate contradiction id " + x.id());
            }
            for (ClaimRef ref : List.of(x.first(), x.second())) {
                if (!ref.article().equals(self)) {
                    problems.add("contradiction " + x.id() + " of one article points to another: " + ref);
                } else if (!ids.contains(ref.claimId())) {
                    problems.add("contradiction " + x.id() + " points to missing claim " + ref.claimId());
                }
            }
            if (x.first().equals(x.second())) {
                problems.add("contradiction " + x.id() + " pairs a claim with itself");
            }
        }
    }

    /**
     * The JSON, written as the CLI writes it (UTF-8), parses strictly, and each "text" is the
     * slice its offsets name. A lone surrogate in the text survives as a \\u escape or not at all.
     */
    private static void json(Analysis a, List<String> problems) {
        String text = a.text();
        String json;
        try {
            json = AnalysisJson.write(a);
        } catch (RuntimeException e) {
            problems.add("AnalysisJson.write threw " + e);
            return;
        }
        JsonNode root;
        try {
            root = STRICT.readTree(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add("JSON output does not parse: " + e.getMessage());
            return;
        }
        if (root.path("chars").asInt(-1) != text.length()) {
            problems.add("JSON chars " + root.path("chars") + " != " + text.length());
        }
        for (String array : List.of("entities", "figures", "claims")) {
            JsonNode items = root.path(array);
            if (!items.isArray()) {
                problems.add("JSON has no array " + array);
                continue;
            }
            for (JsonNode item : items) {
                sliceMatches(array, item, text, problems);
                if (item.has("source") && item.get("source").isObject()) {
                    sliceMatches(array + ".source", item.get("source"), text, problems);
                }
            }
        }
        Set<String> claimIds = new HashSet<>();
        root.path("claims").forEach(c -> claimIds.add(c.path("id").asText()));
        for (JsonNode x : root.path("contradictions")) {
            for (JsonNode id : x.path("claims")) {
                if (!claimIds.contains(id.asText())) {
                    problems.add("JSON contradiction " + x.path("id") + " names missing claim " + id);
                }
            }
        }
    }

    private static void sliceMatches(String where, JsonNode node, String text, List<String> problems) {
        int start = node.path("start").asInt(-1);
        int end = node.path("end").asInt(-1);
        if (start < 0 || end < start || end > text.length()) {
            problems.add("JSON " + where + " offsets out of text: [" + start + ", " + end + ")");
            return;
        }
        String expected = text.substring(start, end);
        String actual = node.path("text").asText(null);
        if (!expected.equals(actual)) {
            problems.add("JSON " + where + " text " + quote(actual) + " is not the slice " + quote(expected));
        }
    }

    private static void inText(String what, Span span, int length, List<String> problems) {
        if (span.end() > length) {
            problems.add(what + " span " + span + " ends past the text (" + length + " chars)");
        }
    }

    private static void sortedByStart(String what, Collection<Span> spans, List<String> problems) {
        int last = -1;
        for (Span s : spans) {
            if (s.start() < last) {
                problems.add(what + " not in text order at " + s);
            }
            last = s.start();
        }
    }

    private static void fail(List<String> problems, String text) {
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " invariant(s) broken for input " + quote(text) + ":\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(problems.size(), 20))));
        }
    }

    /** The input, shortened and with invisible or unpaired characters made visible. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        int limit = Math.min(s.length(), 300);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > limit) {
            b.append("... (").append(s.length()).append(" chars)");
        }
        return b.append('"').toString();
    }
}
