package org.mizan.analysis.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Countries by name, capital and adjective (سوريا، دمشق، السوري؛ واشنطن، الأميركية): news names a
 * state by any of them, and two claims about "the American administration" and "Washington" are
 * about the same actor. A small built-in table: the analysis layer does no I/O.
 */
public final class Countries {

    private static final Map<String, String> BY_KEY = new HashMap<>();
    private static final Map<String, String> BY_BIGRAM = new HashMap<>();
    /** Place keys that start a two-word name: most word pairs are ruled out before joining their keys. */
    private static final java.util.Set<String> BIGRAM_FIRSTS = new java.util.HashSet<>();

    private static void country(String canonical, String... names) {
        add(canonical, canonical);
        for (String n : names) {
            add(canonical, n);
        }
    }

    private static void add(String canonical, String name) {
        String[] parts = name.split(" ");
        if (parts.length == 2) {
            BY_BIGRAM.put(placeKey(Words.key(parts[0])) + " " + placeKey(Words.key(parts[1])), canonical);
            BIGRAM_FIRSTS.add(placeKey(Words.key(parts[0])));
        } else {
            BY_KEY.put(placeKey(Words.key(name)), canonical);
        }
    }

    static {
        country("الولايات المتحدة", "أميركا", "أمريكا", "واشنطن", "أميركي", "أمريكي", "البيت الأبيض", "البنتاغون");
        country("روسيا", "موسكو", "روسي", "الكرملين");
        country("إيران", "طهران", "إيراني");
        country("إسرائيل", "إسرائيلي", "تل أبيب");
        country("العراق", "بغداد", "عراقي");
        country("سوريا", "سورية", "دمشق", "سوري");
        country("اليمن", "صنعاء", "يمني");
        country("مصر", "القاهرة", "مصري");
        country("السعودية", "الرياض", "سعودي");
        country("تركيا", "أنقرة", "تركي");
        country("الصين", "بكين", "صيني");
        country("فرنسا", "باريس", "فرنسي");
        country("بريطانيا", "لندن", "بريطاني");
        country("ألمانيا", "برلين", "ألماني");
        country("لبنان", "بيروت", "لبناني");
        country("الأردن", "أردني");
        country("قطر", "الدوحة", "قطري");
        country("الإمارات", "أبوظبي", "إماراتي");
        country("ليبيا", "ليبي");
        country("السودان", "الخرطوم", "سوداني");
        country("فلسطين", "فلسطيني", "رام الله");
        country("غزة");
        country("أوكرانيا", "كييف", "أوكراني");
        country("تونس", "تونسي");
        country("الجزائر", "جزائري");
        country("الكويت", "كويتي");
        country("البحرين", "بحريني");
        country("أفغانستان", "كابول", "أفغاني");
        country("باكستان", "إسلام آباد", "باكستاني");
        country("الهند", "نيودلهي", "هندي");
        country("اليابان", "طوكيو", "ياباني");
    }

    private Countries() {
    }

    /** A name or adjective reduced to what its forms share: clitics and nisba endings off. */
    static String placeKey(String key) {
        String s = ArabicRoots.stripProclitics(ArabicRoots.foldHamza(key));
        for (String suf : List.of("يين", "يون", "ين", "يه", "ات", "ي", "ه", "ا")) {
            if (s.endsWith(suf) && s.length() - suf.length() >= 3) {
                s = s.substring(0, s.length() - suf.length());
                break;
            }
        }
        return s;
    }

    /** True for a nisba adjective (الأميركية، السوري) rather than the country's own name. */
    public static boolean isAdjective(String key) {
        String s = ArabicRoots.stripProclitics(ArabicRoots.foldHamza(key));
        return of(key).isPresent() && !BY_KEY.containsKey(s) && (s.endsWith("ي") || s.endsWith("يه")
                || s.endsWith("يون") || s.endsWith("يين"));
    }

    /** The country a single word names or qualifies (دمشق، السورية), if any. */
    public static Optional<String> of(String key) {
        return byPlaceKey(placeKey(key));
    }

    static Optional<String> byPlaceKey(String placeKey) {
        return Optional.ofNullable(BY_KEY.get(placeKey));
    }

    /** {@link #of(String)} of a word, from its cached forms. */
    public static Optional<String> of(Words.Word word) {
        return word.forms().country();
    }

    /** {@link #of(String, String)} of two words, from their cached forms. */
    public static Optional<String> of(Words.Word first, Words.Word second) {
        String a = first.forms().placeKey();
        if (!BIGRAM_FIRSTS.contains(a)) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_BIGRAM.get(a + " " + second.forms().placeKey()));
    }

    /** The country two consecutive words name (الولايات المتحدة، البيت الأبيض), if any. */
    public static Optional<String> of(String first, String second) {
        String a = placeKey(first);
        if (!BIGRAM_FIRSTS.contains(a)) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_BIGRAM.get(a + " " + placeKey(second)));
    }

    /** The country a canonical actor name stands for, or the name itself folded: the key two names are compared by. */
    public static String actorKey(String canonical) {
        List<Words.Word> ws = Words.tokens(canonical, 0, canonical.length());
        for (int i = 0; i + 1 < ws.size(); i++) {
            Optional<String> c = of(ws.get(i).key(), ws.get(i + 1).key());
            if (c.isPresent()) {
                return c.get();
            }
        }
        if (ws.size() == 1) {
            Optional<String> c = of(ws.get(0).key());
            if (c.isPresent()) {
                return c.get();
            }
        }
        return Words.key(canonical);
    }
}
