package org.mizan.analysis.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.analysis.ner.ArabicForms;
import org.mizan.analysis.ner.Gazetteer;
import org.mizan.analysis.ner.WordListFile;

/**
 * The tagger's {@link Gazetteer} plus the lists only the actor rules read ({@code org/mizan/actors/}):
 * more capitals, places, organisations and Latin acronyms, titles, organisation and place heads,
 * currency words, first names. Kept apart so that growing them never changes the tagger's features, which the
 * shipped model was trained with. Immutable; the bundled extras load once.
 */
final class ActorLexicon {

    /** How a place head relates to the name after it. */
    enum PlaceHead { KEEPS_HEAD, BEFORE_NAME }

    private record Extras(Map<String, Gazetteer.Entry> phrases, Map<String, Integer> longest,
                          Map<String, String> capitals, Set<String> titles, Set<String> orgHeads,
                          Map<String, PlaceHead> placeHeads, Set<String> currencies, Set<String> firstNames) {
    }

    private static final String ROOT = "/org/mizan/actors/";
    private static final Extras EXTRAS = load();

    // word-class bits, computed once per distinct folded word (see the memo)
    private static final int TITLE = 1;
    private static final int ORG_HEAD = 1 << 1;
    private static final int DUAL_ORG_HEAD = 1 << 2;
    private static final int OUTLET_HEAD = 1 << 3;
    private static final int LOCATION_HEAD = 1 << 4;
    private static final int FIRST_NAME = 1 << 5;
    private static final int LAST_NAME = 1 << 6;
    private static final int CURRENCY = 1 << 7;
    private static final int PHRASE = 1 << 8;
    private static final int KNOWN = 1 << 9;
    private static final int LONGEST_SHIFT = 10; // the longest known phrase starting with the word, 0..15

    /** Words remembered at most; beyond that, classes are computed on each call. */
    private static final int MEMO_LIMIT = 100_000;

    private final Gazetteer base;
    /**
     * Word-class bits by folded word. The rules ask a dozen questions about every word (a title? an
     * organisation head? does a known name start with it?) and the base gazetteer builds a new string
     * for some of them; the memo answers each distinct word once. Concurrent, so the finder stays
     * thread-safe; bounded, so a stream of new words cannot grow it without end.
     */
    private final Map<String, Integer> memo = new java.util.concurrent.ConcurrentHashMap<>();

    ActorLexicon(Gazetteer base) {
        this.base = base;
    }

    private int bits(String key) {
        Integer b = memo.get(key);
        if (b == null) {
            b = compute(key);
            if (memo.size() < MEMO_LIMIT) {
                memo.put(key, b);
            }
        }
        return b;
    }

    private int compute(String key) {
        int b = 0;
        if (base.isPersonTitle(key) || EXTRAS.titles.contains(key) || EXTRAS.titles.contains("ال" + key)) {
            b |= TITLE;
        }
        if (base.isOrgHead(key) || EXTRAS.orgHeads.contains(key)
                || key.startsWith("ال") && EXTRAS.orgHeads.contains(key.substring(2))) {
            b |= ORG_HEAD;
        }
        if (base.isDualOrgHead(key)) {
            b |= DUAL_ORG_HEAD;
        }
        if (base.isOutletHead(key)) {
            b |= OUTLET_HEAD;
        }
        if (base.isLocationHead(key) || EXTRAS.placeHeads.containsKey(key)) {
            b |= LOCATION_HEAD;
        }
        if (base.isFirstName(key) || EXTRAS.firstNames.contains(key)) {
            b |= FIRST_NAME;
        }
        if (base.isLastName(key)) {
            b |= LAST_NAME;
        }
        if (EXTRAS.currencies.contains(key)) {
            b |= CURRENCY;
        }
        if (base.phrase(key) != null || EXTRAS.phrases.containsKey(key)) {
            b |= PHRASE;
        }
        int longest = Math.min(15, Math.max(base.longestPhraseStartingWith(key), EXTRAS.longest.getOrDefault(key, 0)));
        return b | KNOWN | longest << LONGEST_SHIFT;
    }

    Gazetteer base() {
        return base;
    }

    Gazetteer.Entry phrase(String phraseKey) {
        if (phraseKey.indexOf(' ') < 0 && (bits(phraseKey) & PHRASE) == 0) {
            return null;
        }
        Gazetteer.Entry e = base.phrase(phraseKey);
        return e != null ? e : EXTRAS.phrases.get(phraseKey);
    }

    int longestPhraseStartingWith(String firstKey) {
        return bits(firstKey) >>> LONGEST_SHIFT;
    }

    String countryOfCapital(String phraseKey) {
        String c = base.countryOfCapital(phraseKey);
        return c != null ? c : EXTRAS.capitals.get(phraseKey);
    }

    boolean isFirstName(String key) {
        return (bits(key) & FIRST_NAME) != 0;
    }

    boolean isLastName(String key) {
        return (bits(key) & LAST_NAME) != 0;
    }

    boolean isPersonTitle(String key) {
        return (bits(key) & TITLE) != 0;
    }

    boolean isOrgHead(String key) {
        return (bits(key) & ORG_HEAD) != 0;
    }

    boolean isDualOrgHead(String key) {
        return (bits(key) & DUAL_ORG_HEAD) != 0;
    }

    boolean isOutletHead(String key) {
        return (bits(key) & OUTLET_HEAD) != 0;
    }

    boolean isLocationHead(String key) {
        return (bits(key) & LOCATION_HEAD) != 0;
    }

    /** A head of a place name from the actor lists (مدينة، بلدتي، نهر ...), or null. */
    PlaceHead placeHead(String key) {
        return (bits(key) & LOCATION_HEAD) == 0 ? null : EXTRAS.placeHeads.get(key);
    }

    boolean isCurrency(String key) {
        return (bits(key) & CURRENCY) != 0;
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
                keys("org-heads.txt"), Map.copyOf(placeHeads), keys("currencies.txt"), keys("first-names.txt"));
    }

    private static Set<String> keys(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            out.add(Gazetteer.phraseKey(line));
        }
        return Set.copyOf(out);
    }

    private static List<String> lines(String file) {
        return WordListFile.lines(ROOT + file);
    }
}
