package org.mizan.analysis.claims;

import java.util.List;
import java.util.Set;

/**
 * A small deterministic root extractor: strips clitics and inflection, then reads the three root
 * letters off the derivational pattern (verb forms I-X, their masdars and participles). Weak and
 * hamzated letters are folded (medial to و, final to ي, initial hamza to ا) so that قال/يقول/قول or
 * نفى/نفت/ينفي share a family. It does not need to be right about etymology, only consistent: every
 * inflected form of one lemma must land on one key, and unrelated common words rarely collide.
 */
public final class ArabicRoots {

    /**
     * Patterns over the stem, root letters as 1 2 3 ('D' repeats the second: doubled roots). Longest
     * first; within a length, the more specific (more fixed letters) first.
     */
    private static final List<String> PATTERNS = List.of(
            "است12ا3", "مست123",
            "است123", "ان12ا3", "ا1ت2ا3", "مت1ا23", "مست12",
            "ست123", "ان123", "ا1ت23", "ت1ا23", "ت12ي3", "ا12ا3", "م1ت23", "من123", "م12و3", "م1ا23",
            "مت123", "است12", "1ا2ي3",
            "ي123", "ت123", "1ا23", "123ي", "ا123", "12ا3", "12و3", "12ي3", "م123", "ن123", "1ت23", "ست12", "م1ت2");

    /** Roots whose first letter is also a proclitic (و ف ب ل ك): such a letter is kept, not stripped. */
    private static final Set<String> CLITIC_INITIAL_ROOTS = Set.of(
            "وزر", "وجد", "وصل", "وضع", "وفد", "وقت", "وطن", "وكل", "ولي", "وسط", "وقف", "وفق", "وعد", "ولد",
            "وحد", "وقع", "وجه", "ورد", "وثق", "وصف", "وفي", "وزع", "وسع", "ودع", "وصي", "وظف", "وري", "وحش",
            "فرج", "فشل", "فتح", "فرض", "فقد", "فوز", "فرق", "فعل", "فكر", "فضل", "فصل", "فرد", "فوق", "فوض",
            "فقر", "فحص", "فجر", "فرع", "فند", "فلت", "فيد", "فاد", "فور", "فسر", "فقط",
            "بقي", "بلغ", "بدي", "بدا", "بحث", "بعد", "بين", "بني", "برز", "بدل", "بطل", "بيع",
            "بعث", "بكي", "برم", "بلد", "بحر", "بنك", "برر",
            "لقي", "لزم", "لعب", "لحق", "لجا", "لمس", "لغي", "لفت", "لقب", "لجن", "لبن", "لوم", "لحظ",
            "كون", "كشف", "كتب", "كبر", "كثر", "كلف", "كمل", "كفي", "كسب", "كذب", "كرر", "كلم", "كسر");

    private ArabicRoots() {
    }

    /** The family key of a word already folded by {@link Words#key}: its root where the pattern shows it. */
    public static String family(String key) {
        String s = foldHamza(key);
        s = stripProclitics(s);
        return rootOfStem(stripSuffixes(s));
    }

    /** The word without conjunction, preposition, article and future prefix (only where that leaves a word). */
    public static String stripProclitics(String key) {
        String s = key;
        if (s.length() >= 4 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف') && !keepsInitial(s)) {
            s = s.substring(1);
        }
        if (s.startsWith("لل") && s.length() >= 5) {
            s = s.substring(2);
        } else if (s.length() >= 4 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل' || s.charAt(0) == 'ك')
                && !keepsInitial(s)) {
            s = s.substring(1);
        }
        if (s.startsWith("ال") && s.length() >= 4) {
            s = s.substring(2);
        }
        if (s.length() >= 5 && s.charAt(0) == 'س' && "يتن".indexOf(s.charAt(1)) >= 0) {
            s = s.substring(1);                     // future prefix: سيسحب، ستنسحب
        }
        return s;
    }

    /** True when the word starts with the conjunction و or ف (not a root letter: وافق، فشل keep theirs). */
    public static boolean hasConjunction(String key) {
        String s = foldHamza(key);
        return s.length() >= 4 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف') && !keepsInitial(s);
    }

    private static boolean keepsInitial(String s) {
        return CLITIC_INITIAL_ROOTS.contains(rootOfStem(stripSuffixes(s)));
    }

    static String foldHamza(String s) {
        // One placeholder for every hamza carrier, still a root letter to the patterns (unlike ا).
        return s.replace('ؤ', 'ء').replace('ئ', 'ء');
    }

    /** Pronoun, number and gender suffixes off a stem, keeping at least three letters (two for weak roots). */
    static String stripSuffixes(String s) {
        for (String suf : List.of("هما", "كما", "هم", "هن", "ها", "كم", "نا")) {
            if (s.endsWith(suf) && s.length() - suf.length() >= 3) {
                s = s.substring(0, s.length() - suf.length());
                if (s.endsWith("ت") && s.length() >= 5) {
                    s = s.substring(0, s.length() - 1);     // استقالتها: taa marbuta before a pronoun
                }
                break;
            }
        }
        if (s.endsWith("ته") && s.length() >= 6) {
            s = s.substring(0, s.length() - 2);             // استقالته
        }
        if (s.endsWith("ات") && s.length() >= 5) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("ات") && s.length() == 4) {
            s = s.substring(0, 2) + "ي";          // قوات -> قوي
        } else if ((s.endsWith("ون") || s.endsWith("ين") || s.endsWith("وا") || s.endsWith("تم")) && s.length() >= 5) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("ان") && s.length() >= 6) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("يه") && s.length() >= 6) {
            s = s.substring(0, s.length() - 2);   // nisba feminine
        } else if (s.endsWith("ه") && s.length() >= 4) {
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("ه") && s.length() == 3) {
            s = s.substring(0, 2) + s.charAt(1);  // خطه -> خطط
        } else if (s.endsWith("ت") && s.length() >= 4) {
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("ت") && s.length() == 3) {
            s = s.substring(0, 2) + "ي";          // نفت -> نفي
        } else if (s.endsWith("ا") && s.length() >= 4) {
            s = s.substring(0, s.length() - 1);   // tanween alef, dual
        } else if (s.endsWith("ي") && s.length() >= 5) {
            s = s.substring(0, s.length() - 1);   // nisba
        }
        return s;
    }

    static String rootOfStem(String s) {
        if (s.length() == 3 && s.charAt(0) == 'ي' && "اوي".indexOf(s.charAt(1)) < 0) {
            return weak("و" + s.substring(1));     // يصل، يجد، يقع: the imperfect drops an initial و
        }
        if (s.length() <= 3) {
            return weak(s);
        }
        String r = byPattern(s);
        if (r == null && s.length() >= 5 && "يتن".indexOf(s.charAt(0)) >= 0) {
            r = byPattern(s.substring(1));          // imperfect prefix of a derived form: ينسحب، يتراجع
        }
        if (r == null && s.length() == 4 && "يتن".indexOf(s.charAt(0)) >= 0) {
            r = s.substring(1);
        }
        return r == null ? s : weak(r);
    }

    private static String byPattern(String s) {
        for (String p : PATTERNS) {
            if (p.length() != s.length()) {
                continue;
            }
            char[] root = new char[3];
            boolean ok = true;
            for (int i = 0; i < p.length() && ok; i++) {
                char pc = p.charAt(i);
                char sc = s.charAt(i);
                switch (pc) {
                    case '1' -> root[0] = sc;
                    case '2' -> root[1] = sc;
                    case '3' -> root[2] = sc;
                    case 'D' -> ok = sc == root[1];
                    default -> ok = pc == sc || (pc == 'ت' && i == 2 && (sc == 'ط' || sc == 'د') && p.startsWith("ا1"));
                }
            }
            if (ok) {
                if (root[2] == 0) {
                    root[2] = root[1];              // doubled root: ستعد -> عدد، مهتم -> همم
                }
                return new String(root);
            }
        }
        return null;
    }

    /** Fold weak radicals: a medial long vowel to و, a final one to ي. */
    private static String weak(String r) {
        if (r.length() == 2) {
            return weak(r + "ي");
        }
        if (r.length() != 3) {
            return r;
        }
        char a = r.charAt(0) == 'ء' ? 'ا' : r.charAt(0);
        char b = r.charAt(1);
        char c = r.charAt(2);
        if (b == 'ا' || b == 'ي' || b == 'ء') {
            b = 'و';
        }
        if (c == 'ا' || c == 'و' || c == 'ء') {
            c = 'ي';
        }
        return "" + a + b + c;
    }
}
