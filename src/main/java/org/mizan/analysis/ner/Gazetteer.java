package org.mizan.analysis.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.model.EntityType;

/**
 * Name lists bundled with Mizan (see {@code org/mizan/ner/}): countries, places, organisations,
 * outlets, capitals, first and last names, and the words that announce a person, an organisation
 * or a place. All keys are folded with {@link ArabicForms#key}; phrases are keys joined by one space.
 */
public final class Gazetteer {

    /** What a known phrase is. */
    public enum Kind { COUNTRY, PLACE, ORGANIZATION, OUTLET }

    /** A known name: its kind, its canonical spelling. */
    public record Entry(Kind kind, String canonical) {
        public EntityType type() {
            return kind == Kind.COUNTRY || kind == Kind.PLACE ? EntityType.LOCATION : EntityType.ORGANIZATION;
        }
    }

    private static final String ROOT = "/org/mizan/ner/";
    private static volatile Gazetteer bundled;

    private final Map<String, Entry> phrases;
    private final PhraseLengths phraseLengths;
    private final Map<String, String> capitals;
    private final Set<String> firstNames;
    private final Set<String> lastNames;
    private final Set<String> personTitles;
    private final Set<String> orgHeads;
    private final Set<String> outletHeads;
    private final Set<String> locationHeads;
    private final Set<String> reportingVerbs;

    private Gazetteer(Map<String, Entry> phrases, Map<String, String> capitals, Set<String> firstNames,
                      Set<String> lastNames, Set<String> personTitles, Set<String> orgHeads,
                      Set<String> outletHeads, Set<String> locationHeads, Set<String> reportingVerbs) {
        this.phrases = Map.copyOf(phrases);
        this.phraseLengths = PhraseLengths.of(this.phrases.keySet());
        this.capitals = Map.copyOf(capitals);
        this.firstNames = Set.copyOf(firstNames);
        this.lastNames = Set.copyOf(lastNames);
        this.personTitles = Set.copyOf(personTitles);
        this.orgHeads = Set.copyOf(orgHeads);
        this.outletHeads = Set.copyOf(outletHeads);
        this.locationHeads = Set.copyOf(locationHeads);
        this.reportingVerbs = Set.copyOf(reportingVerbs);
    }

    /** The lists shipped in the jar (loaded once). */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = bundled;
                if (g == null) {
                    g = load();
                    bundled = g;
                }
            }
        }
        return g;
    }

    private static Gazetteer load() {
        Map<String, Entry> phrases = new HashMap<>();
        // Countries: the ISO list gives the canonical name; the second list adds official forms.
        Map<String, String> byCode = new HashMap<>();
        for (String line : lines("countries_ar_i18n-iso-countries.tsv")) {
            String[] f = line.split("\t");
            if (f.length < 2 || f[0].equals("alpha2")) {
                continue;
            }
            String[] names = f[1].split("\\|");
            byCode.put(f[0], names[0].strip());
            for (String n : names) {
                phrases.putIfAbsent(phraseKey(n), new Entry(Kind.COUNTRY, names[0].strip()));
            }
        }
        for (String line : lines("countries_ar_world-countries.tsv")) {
            String[] f = line.split("\t");
            if (f.length < 4 || f[0].equals("cca2")) {
                continue;
            }
            String canonical = byCode.getOrDefault(f[0], f[2].strip());
            phrases.putIfAbsent(phraseKey(f[2]), new Entry(Kind.COUNTRY, canonical));
            phrases.putIfAbsent(phraseKey(f[3]), new Entry(Kind.COUNTRY, canonical));
        }
        for (String line : lines("country-aliases.tsv")) {
            String[] f = line.split("\t");
            phrases.put(phraseKey(f[0]), new Entry(Kind.COUNTRY, f[1].strip()));
        }
        for (String line : lines("places.txt")) {
            phrases.putIfAbsent(phraseKey(line), new Entry(Kind.PLACE, line.strip()));
        }
        addNamed(phrases, "organizations.txt", Kind.ORGANIZATION);
        addNamed(phrases, "outlets.txt", Kind.OUTLET);
        Map<String, String> capitals = new HashMap<>();
        for (String line : lines("capitals.tsv")) {
            String[] f = line.split("\t");
            capitals.put(phraseKey(f[0]), f[1].strip());
            phrases.putIfAbsent(phraseKey(f[0]), new Entry(Kind.PLACE, f[0].strip()));
        }
        Set<String> first = keys("first-names-male.txt");
        first.addAll(keys("first-names-female.txt"));
        return new Gazetteer(phrases, capitals, first, keys("last-names.txt"), keys("person-titles.txt"),
                keys("org-heads.txt"), keys("outlet-heads.txt"), keys("location-heads.txt"),
                keys("reporting-verbs.txt"));
    }

    private static void addNamed(Map<String, Entry> phrases, String file, Kind kind) {
        for (String line : lines(file)) {
            int eq = line.indexOf('=');
            String name = eq < 0 ? line : line.substring(0, eq);
            String canonical = eq < 0 ? line : line.substring(eq + 1);
            phrases.put(phraseKey(name), new Entry(kind, canonical.strip()));
        }
    }

    /** The folded keys of a name's words joined by single spaces. */
    public static String phraseKey(String name) {
        // split on whitespace by hand: a regex split per name is slow in a cold JVM
        StringBuilder sb = new StringBuilder();
        String n = name.strip();
        int i = 0;
        while (i < n.length()) {
            int j = i;
            while (j < n.length() && !Character.isWhitespace(n.charAt(j))) {
                j++;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(ArabicForms.key(n.substring(i, j)));
            while (j < n.length() && Character.isWhitespace(n.charAt(j))) {
                j++;
            }
            i = j;
        }
        return sb.toString();
    }

    private static Set<String> keys(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            out.add(phraseKey(line));
        }
        return out;
    }

    private static List<String> lines(String file) {
        return WordListFile.lines(ROOT + file);
    }

    public Entry phrase(String phraseKey) {
        return phrases.get(phraseKey);
    }

    public int maxPhraseTokens() {
        return phraseLengths.longest();
    }

    /** How many words the longest known phrase starting with this folded word has; 0 if none. */
    public int longestPhraseStartingWith(String firstKey) {
        return phraseLengths.longestStartingWith(firstKey);
    }

    /** The country a capital stands for, or null. */
    public String countryOfCapital(String phraseKey) {
        return capitals.get(phraseKey);
    }

    public boolean isFirstName(String key) {
        return firstNames.contains(key);
    }

    public boolean isLastName(String key) {
        return lastNames.contains(key);
    }

    /** A title or role before a person's name, with or without the article (الوزير، وزير الخارجية). */
    /** Whether a folded word (its proclitics stripped) is a verb that reports speech (قال، أعلنت). */
    public boolean isReportingVerb(String key) {
        return reportingVerbs.contains(key);
    }

    public boolean isPersonTitle(String key) {
        return personTitles.contains(key) || personTitles.contains("ال" + key);
    }

    /** A noun that heads an organisation's name, with or without the article (بنك، البنك المركزي). */
    public boolean isOrgHead(String key) {
        return orgHeads.contains(key) || key.startsWith("ال") && orgHeads.contains(key.substring(2));
    }

    /** وزارتي، وزارتا: the dual of an organisation head. */
    public boolean isDualOrgHead(String key) {
        return key.length() > 4 && (key.endsWith("تي") || key.endsWith("تا"))
                && orgHeads.contains(key.substring(0, key.length() - 2) + "ه");
    }

    public boolean isOutletHead(String key) {
        return outletHeads.contains(key);
    }

    public boolean isLocationHead(String key) {
        return locationHeads.contains(key);
    }
}
