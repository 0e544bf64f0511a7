package org.mizan.analysis.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.analysis.ner.ArabicForms;
import org.mizan.analysis.ner.Gazetteer;

/**
 * The tagger's {@link Gazetteer} plus the lists only the actor rules read ({@code org/mizan/actors/}):
 * more capitals, places, organisations and Latin acronyms, titles, organisation and place heads,
 * currency words. Kept apart so that growing them never changes the tagger's features, which the
 * shipped model was trained with. Immutable; the bundled extras load once.
 */
final class ActorLexicon {

    /** How a place head relates to the name after it. */
    enum PlaceHead { KEEPS_HEAD, BEFORE_NAME }

    private record Extras(Map<String, Gazetteer.Entry> phrases, Map<String, Integer> longest,
                          Map<String, String> capitals, Set<String> titles, Set<String> orgHeads,
                          Map<String, PlaceHead> placeHeads, Set<String> currencies) {
    }

    private static final String ROOT = "/org/mizan/actors/";
    private static final Extras EXTRAS = load();

    private final Gazetteer base;

    ActorLexicon(Gazetteer base) {
        this.base = base;
    }

    Gazetteer base() {
        return base;
    }

    Gazetteer.Entry phrase(String phraseKey) {
        Gazetteer.Entry e = base.phrase(phraseKey);
        return e != null ? e : EXTRAS.phrases.get(phraseKey);
    }

    int longestPhraseStartingWith(String firstKey) {
        return Math.max(base.longestPhraseStartingWith(firstKey), EXTRAS.longest.getOrDefault(firstKey, 0));
    }

    String countryOfCapital(String phraseKey) {
        String c = base.countryOfCapital(phraseKey);
        return c != null ? c : EXTRAS.capitals.get(phraseKey);
    }

    boolean isFirstName(String key) {
        return base.isFirstName(key);
    }

    boolean isLastName(String key) {
        return base.isLastName(key);
    }

    boolean isPersonTitle(String key) {
        return base.isPersonTitle(key) || EXTRAS.titles.contains(key) || EXTRAS.titles.contains("ال" + key);
    }

    boolean isOrgHead(String key) {
        return base.isOrgHead(key) || EXTRAS.orgHeads.contains(key)
                || key.startsWith("ال") && EXTRAS.orgHeads.contains(key.substring(2));
    }

    boolean isDualOrgHead(String key) {
        return base.isDualOrgHead(key);
    }

    boolean isOutletHead(String key) {
        return base.isOutletHead(key);
    }

    boolean isLocationHead(String key) {
        return base.isLocationHead(key) || EXTRAS.placeHeads.containsKey(key);
    }

    /** A head of a place name from the actor lists (مدينة، بلدتي، نهر ...), or null. */
    PlaceHead placeHead(String key) {
        return EXTRAS.placeHeads.get(key);
    }

    boolean isCurrency(String key) {
        return EXTRAS.currencies.contains(key);
    }

    private static Extras load() {
        Map<String, Gazetteer.Entry> phrases = new HashMap<>();
        for (String line : lines("places.txt")) {
            phrases.putIfAbsent(Gazetteer.phraseKey(line), new Gazetteer.Entry(Gazetteer.Kind.PLACE, line.strip()));
        }
        for (String line : lines("organizations.txt")) {
            int eq = line.indexOf('=');
            String name = eq < 0 ? line : line.substring(0, eq);
            String canonical = eq < 0 ? line : line.substring(eq + 1);
            phrases.put(Gazetteer.phraseKey(name), new Gazetteer.Entry(Gazetteer.Kind.ORGANIZATION, canonical.strip()));
        }
        Map<String, String> capitals = new HashMap<>();
        for (String line : lines("capitals.tsv")) {
            String[] f = line.split("\t");
            capitals.put(Gazetteer.phraseKey(f[0]), f[1].strip());
            phrases.putIfAbsent(Gazetteer.phraseKey(f[0]), new Gazetteer.Entry(Gazetteer.Kind.PLACE, f[0].strip()));
        }
        Map<String, Integer> longest = new HashMap<>();
        for (String k : phrases.keySet()) {
            String[] words = k.split(" ");
            longest.merge(words[0], words.length, Math::max);
        }
        Map<String, PlaceHead> placeHeads = new HashMap<>();
        for (String line : lines("location-heads.txt")) {
            String[] f = line.split("\t");
            placeHeads.put(ArabicForms.key(f[0].strip()),
                    f.length > 1 && f[1].strip().equals("yes") ? PlaceHead.KEEPS_HEAD : PlaceHead.BEFORE_NAME);
        }
        return new Extras(Map.copyOf(phrases), Map.copyOf(longest), Map.copyOf(capitals), keys("person-titles.txt"),
                keys("org-heads.txt"), Map.copyOf(placeHeads), keys("currencies.txt"));
    }

    private static Set<String> keys(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            out.add(Gazetteer.phraseKey(line));
        }
        return Set.copyOf(out);
    }

    private static List<String> lines(String file) {
        InputStream in = ActorLexicon.class.getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + ROOT + file);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
