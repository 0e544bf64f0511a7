package org.mizan.analysis.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mizan.analysis.claims.ArabicRoots;
import org.mizan.analysis.claims.Countries;
import org.mizan.analysis.claims.FrameReader;
import org.mizan.analysis.claims.Lexicon;
import org.mizan.analysis.claims.Words;

/**
 * Features of a sentence pair for stance, from the same machinery as contradiction search: root
 * families, negation with scope, figures, country names and an antonym lexicon, plus the differing
 * words themselves (the learner finds which swaps matter). On top of those: the opposed meaning
 * classes of {@link Poles} (one side's pole against the other's opposite, synonyms of one pole, the
 * first pole of each headline) and the shape of the minimal edit between the two ({@link Alignment}:
 * gaps, one-word substitutions and what kind of word was swapped, reordered words). A country's
 * name, capital and adjective count as one word.
 */
public final class StanceFeatures {

    /** Predicate families that contradict each other when swapped (ارتفع/انخفض، وافق/رفض ...). */
    private static final Set<String> ANTONYM_PAIRS = new java.util.HashSet<>();

    private static void antonyms(String a, String... others) {
        for (String b : others) {
            ANTONYM_PAIRS.add(a + "|" + b);
            ANTONYM_PAIRS.add(b + "|" + a);
        }
    }

    static {
        antonyms("رفع", "خفض", "رجع", "هبط", "نقص", "قلل");
        antonyms("زود", "نقص", "خفض", "رجع", "قلل");
        antonyms("وفق", "رفض", "عرض");
        antonyms("قبل", "رفض");
        antonyms("نجح", "فشل", "خفق");
        antonyms("فوز", "خسر", "هزم");
        antonyms("ربح", "خسر");
        antonyms("فتح", "غلق");
        antonyms("سمح", "منع", "حظر");
        antonyms("اكد", "نفي");
        antonyms("دعم", "عرض", "دان");
        antonyms("صعد", "هبط", "هدا", "هدي");
        antonyms("قوي", "ضعف");
        antonyms("كبر", "صغر");
        antonyms("كثر", "قلل");
        antonyms("حضر", "غيب");
        antonyms("سلم", "حرب");
        antonyms("فرج", "عقل", "حجز", "سجن");
        antonyms("بدا", "نهي", "وقف", "جمد", "علق");
        antonyms("نمي", "ركد", "كمش");
        antonyms("قدم", "اخر");
        antonyms("حيي", "موت", "قتل");
        antonyms("امن", "خطر");
        antonyms("وصل", "غدر");
        antonyms("عين", "قيل", "عزل");
        antonyms("جدد", "لغي");
        antonyms("بقي", "سحب", "خرج");
        antonyms("دخل", "خرج");
        antonyms("صحح", "خطا");
        antonyms("حسن", "سوا", "تدهور", "دهر");
        antonyms("ارتفاع", "انخفاض");
    }

    private StanceFeatures() {
    }

    private record Side(List<Words.Word> words, Set<String> families, Set<String> numbers, int negations,
                        boolean hedged, Set<String> countries, List<String> sequence, Map<String, String> surface) {
    }

    private static Side side(String s) {
        List<Words.Word> ws = Words.tokens(s, 0, s.length());
        Set<String> fam = new LinkedHashSet<>();
        Set<String> nums = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        List<String> seq = new ArrayList<>();
        Map<String, String> surface = new HashMap<>();
        for (int i = 0; i < ws.size(); i++) {
            Words.Word w = ws.get(i);
            if (w.punct()) {
                continue;
            }
            String k = w.key();
            if (Character.isDigit(k.charAt(0))) {
                nums.add(k);
                seq.add("#" + k);
                continue;
            }
            Integer n = Lexicon.NUMBER_WORDS.get(Lexicon.bare(k));
            if (n != null) {
                nums.add(String.valueOf(n));
                seq.add("#" + n);
                continue;
            }
            // a country by name, capital or adjective is one word to compare: الصين = صينية = بكين
            Optional<String> country = Optional.empty();
            int next = i + 1 < ws.size() && !ws.get(i + 1).punct() ? i + 1 : -1;
            if (next > 0) {
                country = Countries.of(k, ws.get(next).key());
            }
            if (country.isPresent()) {
                i = next;
            } else {
                country = Countries.of(k);
            }
            country.ifPresent(countries::add);
            if (country.isEmpty() && (Lexicon.STOP.contains(k) || Lexicon.NEGATORS.contains(k))) {
                continue;
            }
            String family = country.map(c -> "@" + c).orElseGet(() -> ArabicRoots.family(k));
            fam.add(family);
            seq.add(family);
            surface.putIfAbsent(family, ArabicRoots.stripProclitics(k));
        }
        return new Side(ws, fam, nums, FrameReader.negations(ws), FrameReader.hedged(ws), countries, seq, surface);
    }

    /** Jaccard overlap of the character trigrams of the two sentences' words (catches reworded inflections). */
    private static double trigramOverlap(List<Words.Word> a, List<Words.Word> b) {
        Set<String> ga = trigrams(a);
        Set<String> gb = trigrams(b);
        if (ga.isEmpty() || gb.isEmpty()) {
            return 0;
        }
        long shared = ga.stream().filter(gb::contains).count();
        return shared / (double) (ga.size() + gb.size() - shared);
    }

    private static Set<String> trigrams(List<Words.Word> ws) {
        Set<String> out = new java.util.HashSet<>();
        for (Words.Word w : ws) {
            if (w.punct() || Lexicon.STOP.contains(w.key())) {
                continue;
            }
            String k = "#" + ArabicRoots.stripProclitics(w.key()) + "#";
            for (int i = 0; i + 3 <= k.length(); i++) {
                out.add(k.substring(i, i + 3));
            }
        }
        return out;
    }

    /** A coarse class of a differing word's family: a country, a verb family or another word. */
    private static String wordClass(String family) {
        if (family.startsWith("@")) {
            return "country";
        }
        return family.length() == 3 ? "root" : "other";
    }

    /** The sparse feature vector of a pair: name to value. */
    public static Map<String, Double> of(String s1, String s2) {
        Side a = side(s1);
        Side b = side(s2);
        Map<String, Double> f = new HashMap<>();
        f.put("bias", 1.0);
        Set<String> only1 = new LinkedHashSet<>(a.families);
        only1.removeAll(b.families);
        Set<String> only2 = new LinkedHashSet<>(b.families);
        only2.removeAll(a.families);
        int shared = a.families.size() - only1.size();
        int union = a.families.size() + only2.size();
        double jac = union == 0 ? 0 : shared / (double) union;
        double cover2 = b.families.isEmpty() ? 0 : shared / (double) b.families.size();
        double cover1 = a.families.isEmpty() ? 0 : shared / (double) a.families.size();
        f.put("jac", jac);
        f.put("cover1", cover1);
        f.put("cover2", cover2);
        f.put("jac=" + (int) Math.min(9, jac * 10), 1.0);
        f.put("cover2=" + (int) Math.min(9, cover2 * 10), 1.0);
        f.put("only1=" + Math.min(5, only1.size()), 1.0);
        f.put("only2=" + Math.min(5, only2.size()), 1.0);
        f.put("shared=" + Math.min(5, shared), 1.0);

        boolean negAsym = (a.negations % 2) != (b.negations % 2);
        if (negAsym) {
            f.put("negAsym", 1.0);
            f.put(b.negations > a.negations ? "negAdded" : "negRemoved", 1.0);
        }
        if (a.hedged != b.hedged) {
            f.put("hedgeAsym", 1.0);
        }
        if (!a.numbers.isEmpty() && !b.numbers.isEmpty()) {
            f.put(a.numbers.equals(b.numbers) ? "numSame" : "numDiff", 1.0);
        } else if (!a.numbers.isEmpty() || !b.numbers.isEmpty()) {
            f.put("numOne", 1.0);
        }
        if (!a.countries.isEmpty() && !b.countries.isEmpty() && !a.countries.equals(b.countries)) {
            f.put("countryDiff", 1.0);
            if (a.countries.stream().noneMatch(b.countries::contains)) {
                f.put("countryDisjoint", 1.0);
            }
        }
        int antonymPairs = 0;
        for (String x : only1) {
            for (String y : only2) {
                if (ANTONYM_PAIRS.contains(x + "|" + y)) {
                    antonymPairs++;
                }
            }
        }
        if (antonymPairs > 0) {
            f.put("antonym", 1.0);
            f.put(negAsym ? "antonym&neg" : "antonym&noneg", 1.0);
        }
        for (String x : only1) {
            f.merge("d1:" + x, 1.0, Double::sum);
            f.merge("d:" + x, 1.0, Double::sum);
        }
        for (String y : only2) {
            f.merge("d2:" + y, 1.0, Double::sum);
            f.merge("d:" + y, 1.0, Double::sum);
        }
        double grams = trigramOverlap(a.words, b.words);
        f.put("tri", grams);
        f.put("tri=" + (int) Math.min(9, grams * 10), 1.0);
        if (only1.size() * only2.size() <= 4) {
            for (String x : only1) {
                for (String y : only2) {
                    f.put("pair:" + (x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x), 1.0);
                }
            }
        }
        for (String x : only1) {
            f.merge("c1:" + wordClass(x), 1.0, Double::sum);
        }
        for (String y : only2) {
            f.merge("c2:" + wordClass(y), 1.0, Double::sum);
        }
        if (only1.size() == 1 && only2.size() == 1) {
            f.put("swap1", 1.0);
        }
        for (String x : a.families) {
            if (b.families.contains(x)) {
                f.merge("s:" + x, 0.5, Double::sum);
            }
        }
        List<String> pn = new ArrayList<>();
        if (negAsym) {
            pn.add("neg");
        }
        if (f.containsKey("numDiff")) {
            pn.add("num");
        }
        if (antonymPairs > 0) {
            pn.add("ant");
        }
        f.put("cues=" + String.join("+", pn), 1.0);
        poles(a, b, only1, only2, negAsym, f);
        edits(a, b, f);
        return f;
    }

    /**
     * The shape of the minimal edit between the two sentences: how many gaps, substitutions and
     * reordered words, and for a single one-word substitution what kind of word was swapped.
     */
    private static void edits(Side a, Side b, Map<String, Double> f) {
        Alignment al = Alignment.of(a.sequence, b.sequence);
        int subs = 0;
        int ins = 0;
        int dels = 0;
        for (Alignment.Gap g : al.gaps()) {
            if (g.substitution()) {
                subs++;
            } else if (g.left().isEmpty()) {
                ins++;
            } else {
                dels++;
            }
        }
        f.put("gaps=" + Math.min(4, al.gaps().size()), 1.0);
        f.put("subs=" + Math.min(3, subs) + ",ins=" + Math.min(2, ins) + ",del=" + Math.min(2, dels), 1.0);
        int shared = 0;
        Set<String> inB = new java.util.HashSet<>(b.sequence);
        for (String x : new LinkedHashSet<>(a.sequence)) {
            if (inB.contains(x)) {
                shared++;
            }
        }
        int reordered = Math.max(0, shared - al.common());
        f.put("reord=" + Math.min(3, reordered), 1.0);
        for (Alignment.Gap g : al.gaps()) {
            if (g.left().size() == 1 && g.right().size() == 1) {
                swap(a.surface.getOrDefault(g.left().get(0), g.left().get(0)),
                        b.surface.getOrDefault(g.right().get(0), g.right().get(0)), g.left().get(0), g.right().get(0), f);
            }
        }
        if (al.gaps().size() == 1 && subs == 1) {
            Alignment.Gap g = al.gaps().get(0);
            String shape = Math.min(3, g.left().size()) + "x" + Math.min(3, g.right().size());
            f.put("onlySub=" + shape, 1.0);
            if (g.left().size() == 1 && g.right().size() == 1) {
                String x = g.left().get(0);
                String y = g.right().get(0);
                f.put("sub1sim=" + (int) Math.min(4, 5 * dice(x, y)), 1.0);
                f.put("sub1class=" + wordClass(x) + ">" + wordClass(y), 1.0);
            }
        }
    }

    /** One word of the first sentence replaced by one of the second in the same place: what kind of swap. */
    private static void swap(String x, String y, String famX, String famY, Map<String, Double> f) {
        f.merge("swaps", 1.0, Double::sum);
        f.put("swapSim=" + (int) Math.min(4, 5 * dice(x, y)), 1.0);
        Optional<Poles> px = Poles.of(x);
        Optional<Poles> py = Poles.of(y);
        if (px.isPresent() && py.isPresent()) {
            f.put(px.get() == py.get() ? "swapSamePole" : px.get().opposite() == py.get() ? "swapOppPole"
                    : "swapOtherPole", 1.0);
        } else if (px.isPresent() || py.isPresent()) {
            f.put("swapOnePole", 1.0);
        }
        boolean cx = famX.startsWith("@");
        boolean cy = famY.startsWith("@");
        boolean nx = famX.startsWith("#");
        boolean ny = famY.startsWith("#");
        f.put("swapKind=" + (cx ? "C" : nx ? "N" : "W") + (cy ? "C" : ny ? "N" : "W"), 1.0);
    }

    /** Dice overlap of character bigrams. */
    private static double dice(String x, String y) {
        Set<String> gx = new java.util.HashSet<>();
        Set<String> gy = new java.util.HashSet<>();
        for (int i = 0; i + 2 <= x.length(); i++) {
            gx.add(x.substring(i, i + 2));
        }
        for (int i = 0; i + 2 <= y.length(); i++) {
            gy.add(y.substring(i, i + 2));
        }
        if (gx.isEmpty() || gy.isEmpty()) {
            return x.equals(y) ? 1 : 0;
        }
        long common = gx.stream().filter(gy::contains).count();
        return 2.0 * common / (gx.size() + gy.size());
    }

    /** The poles of the words of a side, in order; {@code onlyFamilies} keeps the words the other side lacks. */
    private static List<Poles> polesOf(Side s, Set<String> onlyFamilies) {
        List<Poles> out = new ArrayList<>();
        for (Words.Word w : s.words) {
            if (w.punct()) {
                continue;
            }
            if (onlyFamilies != null && !onlyFamilies.contains(ArabicRoots.family(w.key()))) {
                continue;
            }
            Poles.of(w.key()).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Opposed meaning classes: a pole of one side whose opposite only the other side has (رفض against
     * قبل، ارتفع against هبوط), the same pole swapped for a synonym, and the first pole of each side
     * (a headline's main predicate comes early).
     */
    private static void poles(Side a, Side b, Set<String> only1, Set<String> only2, boolean negAsym,
                              Map<String, Double> f) {
        List<Poles> all1 = polesOf(a, null);
        List<Poles> all2 = polesOf(b, null);
        List<Poles> diff1 = polesOf(a, only1);
        List<Poles> diff2 = polesOf(b, only2);
        Set<Poles> set1 = java.util.EnumSet.noneOf(Poles.class);
        set1.addAll(all1);
        Set<Poles> set2 = java.util.EnumSet.noneOf(Poles.class);
        set2.addAll(all2);
        for (Poles p : diff1) {
            f.put("lp1:" + p, 1.0);
        }
        for (Poles p : diff2) {
            f.put("lp2:" + p, 1.0);
        }
        int opposed = 0;
        for (Poles p : set1) {
            if (p.opposite() != p && diff2.contains(p.opposite()) && !set2.contains(p)) {
                opposed++;
                f.put("opp:" + p, 1.0);
            }
        }
        for (Poles p : set2) {
            if (p.opposite() != p && diff1.contains(p.opposite()) && !set1.contains(p)) {
                opposed++;
                f.put("opp:" + p.opposite(), 1.0);
            }
        }
        if (opposed > 0) {
            f.put("opp", 1.0);
        }
        f.put((opposed + (negAsym ? 1 : 0)) % 2 == 1 ? "flip" : "noflip", 1.0);
        for (Poles p : diff1) {
            if (diff2.contains(p)) {
                f.put("samePole", 1.0);
            }
            for (Poles q : diff2) {
                f.put("x:" + p + ">" + q, 1.0);
            }
        }
        if (!all1.isEmpty() && !all2.isEmpty()) {
            Poles p = all1.get(0);
            Poles q = all2.get(0);
            f.put(p == q ? "firstSame" : p.opposite() == q ? "firstOpp" : "firstOther", 1.0);
        }
    }
}
