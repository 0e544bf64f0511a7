package org.mizan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mizan.io.BundledSamples;

/**
 * Large Arabic news-like text for the benchmarks, generated deterministically from the project's
 * own sample articles: each generated article takes a sample's headline and a seeded draw of
 * paragraphs from all samples, with the last digit of every number shifted by an amount fixed per
 * article, so figures differ between articles (as in a news feed) while the prose, names and
 * claims stay those of real-looking news. Same seed, same bytes: runs are comparable.
 */
public final class BenchCorpus {

    /** The bundled samples the corpus is drawn from. */
    static final List<String> SAMPLES = List.of("budget-dispute.txt", "detainees-release.txt", "flood-relief.txt",
            "port-talks.txt");

    private static final long SEED = 0x4D697A616EL;   // "Mizan"

    private final List<String> titles = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();

    public BenchCorpus() {
        for (String name : SAMPLES) {
            String[] lines = BundledSamples.load(name).text().strip().split("\\R+");
            titles.add(lines[0].strip());
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    paragraphs.add(lines[i].strip());
                }
            }
        }
    }

    /** Articles (headline, then 6 to 14 paragraphs) until their UTF-8 size reaches {@code bytes}. */
    public List<String> articles(long bytes) {
        return articles(bytes, false);
    }

    /**
     * As {@link #articles(long)}; with {@code varyPlaces} each article also moves its stories to
     * other places: every place the samples name (as the actor finder tags them) is replaced, word
     * for word, by a country drawn per article from the bundled gazetteer. Without it the feed
     * tells the same four stories over and over with different figures, so every new article
     * contradicts many earlier ones; with it the feed is many events in many places.
     */
    public List<String> articles(long bytes, boolean varyPlaces) {
        SplittableRandom rnd = new SplittableRandom(SEED);
        List<String> out = new ArrayList<>();
        long size = 0;
        while (size < bytes) {
            String a = article(rnd, 6 + rnd.nextInt(9));
            if (varyPlaces) {
                a = movePlaces(a, rnd);
            }
            out.add(a);
            size += utf8(a) + 2;                         // the blank line between articles in the file
        }
        return out;
    }

    /** One long article of about {@code bytes} UTF-8 bytes (paragraph after paragraph), for the reader. */
    public String longArticle(long bytes) {
        SplittableRandom rnd = new SplittableRandom(SEED + 1);
        StringBuilder sb = new StringBuilder(titles.get(0));
        long size = utf8(sb.toString());
        while (size < bytes) {
            String p = shiftDigits(paragraphs.get(rnd.nextInt(paragraphs.size())), 1 + rnd.nextInt(9));
            sb.append('\n').append(p);
            size += utf8(p) + 1;
        }
        return sb.toString();
    }

    private String article(SplittableRandom rnd, int paragraphCount) {
        int shift = 1 + rnd.nextInt(9);
        StringBuilder sb = new StringBuilder(shiftDigits(titles.get(rnd.nextInt(titles.size())), shift));
        for (int i = 0; i < paragraphCount; i++) {
            sb.append('\n').append(shiftDigits(paragraphs.get(rnd.nextInt(paragraphs.size())), shift));
        }
        return sb.toString();
    }

    private List<String> samplePlaces;
    private List<String> countries;
    private java.util.regex.Pattern placePattern;

    private String movePlaces(String article, SplittableRandom rnd) {
        if (placePattern == null) {
            loadPlaces();
        }
        java.util.Map<String, String> moved = new java.util.HashMap<>();
        for (String p : samplePlaces) {
            moved.put(p, countries.get(rnd.nextInt(countries.size())));
        }
        return placePattern.matcher(article).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) + moved.get(m.group(2))));
    }

    private void loadPlaces() {
        java.util.Set<String> places = new java.util.TreeSet<>(
                java.util.Comparator.comparingInt(String::length).reversed().thenComparing(x -> x));
        org.mizan.analysis.actors.ArabicActorFinder finder = new org.mizan.analysis.actors.ArabicActorFinder();
        for (String name : SAMPLES) {
            String text = BundledSamples.load(name).text();
            for (org.mizan.model.Mention m : finder.find(text).mentions()) {
                if (m.type() == org.mizan.model.EntityType.LOCATION) {
                    places.add(m.span().of(text));
                }
            }
        }
        samplePlaces = List.copyOf(places);
        List<String> names = new ArrayList<>();
        try (var in = BenchCorpus.class.getResourceAsStream("/org/mizan/ner/countries_ar_world-countries.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t");
                if (f.length > 2 && !f[2].isBlank()) {
                    names.add(f[2].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        countries = List.copyOf(names);
        StringBuilder alternatives = new StringBuilder();
        for (String p : samplePlaces) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(java.util.regex.Pattern.quote(p));
        }
        // whole words, keeping a one-letter proclitic (وبيروت، لبيروت)
        placePattern = java.util.regex.Pattern.compile(
                "(?<!\\p{IsArabic})([وفبلك]?)(" + alternatives + ")(?!\\p{IsArabic})");
    }

    /** Shifts the last digit of each run of digits (Western or Arabic-Indic), keeping its script. */
    static String shiftDigits(String s, int shift) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            int zero = c >= '0' && c <= '9' ? '0' : c >= '\u0660' && c <= '\u0669' ? '\u0660' : -1;
            boolean lastOfRun = i + 1 == sb.length() || !Character.isDigit(sb.charAt(i + 1));
            if (zero >= 0 && lastOfRun) {
                sb.setCharAt(i, (char) (zero + (c - zero + shift) % 10));
            }
        }
        return sb.toString();
    }

    static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    static long utf8(List<String> articles) {
        long n = 0;
        for (String a : articles) {
            n += utf8(a);
        }
        return n;
    }

    /** Writes the articles, a blank line between them, so the corpus can be inspected or fed to the CLI. */
    static Path write(List<String> articles, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, String.join("\n\n", articles), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
