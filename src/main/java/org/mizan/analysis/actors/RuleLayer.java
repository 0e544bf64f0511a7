package org.mizan.analysis.actors;

import java.util.ArrayList;
import java.util.List;
import org.mizan.analysis.ner.ArabicForms;
import org.mizan.analysis.ner.Gazetteer;
import org.mizan.analysis.ner.Lexicon;
import org.mizan.model.EntityType;

/**
 * Hand-written rules for raw news text, run per sentence on top of the statistical tagger: known
 * names from the gazetteer, quoted outlets (وكالة "رويترز"), broadcasters named after a place
 * (تلفزيون سوريا), organisation heads with their complements (وزارة الخارجية العراقية، مجلس الأمن
 * القومي الأميركي، وزارتي الدفاع والخارجية) and titles that announce a person (وزير الخارجية
 * العراقي، فؤاد حسين).
 */
final class RuleLayer {

    private static final int MAX_COMPLEMENTS = 6;
    private static final int MAX_TITLE_SKIP = 8;
    private static final int MAX_NAME_TOKENS = 4;

    private final ActorLexicon gazetteer;
    private final Lexicon lexicon;
    private final EntityType[] modelTypes;

    /** @param modelTypes per token of the article, the type the tagger gave it (null for none) */
    RuleLayer(ActorLexicon gazetteer, Lexicon lexicon, EntityType[] modelTypes) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.modelTypes = modelTypes;
    }

    /** A gazetteer match: how many tokens, which entry. */
    record Match(int length, Gazetteer.Entry entry) {
    }

    /** Candidates within tokens {@code [from, to)} (one sentence). */
    List<Candidate> find(List<Tok> toks, int from, int to) {
        List<Candidate> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Tok t = toks.get(i);
            if (!t.isWord()) {
                continue;
            }
            Match m = match(toks, i, to);
            if (m != null && m.length() == 1 && !t.key().equals(t.bare()) && lexicon.isCommonWord(t.bare())
                    && gazetteer.phrase(t.key()) == null) {
                m = null; // بفتح ممرات: "by opening", not Fatah
            }
            if (m != null && m.length() == 1 && m.entry().type() == EntityType.ORGANIZATION
                    && modelTypes[i] == null && lexicon.isCommonWord(t.key())) {
                m = null; // إعادة فتح حقل: a one-word name that is also a common word needs the tagger's backing
            }
            if (m != null) {
                Gazetteer.Kind kind = m.entry().kind();
                out.add(new Candidate(i, i + m.length(), m.entry().type(), kind == Gazetteer.Kind.OUTLET,
                        m.entry().canonical(), Candidate.GAZETTEER));
            }
            // each rule starts at a word of its own class; most words start none
            if (i + 1 < to) {
                quotedName(toks, i, to, out);
                broadcasterNamedAfterPlace(toks, i, to, out);
                organisation(toks, i, to, m, out);
                landmark(toks, i, to, out);
                militaryUnit(toks, i, to, out);
                placeAfterHead(toks, i, to, out);
                placeBeforeListedPlace(toks, i, to, m, out);
                titledPerson(toks, i, to, out);
                personByFirstName(toks, i, to, out);
                partyNamedByOneWord(toks, i, to, out);
                placeBeforeItsCountry(toks, i, to, m, out);
                regionalGovernment(toks, i, to, out);
                clubBeforeCountryNisba(toks, i, to, out);
            }
        }
        return out;
    }

    /** The longest gazetteer phrase starting at token {@code i} (its first word may carry clitics). */
    Match match(List<Tok> toks, int i, int to) {
        return match(toks, i, to, true);
    }

    /** @param clitics whether the first word may carry proclitics (not inside a name: لندن is not ل + ندن) */
    Match match(List<Tok> toks, int i, int to, boolean clitics) {
        Tok first = toks.get(i);
        String alt = clitics ? first.altBare() : null;
        int longest = gazetteer.longestPhraseStartingWith(first.key());
        if (clitics) {
            longest = Math.max(longest, gazetteer.longestPhraseStartingWith(first.bare()));
            if (alt != null) {
                longest = Math.max(longest, gazetteer.longestPhraseStartingWith(alt));
            }
        }
        int max = Math.min(longest, to - i);
        if (max == 0) {
            return null; // most words start no known name: no key is built for them
        }
        for (int len = max; len >= 1; len--) {
            String rest = rest(toks, i, len);
            if (rest == null) {
                continue;
            }
            Gazetteer.Entry e = gazetteer.phrase(rest.isEmpty() ? first.key() : first.key() + rest);
            if (e == null && clitics && !first.bare().equals(first.key())) {
                e = gazetteer.phrase(rest.isEmpty() ? first.bare() : first.bare() + rest);
            }
            if (e == null && alt != null) {
                e = gazetteer.phrase(rest.isEmpty() ? alt : alt + rest); // وبيروت: و + بيروت, not وب + يروت
            }
            if (e != null) {
                return new Match(len, e);
            }
        }
        return null;
    }

    /** " w2 w3 ..." for the words after the first of a phrase of {@code len} tokens; null if one is not a word. */
    private static String rest(List<Tok> toks, int i, int len) {
        if (len == 1) {
            return "";
        }
        StringBuilder rest = new StringBuilder();
        for (int k = i + 1; k < i + len; k++) {
            if (!toks.get(k).isWord()) {
                return null;
            }
            rest.append(' ').append(toks.get(k).key());
        }
        return rest.toString();
    }

    static boolean isOpenQuote(Tok t) {
        String s = t.text();
        return s.equals("\"") || s.equals("«") || s.equals("“") || s.equals("”");
    }

    static boolean isCloseQuote(Tok t) {
        String s = t.text();
        return s.equals("\"") || s.equals("»") || s.equals("”") || s.equals("“");
    }

    /**
     * وكالة "رويترز"، مجلة «فورين بوليسي»، بنك "غولدمان ساكس"، شركة "سينوبك": the quoted words after
     * an outlet or organisation head are an organisation (an outlet after an outlet head).
     */
    private void quotedName(List<Tok> toks, int i, int to, List<Candidate> out) {
        Tok head = toks.get(i);
        if (i + 2 >= to || !isOpenQuote(toks.get(i + 1))) {
            return;
        }
        boolean outletHead = gazetteer.isOutletHead(head.key()) || gazetteer.isOutletHead(head.bare());
        if (!outletHead && !gazetteer.isOrgHead(head.key()) && !gazetteer.isOrgHead(head.bare())) {
            return;
        }
        if (head.hasArticle()) {
            return; // فرق المنظمة "تعمل بنصف طاقتها": after a definite head the quote is what it said
        }
        for (int j = i + 2; j < Math.min(to, i + 8); j++) {
            Tok t = toks.get(j);
            if (isCloseQuote(t)) {
                if (j > i + 2) {
                    Match m = match(toks, i + 2, j);
                    String canonical = m != null && m.length() == j - i - 2 ? m.entry().canonical() : null;
                    out.add(new Candidate(i + 2, j, EntityType.ORGANIZATION, outletHead, canonical,
                            Candidate.QUOTED_OUTLET));
                }
                return;
            }
            if (!t.isWord() && t.kind() != org.mizan.text.TokenKind.NUMBER) {
                return;
            }
        }
    }

    /** تلفزيون سوريا، إذاعة لندن: a broadcaster named after a place is an outlet, head included. */
    private void broadcasterNamedAfterPlace(List<Tok> toks, int i, int to, List<Candidate> out) {
        String head = toks.get(i).bare();
        if (!(head.equals("تلفزيون") || head.equals("قناه") || head.equals("اذاعه") || head.equals("راديو"))
                || i + 1 >= to || !toks.get(i + 1).isWord()) {
            return;
        }
        Match m = match(toks, i + 1, to);
        if (m != null && m.entry().type() == EntityType.LOCATION) {
            out.add(new Candidate(i, i + 1 + m.length(), EntityType.ORGANIZATION, true, null, Candidate.GAZETTEER));
        }
    }

    private static final java.util.Set<String> LANDMARK_HEADS = java.util.Set.of(
            "قصر", "ميدان", "ساحه", "شارع", "مطار", "معبر", "جسر", "سجن", "ميناء", "مضيق", "ملعب", "استاد");

    /** Landmark heads: a landmark is a place of its own, not the town it is named after (ميناء عدن). */
    static boolean isLandmarkHead(String key) {
        return LANDMARK_HEADS.contains(key);
    }

    /** قصر قرطاج، ميدان التحرير، مطار بغداد الدولي، معبر رفح: a landmark is named with its head. */
    private void landmark(List<Tok> toks, int i, int to, List<Candidate> out) {
        Tok head = toks.get(i);
        if (!LANDMARK_HEADS.contains(head.bare()) && !LANDMARK_HEADS.contains(head.key()) || i + 1 >= to) {
            return;
        }
        int j = i + 1;
        Tok next = toks.get(j);
        Match m = next.isWord() ? match(toks, j, to, false) : null;
        if (head.bare().equals("ساحه") && m == null && !isComplement(next)) {
            return; // ساحة صراع، ساحة معركة: "arena of" a common noun; a square is named (ساحة الشهداء)
        }
        if (m != null) {
            j += m.length();
        } else if (isComplement(next) || next.isWord() && modelTypes[j] != null) {
            j++;
            while (j < to && modelTypes[j] != null && modelTypes[j] == modelTypes[j - 1]) {
                j++;
            }
        } else if (next.isWord() && (next.key().equals("ام") || next.key().equals("ابو")) && j + 1 < to
                && toks.get(j + 1).isWord() && !NameWords.isFunctionWord(toks.get(j + 1).key())) {
            j += 2; // مطار أم جرس، معبر أبو سمرة: a place name of the form "mother/father of"
        } else if (next.isWord() && (next.key().equals(next.bare()) || isUnseenWholeWord(next)) && isProperWord(next)) {
            j++; // معبر جابر: a word that is no common word names the landmark
        } else {
            return;
        }
        while (j < to && j < i + 1 + MAX_COMPLEMENTS && isComplement(toks.get(j)) && NameWords.isAdjective(toks.get(j).key())
                && !isDescriptiveOfLandmark(toks.get(j).key())) {
            j++; // مطار بغداد الدولي (not معبر أرقين الحدودي، ميناء جيهان التركي)
        }
        out.add(new Candidate(i, j, EntityType.LOCATION, false, null, Candidate.ORG_HEAD));
    }

    /**
     * الحدودي، التركي: adjectives that say where a landmark is (on a border, in a country) rather than
     * being part of its name.
     */
    private boolean isDescriptiveOfLandmark(String k) {
        return k.equals("الحدودي") || k.equals("الحدوديه") || isCountryNisba(k);
    }

    /** التركي، المغربية، الكونغولي: the nisba of a country the gazetteer knows (folded). */
    boolean isCountryNisba(String k) {
        if (!k.startsWith("ال") || !NameWords.isNisba(k)) {
            return false;
        }
        String stem = k.endsWith("يه") ? k.substring(2, k.length() - 2) : k.endsWith("ي") ? k.substring(2, k.length() - 1) : null;
        if (stem == null || stem.length() < 2) {
            return false;
        }
        for (String name : new String[] {stem, stem + "ا", "ال" + stem, stem + "يا"}) {
            Gazetteer.Entry e = gazetteer.phrase(name);
            if (e != null && e.kind() == Gazetteer.Kind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> UNIT_HEADS = java.util.Set.of("اللواء", "الفرقه", "الفيلق", "الكتيبه",
            "لواء", "فرقه", "فيلق", "كتيبه");

    private static final java.util.Set<String> FEMININE_ORDINALS = java.util.Set.of("الاولي", "الثانيه", "الثالثه",
            "الرابعه", "الخامسه", "السادسه", "السابعه", "الثامنه", "التاسعه", "العاشره");

    /** اللواء الثامن، الفرقة الرابعة: a military unit is named by its number (اللواء is also a rank). */
    private void militaryUnit(List<Tok> toks, int i, int to, List<Candidate> out) {
        Tok head = toks.get(i);
        if (!UNIT_HEADS.contains(head.bare()) || i + 1 >= to || !toks.get(i + 1).isWord()) {
            return;
        }
        String n = toks.get(i + 1).key();
        if (ORDINALS.contains(n) || FEMININE_ORDINALS.contains(n) || n.equals("الاول")) {
            out.add(new Candidate(i, i + 2, EntityType.ORGANIZATION, false, null, Candidate.ORG_HEAD));
        }
    }

    private static final java.util.Set<String> COMPASS = java.util.Set.of("شمال", "جنوب", "شرق", "غرب", "وسط");

    /** Compass adjectives (folded), part of a region's name after a place head (ولاية الحوض الشرقي). */
    private static final java.util.Set<String> COMPASS_NISBAS = java.util.Set.of("الشرقي", "الشرقيه", "الغربي",
            "الغربيه", "الشمالي", "الشماليه", "الجنوبي", "الجنوبيه");

    /**
     * مدينة الفاشر، بلدتي الخيام ومرجعيون، ولاية شمال دارفور، نهر الليطاني: the name after a place head
     * is a place; after a dual or plural head each name of the list is one. The head is part of the
     * name only for natural features (نهر، جبل، حقل).
     */
    private void placeAfterHead(List<Tok> toks, int i, int to, List<Candidate> out) {
        Tok head = toks.get(i);
        ActorLexicon.PlaceHead kind = gazetteer.placeHead(head.key());
        if (kind == null) {
            kind = gazetteer.placeHead(head.bare());
        }
        if (kind == null && isDistrictAfterAn(toks, i)) {
            kind = ActorLexicon.PlaceHead.BEFORE_NAME; // النائبة عن دائرة كوم أمبو: an electoral district
        }
        if (kind == null) {
            return;
        }
        int j = i + 1;
        int end = placeName(toks, j, to, false);
        if (end < 0 && kind == ActorLexicon.PlaceHead.KEEPS_HEAD && isComplement(toks.get(j))
                && !NameWords.isAdjective(toks.get(j).key())) {
            end = j + 1; // حقل الشمال، جبل الشيخ
        }
        if (end < 0) {
            return;
        }
        out.add(new Candidate(kind == ActorLexicon.PlaceHead.KEEPS_HEAD ? i : j, end, EntityType.LOCATION, false,
                null, Candidate.ORG_HEAD));
        String h = head.bare();
        boolean list = h.endsWith("تي") || h.endsWith("ات") || h.endsWith("مي") || h.length() <= 3 && !h.endsWith("ه"); // بلدتي، بلدات، مخيمي، مدن، قرى (not مخيم)
        boolean dualHead = h.endsWith("تي") || h.endsWith("مي");
        while (list && end < to && toks.get(end).key().startsWith("و")) {
            // مخيمي الزعتري والأزرق: after a dual head the second item is a name even if a common word
            int next = dualHead ? placeNameAfterDual(toks, end, to) : placeName(toks, end, to, true);
            if (next < 0) {
                return;
            }
            out.add(new Candidate(end, next, EntityType.LOCATION, false, null, Candidate.ORG_HEAD));
            end = next;
        }
    }

    /** دائرة after عن (a deputy for a district) heads a place, not an office (دائرة الأراضي). */
    private static boolean isDistrictAfterAn(List<Tok> toks, int i) {
        return i > 0 && toks.get(i).key().equals("دايره") && toks.get(i - 1).key().equals("عن");
    }

    /** Prepositions of direction and place after which a list of places starts (نزحوا نحو صور والنبطية). */
    private static final java.util.Set<String> LIST_PREPOSITIONS = java.util.Set.of("نحو", "الي", "في", "من", "باتجاه");

    /**
     * نزحوا نحو صور والنبطية وبيروت: a word after a preposition of place and before و + a known place
     * is a place too, even if it is also a common word.
     */
    private void placeBeforeListedPlace(List<Tok> toks, int i, int to, Match known, List<Candidate> out) {
        Tok t = toks.get(i);
        if (known != null || i == 0 || i + 1 >= to || !LIST_PREPOSITIONS.contains(toks.get(i - 1).key())
                || !t.key().equals(t.bare()) || t.hasArticle() || t.key().length() < 3
                || NameWords.isFunctionWord(t.key()) || NameWords.isTimeWord(t.key()) || isHeadOrTitle(t.key())
                || NameWords.isNisba(t.key()) || !toks.get(i + 1).isWord() || !toks.get(i + 1).key().startsWith("و")) {
            return;
        }
        Match next = matchAfterWaw(toks, i + 1, to);
        if (next != null && next.entry().kind() == Gazetteer.Kind.PLACE && i + 1 + next.length() < to
                && toks.get(i + 1 + next.length()).isWord() && toks.get(i + 1 + next.length()).key().startsWith("و")) {
            out.add(new Candidate(i, i + 1, EntityType.LOCATION, false, null, Candidate.ORG_HEAD));
        }
    }

    /** The second name after a dual head (و + a definite or known word), or -1. */
    private int placeNameAfterDual(List<Tok> toks, int j, int to) {
        int end = placeName(toks, j, to, true);
        if (end > 0) {
            return end;
        }
        Tok t = toks.get(j);
        String k = t.key().substring(1);
        return t.isWord() && t.key().startsWith("و") && k.startsWith("ال") && k.length() >= 5
                && !NameWords.isFunctionWord(k) && !NameWords.isTimeWord(k) && !NameWords.isAdjective(k)
                && !gazetteer.isOrgHead(k) && !gazetteer.isPersonTitle(k) ? j + 1 : -1;
    }

    /** The end of a place name starting at token {@code j} (after a head), or -1. */
    private int placeName(List<Tok> toks, int j, int to, boolean coordinated) {
        if (j >= to || !toks.get(j).isWord()) {
            return -1;
        }
        Tok t = toks.get(j);
        String k = coordinated ? t.key().substring(1) : t.key();
        if (coordinated && !t.key().startsWith("و")) {
            return -1;
        }
        if (COMPASS.contains(k) && j + 1 < to && toks.get(j + 1).isWord()) {
            int inner = placeName(toks, j + 1, to, false);
            return inner > 0 ? inner : -1; // شمال دارفور
        }
        Match m = coordinated ? matchAfterWaw(toks, j, to) : match(toks, j, to, false);
        if (m != null) {
            if (m.entry().type() != EntityType.LOCATION) {
                return -1;
            }
            int end = j + m.length();
            return !coordinated && end < to && COMPASS_NISBAS.contains(toks.get(end).key()) ? end + 1 : end; // الساحل الغربي
        }
        if (!coordinated && !t.hasArticle() && t.key().equals(t.bare()) && j + 1 < to && toks.get(j + 1).isWord()
                && !NameWords.isFunctionWord(k) && !COMPASS.contains(k) && !gazetteer.isOrgHead(k) && !gazetteer.isPersonTitle(k)) {
            Match country = match(toks, j + 1, to, false);
            if (country != null && country.entry().kind() == Gazetteer.Kind.COUNTRY) {
                return j + 1 + country.length(); // إقليم أرض الصومال: a region named in idafa with a country
            }
        }
        if (!coordinated && !t.key().equals(t.bare())
                && (lexicon.isCommonWord(t.bare()) || NameWords.isFunctionWord(t.bare()) || t.hasArticle())) {
            return -1; // a clitic on a known word after the head: not a name (مدينة بلا ...; كفركلا is one word)
        }
        if (!coordinated && ORDINALS.contains(k) && j + 2 < to && toks.get(j + 1).key().equals("من")
                && MONTHS.contains(toks.get(j + 2).key())) {
            return j + 3; // مدينة السادس من أكتوبر، العاشر من رمضان: a city named after a date
        }
        if (!coordinated && t.hasArticle() && j + 1 < to && toks.get(j + 1).isWord()
                && ORDINALS.contains(toks.get(j + 1).key()) && !NameWords.isFunctionWord(k) && !NameWords.isTimeWord(k)
                && !gazetteer.isOrgHead(k) && !gazetteer.isPersonTitle(k)) {
            return j + 2; // حي التجمع الخامس: a numbered district, whatever its noun
        }
        if (!coordinated && t.hasArticle() && j + 1 < to && COMPASS_NISBAS.contains(toks.get(j + 1).key())
                && k.length() >= 5 && !NameWords.isFunctionWord(k) && !NameWords.isTimeWord(k) && !NameWords.isAdjective(k)
                && !gazetteer.isPersonTitle(k) && !gazetteer.isOrgHead(k) && !gazetteer.isLocationHead(k)) {
            return j + 2; // ولاية الساحل الغربي، منطقة الحدود الشمالية: a region named by a noun and its compass adjective
        }
        if (k.length() < 3 || NameWords.isFunctionWord(k) || NameWords.isTimeWord(k) || gazetteer.isPersonTitle(k)
                || gazetteer.isOrgHead(k) || gazetteer.isLocationHead(k) || lexicon.isCommonWord(k)
                || k.startsWith("ي") || NameWords.isNisba(k) && !k.startsWith("ال")) {
            return -1; // منطقة عسكرية، ولاية الرئيس، مدينة يسيطر
        }
        int end = j + 1;
        if (end < to && toks.get(end).isWord() && ORDINALS.contains(toks.get(end).key())) {
            end++; // التجمع الخامس
        } else if (!coordinated && !t.hasArticle() && end + 1 < to && isProperWord(toks.get(end))
                && toks.get(end).key().equals(toks.get(end).bare()) && gazetteer.phrase(toks.get(end).key()) == null
                && (closesClause(toks, end + 1, to) || gazetteer.isFirstName(toks.get(end + 1).key()))) {
            end++; // دائرة كوم أمبو، مدينة بني ملال: a name of two words that are no common words, then a pause or a name
        } else if (!t.hasArticle() && end < to && isComplement(toks.get(end)) && isNameNoun(toks.get(end).key())
                && match(toks, end, to, false) == null) {
            end++; // حقل حاسي الرمل، رأس الخيمة: a name in idafa with a definite noun
        }
        return end;
    }

    /**
     * A definite noun that can close a place name in idafa (الرمل، الشيخ): not an adjective, nisba,
     * participle (الواقعة، المحاصرة), function, time or head word.
     */
    private boolean isNameNoun(String k) {
        if (k.length() < 4 || NameWords.isAdjective(k) || NameWords.isFunctionWord(k) || NameWords.isTimeWord(k)
                || gazetteer.isOrgHead(k) || gazetteer.isPersonTitle(k) || gazetteer.isLocationHead(k)
                || k.startsWith("الم") || k.startsWith("الت") || k.startsWith("الا") || k.startsWith("الاست")) {
            return false;
        }
        // الفاعل / الفاعلة: an active participle (الواقعة، الحاكمة)
        return !(k.length() >= 6 && k.charAt(3) == 'ا');
    }

    /** A word that names rather than describes: not a common word, function, time, head or title word. */
    private boolean isProperWord(Tok t) {
        String k = t.key();
        if (k.startsWith("م") && k.length() >= 5 && (k.charAt(2) == 'ا' || k.length() == 5 && k.charAt(3) == 'و')) {
            return false; // محايد، مفتوح: participles of the patterns مفاعل and مفعول describe
        }
        return k.length() >= 3 && !lexicon.isCommonWord(k) && !NameWords.isFunctionWord(k) && !NameWords.isTimeWord(k)
                && !gazetteer.isOrgHead(k) && !gazetteer.isPersonTitle(k) && !gazetteer.isLocationHead(k)
                && !NameWords.isNisba(k) && !k.startsWith("ي") && !k.startsWith("سي") && !k.startsWith("ست")
                && !k.startsWith("سن") && !(k.endsWith("ت") && k.length() >= 4);
    }

    /** A gazetteer phrase whose first word is written after و (وذي قار، والنبطية). */
    private Match matchAfterWaw(List<Tok> toks, int j, int to) {
        String first = toks.get(j).key().substring(1);
        int max = Math.min(gazetteer.longestPhraseStartingWith(first), to - j);
        for (int len = max; len >= 1; len--) {
            String rest = rest(toks, j, len);
            Gazetteer.Entry e = rest == null ? null : gazetteer.phrase(rest.isEmpty() ? first : first + rest);
            if (e != null) {
                return new Match(len, e);
            }
        }
        return null;
    }

    /** Month names (Gregorian, Levantine and Hijri) that name towns after a date. */
    private static final java.util.Set<String> MONTHS = java.util.Set.of("يناير", "فبراير", "مارس", "ابريل", "مايو",
            "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "رمضان", "شعبان", "محرم", "تشرين",
            "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "اذار", "شباط", "كانون");

    private static final java.util.Set<String> ORDINALS = java.util.Set.of("الاول", "الثاني", "الثالث", "الرابع",
            "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر");

    /** لل + noun: lam with the article, whose alef is dropped (للأنباء). */
    private static boolean isLamArticle(Tok t) {
        return t.isWord() && t.key().startsWith("لل") && t.hasArticle();
    }

    /** A word that can complement an organisation head: definite, not a function or time word. */
    private boolean isComplement(Tok t) {
        return t.isWord() && t.key().equals(t.bare()) && t.hasArticle() && !NameWords.isFunctionWord(t.key())
                && !NameWords.isTimeWord(t.key()) && !gazetteer.isPersonTitle(t.key());
    }

    /** لل + these are who a statement was made to (للحكومة), not part of a name. */
    private static final java.util.Set<String> RECIPIENTS = java.util.Set.of("الحكومه", "الوزاره", "المنظمه", "الشركه",
            "الهيئه", "المجلس", "البرلمان", "الرئيس");

    /** ل + these masdars states a purpose (لمنع التصعيد), not a name's complement (لحقوق الإنسان). */
    private static final java.util.Set<String> PURPOSES = java.util.Set.of("منع", "وقف", "دعم", "مواجهه", "بحث",
            "مناقشه", "تعزيز", "ضمان", "تقديم", "اجراء", "تنفيذ", "متابعه", "تسهيل", "انهاء", "احتواء", "حل", "تجنب",
            "استئناف", "تقريب", "اصلاح", "توزيع", "حمايه", "استهداف", "مراقبه", "التحقق", "تحقيق");

    /**
     * How many tokens a lam complement at {@code j} takes: للطاقة (1), لحقوق الإنسان، لمساعدة العراق (2);
     * 0 for none. Recipients of speech (للصحفيين، للوكالة) are not part of a name.
     */
    private int lamComplement(List<Tok> toks, int j, int to) {
        Tok t = toks.get(j);
        if (!t.isWord() || !t.key().startsWith("ل") || t.key().length() < 4) {
            return 0;
        }
        String rest = t.key().substring(1);
        if (isLamArticle(t)) {
            String bare = t.bare();
            if (NameWords.isFunctionWord(bare) || bare.endsWith("ين") || bare.endsWith("ون")
                    || gazetteer.isOutletHead(bare.substring(2)) || RECIPIENTS.contains(bare)
                    || gazetteer.isPersonTitle(bare)) {
                return 0;
            }
            return 1;
        }
        if (t.hasArticle() || rest.startsWith("ي") || NameWords.isFunctionWord(t.key()) || NameWords.isFunctionWord(rest)
                || PURPOSES.contains(rest)
                || j + 1 >= to) {
            return 0;
        }
        Tok next = toks.get(j + 1);
        boolean named = isComplement(next) || next.isWord() && match(toks, j + 1, to, false) != null;
        if (!named && next.isWord() && COMPASS.contains(next.key()) && j + 2 < to && toks.get(j + 2).isWord()) {
            Match place = match(toks, j + 2, to, false);
            if (place != null && place.entry().type() == EntityType.LOCATION) {
                return 2 + place.length(); // المجموعة الاقتصادية لدول غرب أفريقيا
            }
        }
        return named ? 2 : 0;
    }

    /**
     * وزارة الخارجية العراقية، مجلس الأمن القومي الأميركي، وزارتي الدفاع والخارجية، وزارة التربية
     * والتعليم، المجلس القومي لحقوق الإنسان، محكمة جنح مستأنف الإسكندرية، منظمة الأمم المتحدة للطفولة.
     */
    private void organisation(List<Tok> toks, int i, int to, Match known, List<Candidate> out) {
        Tok head = toks.get(i);
        if (known != null && known.entry().type() == EntityType.ORGANIZATION) {
            // تنظيم الدولة: the gazetteer knows the name; only a lam complement may extend it
            int j = i + known.length();
            int end = j;
            while (end < to && end - j < 2 && lamComplement(toks, end, to) == 1) {
                end++; // منظمة الأمم المتحدة للطفولة (not الجيش الإسرائيلي لمنع التصعيد)
            }
            if (end == j && (GROUP_HEADS.contains(head.bare()) || GROUP_HEADS.contains(head.key()))) {
                end = branchIn(toks, j, to); // تنظيم القاعدة في بلاد المغرب الإسلامي
            }
            if (end > j) {
                out.add(new Candidate(i, end, EntityType.ORGANIZATION, false, null, Candidate.ORG_HEAD));
            }
            return;
        }
        // a word that starts with و may be the head itself (وزارة) or و + head (ووزارة)
        String bare = gazetteer.isOrgHead(head.key()) || isDualHead(head.key()) ? head.key() : head.bare();
        String singular = null;
        boolean dual = false;
        if (!gazetteer.isOrgHead(bare)) {
            if (isDualHead(bare)) {
                dual = true;
                String written = bare.equals(head.key()) ? ArabicForms.clean(head.text()) : stripClitics(head);
                singular = written.substring(0, ArabicForms.charsForLetters(written, bare.length() - 2)) + "ة";
            } else {
                return;
            }
        }
        if (bare.equals("حركه") && toks.get(i + 1).hasArticle() && toks.get(i + 1).key().endsWith("ات")
                && match(toks, i + 1, to, false) == null) {
            return; // حركة الشاحنات، حركة الطائرات: the traffic of a plural noun, not a movement
        }
        if (bare.equals("موقع") && !isOpenQuote(toks.get(i + 1))) {
            return; // موقع رويسات العلم is a military post; a website is named in quotes
        }
        if (isDescriptor(bare) && descriptorName(toks, i, to, out)) {
            return;
        }
        boolean definiteHead = bare.startsWith("ال");
        int j = i + 1;
        int complements = 0;
        int links = 0;
        int lams = 0;
        boolean adjectives = false;
        boolean coordinatedAfterLam = false;
        while (j < to && complements < MAX_COMPLEMENTS) {
            Tok t = toks.get(j);
            Match m = t.isWord() && !adjectives ? match(toks, j, to, false) : null;
            if (complements == 0 && definiteHead) {
                // المقاومة الإسلامية، الحرس الثوري: a definite head needs a nisba or a known name after it
                if (m == null && !(isComplement(t) && NameWords.isAdjective(t.key()))
                        && !(isComplement(t) && isParticiple(t) && j + 1 < to && isComplement(toks.get(j + 1))
                        && NameWords.isNisba(toks.get(j + 1).key()))) {
                    return; // القوات المسلحة الأردنية: a participle then a nisba names it too
                }
            }
            if (m != null && m.entry().type() == EntityType.ORGANIZATION && complements == 0
                    && (i + 1 + m.length() >= to || lamComplement(toks, i + 1 + m.length(), to) == 0
                    && !(isComplement(toks.get(i + 1 + m.length())) && (NameWords.isAdjective(toks.get(i + 1 + m.length()).key())
                    || isParticiple(toks.get(i + 1 + m.length())))))) {
                if (GROUP_HEADS.contains(bare)) {
                    // جماعة أنصار الله، تنظيم داعش: a movement or armed group is named with its head
                    int end = branchIn(toks, i + 1 + m.length(), to); // تنظيم القاعدة في بلاد المغرب الإسلامي
                    out.add(new Candidate(i, end, EntityType.ORGANIZATION, false,
                            end == i + 1 + m.length() ? m.entry().canonical() : null, Candidate.ORG_HEAD));
                } else if (SUB_BODY_HEADS.contains(bare)) {
                    // مفوضية الاتحاد الأفريقي، أمانة الجامعة العربية: a body of the organisation, not the organisation
                    out.add(new Candidate(i, i + 1 + m.length(), EntityType.ORGANIZATION, false, null,
                            Candidate.ORG_HEAD));
                }
                return; // "حركة حماس" and the like are gazetteer names already (بعثة الأمم المتحدة لمساعدة ... is not)
            }
            int lam;
            int titled;
            if (m != null) {
                j += m.length();
                complements++;
            } else if (complements == 0 && j + 2 < to && t.isWord() && t.key().equals(t.bare()) && !t.hasArticle()
                    && isNameToken(t, 0, true) && NAME_PARTICLES.contains(toks.get(j + 1).key())
                    && !toks.get(j + 1).key().equals("ال") && toks.get(j + 2).isWord()
                    && !NameWords.isFunctionWord(toks.get(j + 2).key())) {
                j += 3; // كتيبة عقبة بن نافع، مؤسسة خليفة بن زايد: an organisation named after a person
                complements++;
            } else if (!adjectives && lams == 0 && (titled = titledNameInside(toks, j, to)) > j) {
                j = titled; // مركز الملك سلمان للإغاثة: a name with its title inside an organisation's name
                complements++;
            } else if (complements > 0 && adjectives && lams == 0 && !dual && isCoordinated(t) && j + 1 < to
                    && isComplement(toks.get(j + 1)) && NameWords.isNisba(toks.get(j + 1).key())) {
                j += 2; // وزارة الصحة العامة والسكان اليمنية: a coordinated noun the nisba shows is in the name
                complements += 2;
            } else if (lams == 1 && !coordinatedAfterLam && isCoordinated(t) && (lamComplement(toks, j - 1, to) == 1
                    || j >= 2 && NameWords.isAdjective(toks.get(j - 1).key()) && lamComplement(toks, j - 2, to) == 1)) {
                // للإغاثة والأعمال الإنسانية، للمستحضرات الحيوية واللقاحات
                j++; // مركز ... للإغاثة والأعمال الإنسانية
                complements++;
                coordinatedAfterLam = true;
            } else if (isComplement(t) && !(isParticiple(t) && !NameWords.isNisba(t.key())
                    && startsPrepositionalPhrase(toks, j + 1, to))
                    && (!adjectives || NameWords.isAdjective(t.key())
                    || isParticiple(t) && !isCountryNisba(toks.get(j - 1).key()) // الليبية المشجعين: the object, not the name
                    && !startsPrepositionalPhrase(toks, j + 1, to) // الشباب المرتبطة بتنظيم: a relative phrase
                    && (NameWords.isAdjective(toks.get(j - 1).key()) || m == null && complements > 0
                    && toks.get(j - 1).hasArticle()))) {
                adjectives |= NameWords.isAdjective(t.key());
                j++;
                complements++;
            } else if (complements > links && lams < 2 && (lam = lamComplement(toks, j, to)) > 0) {
                // الوكالة الدولية للطاقة الذرية، المجلس القومي لحقوق الإنسان: a lam complement
                j += lam;
                complements++;
                lams++;
                adjectives = true; // only adjectives (or one more lam complement) may follow
            } else if (complements > links && (!adjectives || complements == 1) && lams == 0 && !dual && isCoordinated(t)) {
                j++; // وزارة التربية والتعليم، وكالة حرس الحدود والسواحل الأوروبية
                complements++;
            } else if (complements == links && links < 2 && !definiteHead && isConstructLink(t) && j + 1 < to
                    && (!t.key().startsWith("ت") || isComplement(toks.get(j + 1)) // تسويق النفط, not a verb
                    || toks.get(j + 1).isWord() && match(toks, j + 1, to, false) != null
                    && match(toks, j + 1, to, false).entry().type() == EntityType.LOCATION) // غرفة تجارة دبي
                    && (isComplement(toks.get(j + 1)) || toks.get(j + 1).isWord() && match(toks, j + 1, to, false) != null
                    || links == 0 && isConstructLink(toks.get(j + 1)) && j + 2 < to
                    && (isComplement(toks.get(j + 2)) || toks.get(j + 2).isWord() && match(toks, j + 2, to, false) != null))) {
                j++; // ائتلاف دولة القانون، محكمة جنح مستأنف الإسكندرية: an idafa chain ending in a definite or known name
                complements++;
                links++;
            } else {
                break;
            }
        }
        if (complements == 0) {
            return;
        }
        if (GROUP_HEADS.contains(bare) && lams == 0) {
            j = branchIn(toks, j, to); // تنظيم القاعدة في بلاد المغرب الإسلامي
        }
        if (lams > 0 && lamComplement(toks, j - 1, to) == 1 && MISSION_HEADS.contains(bare) && j + 1 < to
                && toks.get(j).key().equals("في") && match(toks, j + 1, to, false) != null
                && match(toks, j + 1, to, false).entry().type() == EntityType.LOCATION) {
            j += 1 + match(toks, j + 1, to, false).length(); // بعثة الأمم المتحدة للدعم في ليبيا: a mission is named by where it works
        }
        if (isClubDescriptor(bare) || isDescriptor(bare) && !toks.get(i + 1).hasArticle()
                && !lexicon.isCommonWord(toks.get(i + 1).key())) {
            // نادي ريال مدريد، شركة أرامكو: a proper name after the descriptor is the name (not شركة تسويق النفط)
            out.add(new Candidate(i + 1, j, EntityType.ORGANIZATION, false, null, Candidate.ORG_HEAD));
            return;
        }
        boolean outlet = gazetteer.isOutletHead(bare)
                && (!bare.equals("وكاله") || toks.get(i + 1).bare().endsWith("انباء"));
        String canonical = dual ? singular + " " + text(toks, i + 1, j) : null;
        out.add(new Candidate(i, j, EntityType.ORGANIZATION, outlet, canonical, Candidate.ORG_HEAD));
        if (dual && j < to) {
            Tok second = toks.get(j);
            if (second.isWord() && second.key().startsWith("و") && second.bare().startsWith("ال")
                    && !NameWords.isFunctionWord(second.bare())) {
                int end = j + 1;
                while (end < to && end < j + MAX_COMPLEMENTS && isComplement(toks.get(end))) {
                    end++;
                }
                out.add(new Candidate(j, end, EntityType.ORGANIZATION, outlet,
                        singular + " " + stripClitics(second) + (end > j + 1 ? " " + text(toks, j + 1, end) : ""),
                        Candidate.ORG_HEAD));
            }
        }
    }

    /** بتنظيم، مع: a preposition after a participle makes it a description (المرتبطة بتنظيم القاعدة). */
    private boolean startsPrepositionalPhrase(List<Tok> toks, int k, int to) {
        if (k >= to || !toks.get(k).isWord()) {
            return false;
        }
        Tok t = toks.get(k);
        String key = t.key();
        return key.equals("مع") || key.equals("علي") || key.equals("عن") || key.startsWith("ب")
                && t.bare().length() < key.length() && (t.hasArticle() || gazetteer.isOrgHead(t.bare())
                || lexicon.isCommonWord(t.bare()) && !lexicon.isCommonWord(key)); // بتنظيم، بالحركة (not بيانا)
    }

    /** المصغر، المؤقتة، المكلفة: a participle, continuing a name only right after an adjective. */
    private static boolean isParticiple(Tok t) {
        return t.key().startsWith("الم") && t.key().length() >= 6;
    }

    /** والتعليم، والمعادن: و + a definite word that is not a name or an institution of its own. */
    private boolean isCoordinated(Tok t) {
        if (!t.isWord() || !t.key().startsWith("و") || !t.bare().startsWith("ال") || t.bare().length() < 4) {
            return false;
        }
        String b = t.bare();
        return !NameWords.isFunctionWord(b) && !NameWords.isTimeWord(b) && !gazetteer.isOrgHead(b)
                && !gazetteer.isPersonTitle(b) && gazetteer.phrase(b) == null && !b.equals("الحكومه")
                && !NameWords.isNisba(b);
    }

    /** Heads that describe rather than name: نادي ريال مدريد، شركة أرامكو (but شركة النفط الوطنية). */
    static boolean isDescriptor(String bare) {
        return bare.equals("نادي") || bare.equals("منتخب") || bare.equals("شركه") || bare.equals("مجمع")
                || bare.equals("مجموعه") || bare.equals("فريق");
    }

    /** Clubs and teams: named by the words after the descriptor, definite ones too (نادي الترجي التونسي). */
    static boolean isClubDescriptor(String bare) {
        return bare.equals("نادي") || bare.equals("فريق");
    }

    /**
     * The end of "في [بلاد] PLACE [nisba]" after an armed group's name, naming its regional branch
     * (تنظيم القاعدة في بلاد المغرب الإسلامي، تنظيم الدولة في العراق), or {@code j} if none follows.
     */
    private int branchIn(List<Tok> toks, int j, int to) {
        if (j + 1 >= to || !toks.get(j).key().equals("في")) {
            return j;
        }
        int k = j + 1;
        boolean land = toks.get(k).key().equals("بلاد") && k + 1 < to;
        if (land) {
            k++;
        }
        Match place = toks.get(k).isWord() ? match(toks, k, to, false) : null;
        if (place == null || place.entry().type() != EntityType.LOCATION) {
            return j;
        }
        k += place.length();
        if (land && k < to && isComplement(toks.get(k)) && NameWords.isNisba(toks.get(k).key())) {
            k++; // الإسلامي
        }
        return land || k >= to || !toks.get(k).isWord() ? k : j;
    }

    /** Heads of movements and armed groups, which are named with them (جماعة أنصار الله، تنظيم داعش). */
    /** Heads of the bodies of an organisation: مفوضية الاتحاد الأفريقي is not the African Union itself. */
    private static final java.util.Set<String> SUB_BODY_HEADS = java.util.Set.of("مفوضيه", "امانه", "لجنه", "مجلس");

    private static final java.util.Set<String> GROUP_HEADS = java.util.Set.of("جماعه", "تنظيم", "ميليشيا", "مليشيا");

    /**
     * مجمع سوناطراك، شركة إكسون موبيل: after a descriptor, up to three words that are no common
     * words are the name. Returns whether it found one.
     */
    private boolean descriptorName(List<Tok> toks, int i, int to, List<Candidate> out) {
        int j = i + 1;
        while (j < to && j < i + 4 && toks.get(j).isWord()
                && (toks.get(j).key().equals(toks.get(j).bare()) || isUnseenWholeWord(toks.get(j)))
                && (!toks.get(j).hasArticle() || isUnseenWholeWord(toks.get(j))) && isProperWord(toks.get(j))
                && gazetteer.phrase(toks.get(j).key()) == null) {
            j++;
        }
        if (j > i + 1 && j + 1 < to && toks.get(j).isWord() && !toks.get(j).hasArticle()
                && toks.get(j).key().equals(toks.get(j).bare()) && !NameWords.isFunctionWord(toks.get(j).key())
                && !isHeadOrTitle(toks.get(j).key()) && isComplement(toks.get(j + 1))
                && NameWords.isNisba(toks.get(j + 1).key()) && "يتسن".indexOf(toks.get(j).key().charAt(0)) < 0) {
            j += 2; // شركة دانة غاز الإماراتية: a common word, then the company's nisba, closes the name
        } else if (j > i + 1 && j < to && isComplement(toks.get(j)) && NameWords.isNisba(toks.get(j).key())
                && (j + 1 >= to || !isComplement(toks.get(j + 1)) || isCountryNisba(toks.get(j).key()))) {
            j++; // شركة تاكيدا اليابانية: the nisba of a company is part of how it is named
        }
        if (j == i + 1 || j < to && toks.get(j).isWord() && !toks.get(j).hasArticle() && !toks.get(j).key().startsWith("و")
                && !NameWords.isFunctionWord(toks.get(j).key()) && !toks.get(j).key().startsWith("ي")
                && !toks.get(j).key().startsWith("ت") && !toks.get(j).key().startsWith("س")) {
            return false; // nothing proper, or the name goes on in words that may be common: leave it to the rest
        }
        out.add(new Candidate(i + 1, j, EntityType.ORGANIZATION, false, null, Candidate.ORG_HEAD));
        return true;
    }

    /**
     * فاغنر، بوتاش، كينروس: a word never seen in training whose first letter (ف ب ك) only looks like a
     * clitic; right after a descriptor (مجموعة، شركة) "and/by/like" makes no sense, so it is one word.
     */
    private boolean isUnseenWholeWord(Tok t) {
        String k = t.key();
        return "فبك".indexOf(k.charAt(0)) >= 0 && lexicon.word(k) == 0 && !lexicon.isCommonWord(t.bare())
                && !isHeadOrTitle(t.bare()) && !NameWords.isFunctionWord(t.bare());
    }

    /** Titles that open a ruler's name inside an organisation's or place's name (مركز الملك سلمان). */
    private static final java.util.Set<String> RULER_TITLES = java.util.Set.of("الملك", "الامير", "الشيخ", "السلطان",
            "الامام");

    /** The end of a ruler's title and name at {@code j} (الملك سلمان، الشيخ زايد بن سلطان), or j. */
    private int titledNameInside(List<Tok> toks, int j, int to) {
        Tok t = toks.get(j);
        if (!t.isWord() || !RULER_TITLES.contains(t.key()) || j + 1 >= to || !isNameToken(toks.get(j + 1), 0, true)
                || lexicon.isCommonWord(toks.get(j + 1).key()) && !gazetteer.isFirstName(toks.get(j + 1).key())) {
            return j;
        }
        int end = j + 2;
        while (end + 1 < to && NAME_PARTICLES.contains(toks.get(end).key()) && toks.get(end + 1).isWord()) {
            end += 2; // بن سلطان، آل ثاني
        }
        return end;
    }

    private boolean isDualHead(String key) {
        return gazetteer.isDualOrgHead(key);
    }

    /**
     * حزب تواصل المعارض: a party named by one indefinite word (often a common noun: تواصل، تقدم) ends
     * there when a clause break or a definite adjective or role (المعارض، الحاكم) follows.
     */
    private void partyNamedByOneWord(List<Tok> toks, int i, int to, List<Candidate> out) {
        Tok head = toks.get(i);
        if (!head.bare().equals("حزب") || i + 1 >= to) {
            return;
        }
        Tok name = toks.get(i + 1);
        String k = name.key();
        if (!name.isWord() || !k.equals(name.bare()) || name.hasArticle() || k.length() < 3 || NameWords.isFunctionWord(k)
                || NameWords.isTimeWord(k) || isHeadOrTitle(k) || NameWords.isNisba(k) || k.startsWith("ي")
                || k.startsWith("سي") || k.startsWith("ست") || k.endsWith("ه")) {
            return;
        }
        Tok after = i + 2 < to ? toks.get(i + 2) : null;
        if (closesClause(toks, i + 2, to) || isComplement(after) && (NameWords.isAdjective(after.key())
                || gazetteer.isPersonTitle(after.key())) || after.hasArticle() && gazetteer.isPersonTitle(after.key())) {
            out.add(new Candidate(i, i + 2, EntityType.ORGANIZATION, false, null, Candidate.ORG_HEAD));
        }
    }

    /**
     * في دوالا بالكاميرون: a word never seen, after "in" and before ب + a known country, is a town of
     * that country.
     */
    private void placeBeforeItsCountry(List<Tok> toks, int i, int to, Match known, List<Candidate> out) {
        Tok t = toks.get(i);
        if (known != null || i == 0 || !NameWords.isLocative(toks.get(i - 1).key()) || !t.isWord() || t.hasArticle()
                || lexicon.word(t.key()) != 0 || !isProperWord(t) || !toks.get(i + 1).isWord()) {
            return;
        }
        Tok next = toks.get(i + 1);
        if (!next.key().startsWith("ب") || next.bare().length() >= next.key().length() && !next.hasArticle()) {
            return;
        }
        Gazetteer.Entry country = gazetteer.phrase(next.bare());
        if (country != null && country.kind() == Gazetteer.Kind.COUNTRY) {
            out.add(new Candidate(i, i + 1, EntityType.LOCATION, false, null, Candidate.ORG_HEAD));
        }
    }

    /**
     * حكومة إقليم كردستان العراق، حكومة ولاية الخرطوم: the government of a region named with its place
     * head is an organisation (a country's government, الحكومة العراقية, is left to the reader).
     */
    private void regionalGovernment(List<Tok> toks, int i, int to, List<Candidate> out) {
        Tok head = toks.get(i);
        if (!head.bare().equals("حكومه") || head.hasArticle() || i + 2 >= to
                || gazetteer.placeHead(toks.get(i + 1).key()) == null) {
            return;
        }
        int end = placeName(toks, i + 2, to, false);
        if (end < 0) {
            return;
        }
        Match country = end < to && toks.get(end).isWord() ? match(toks, end, to, false) : null;
        if (country != null && country.entry().kind() == Gazetteer.Kind.COUNTRY) {
            end += country.length(); // كردستان العراق
        }
        out.add(new Candidate(i, end, EntityType.ORGANIZATION, false, null, Candidate.GAZETTEER));
    }

    /** Words after which a definite name and a country's nisba are a club (فوزه على ضيفه الأهلي المصري). */
    private static final java.util.Set<String> MATCH_CUES = java.util.Set.of("ضيفه", "ضيف", "مضيفه", "مستضيفه",
            "منافسه", "غريمه", "مواجهه", "مباراه", "ضد", "امام", "فاز", "تعادل", "خسر", "هزم", "تغلب", "الفايز",
            "يواجه", "واجه", "سيواجه", "يلاقي", "لاقي", "بطل", "وصيف");

    /**
     * ضيفه الأهلي المصري، مواجهة صن داونز الجنوب أفريقي: after a word of a match, a name of one or two
     * words then a country's nisba is a club (named without the nisba, as the conventions name clubs).
     */
    private void clubBeforeCountryNisba(List<Tok> toks, int i, int to, List<Candidate> out) {
        if (i == 0) {
            return;
        }
        Tok t = toks.get(i);
        String before = toks.get(i - 1).key();
        boolean cue = MATCH_CUES.contains(toks.get(i - 1).bare()) || MATCH_CUES.contains(before);
        // صن داونز الجنوب أفريقي ومازيمبي الكونغولي: the second club of a pair, after the first one's nisba
        boolean second = !cue && t.key().startsWith("و") && t.key().length() > 3
                && (isCountryNisba(before) || before.equals("افريقي")) && cueWithin(toks, i - 2, 5);
        if (!cue && !second) {
            return;
        }
        String k = second ? t.key().substring(1) : t.key();
        if (!t.isWord() || !second && !k.equals(t.bare()) && lexicon.word(k) != 0 || NameWords.isFunctionWord(k)
                || NameWords.isTimeWord(k)
                || isHeadOrTitle(k) || gazetteer.phrase(k) != null || isCountryNisba(k) || k.length() < 2) {
            return;
        }
        for (int end = i + 1; end <= i + 2 && end < to; end++) {
            Tok n = toks.get(end);
            if (isComplement(n) && isCountryNisba(n.key())
                    || n.key().equals("الجنوب") && end + 1 < to && toks.get(end + 1).key().equals("افريقي")) {
                out.add(new Candidate(i, end, EntityType.ORGANIZATION, false, null, Candidate.ORG_HEAD));
                return;
            }
            // بلو ستارز; النجم الساحلي: a definite name takes a definite second word
            boolean definitePair = t.hasArticle() && isComplement(n) && !NameWords.isFunctionWord(n.key());
            if (!n.isWord() || !definitePair && (n.hasArticle() || !isProperWord(n))) {
                return;
            }
        }
    }

    /** Whether a match word is among the {@code n} tokens ending at {@code k}. */
    private static boolean cueWithin(List<Tok> toks, int k, int n) {
        for (int m = k; m >= 0 && m > k - n; m--) {
            if (MATCH_CUES.contains(toks.get(m).key()) || MATCH_CUES.contains(toks.get(m).bare())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token is a landmark's head (ميناء، معبر) and {@code last} an adjective that only locates it. */
    boolean isLandmarkWithLocatingAdjective(Tok head, Tok last) {
        return (isLandmarkHead(head.bare()) || isLandmarkHead(head.key())) && last.isWord()
                && isDescriptiveOfLandmark(last.key());
    }

    /** An indefinite noun inside a name's idafa chain: not a function word, verb or common word. */
    private boolean isConstructLink(Tok t) {
        String k = t.key();
        return t.isWord() && !k.startsWith("و") && !k.startsWith("ف") && !t.hasArticle() && k.length() >= 3
                && !NameWords.isFunctionWord(k)
                && !NameWords.isTimeWord(k) && !k.startsWith("ي")
                && !k.startsWith("سي") && !k.startsWith("ست") && !gazetteer.isPersonTitle(k);
    }

    /** Heads of missions and forces, whose names end in the country they work in (folded). */
    private static final java.util.Set<String> MISSION_HEADS = java.util.Set.of("بعثه", "قوه");

    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("بن", "بنت", "ابن", "ال", "ابو", "ام",
            "ولد", "منت"); // ولد / منت: "son of" / "daughter of" in Mauritanian names (أحمد سالم ولد بوحبيني)

    /** Whether a folded word joins the next word of a person's name as "son/daughter/family of". */
    static boolean isNameParticle(String key) {
        return NAME_PARTICLES.contains(key);
    }

    /** وزير الخارجية العراقي، فؤاد حسين / السفيرة الأميركية ألينا رومانوفسكي / رئيس بلدية كفركلا علي حسن شيت. */
    private void titledPerson(List<Tok> toks, int i, int to, List<Candidate> out) {
        Tok title = toks.get(i);
        if (!gazetteer.isPersonTitle(title.key()) && !gazetteer.isPersonTitle(title.bare())
                || isPreposition(title)) {
            return;
        }
        if (UNIT_HEADS.contains(title.bare()) && i + 1 < to && (ORDINALS.contains(toks.get(i + 1).key())
                || FEMININE_ORDINALS.contains(toks.get(i + 1).key()))) {
            return; // اللواء الثامن is a brigade, not a general
        }
        int j = i + 1;
        int commas = 0;
        while (j < to && j - i <= MAX_TITLE_SKIP) {
            Tok t = toks.get(j);
            String k = t.key();
            int lam;
            if (k.equals("،") || k.equals(",") || k.equals(":")) {
                if (++commas > 1) {
                    return;
                }
                j++;
            } else if (t.isWord() && gazetteer.isPersonTitle(t.bare())) {
                j++;
            } else if (t.isWord() && (k.equals("في") || k.equals("لدي") || k.equals("باسم") || k.equals("عن")
                    || k.equals("الي")) && j + 1 < to
                    && (match(toks, j + 1, to) != null || isComplement(toks.get(j + 1))
                    || gazetteer.placeHead(toks.get(j + 1).key()) != null || isDistrictAfterAn(toks, j + 1)
                    || j + 2 < to && isConstructLink(toks.get(j + 1)) && isComplement(toks.get(j + 2)))) {
                j++;
            } else if (t.isWord() && match(toks, j, to) != null) {
                j += match(toks, j, to).length();
            } else if (isComplement(t) || isLamArticle(t)) {
                j++; // الخارجية، العراقي; للأمم (الأمين العام للأمم المتحدة)
            } else if ((lam = lamComplement(toks, j, to)) == 2) {
                j += 2; // وزير الدولة لشؤون الطاقة
            } else if (t.isWord() && (gazetteer.placeHead(t.key()) != null || isDistrictAfterAn(toks, j))
                    && placeName(toks, j + 1, to, false) > 0) {
                j = placeName(toks, j + 1, to, false); // النائب عن مدينة درنة، النائبة عن دائرة كوم أمبو
            } else if (isConstructLink(t) && !t.key().startsWith("ت") && !isNameToken(t, 0, false) && j + 1 < to
                    && (isComplement(toks.get(j + 1)) || match(toks, j + 1, to) != null)) {
                j++; // مديرة إدارة الشرق الأوسط
            } else if (t.isWord() && gazetteer.isOrgHead(t.key()) && j + 2 < to && isConstructLink(toks.get(j + 1))
                    && (isComplement(toks.get(j + 2)) || toks.get(j + 2).isWord() && match(toks, j + 2, to) != null)) {
                j += 2; // رئيس غرفة تجارة الأردن: an organisation named by a two-link idafa
            } else if (isCoordinated(t) && j > i + 1) {
                j++; // وآسيا الوسطى
            } else {
                break;
            }
        }
        j = firstNameAhead(toks, j, to); // رئيس بلدية كفركلا علي حسن شيت
        int end = j;
        if (j + 1 < to && !isNameToken(toks.get(j), 0, false) && isNameToken(toks.get(j), 0, true)
                && isNameToken(toks.get(j + 1), 1, false) && !lexicon.isCommonWord(toks.get(j + 1).key())) {
            end = j + 1; // a first name that is also a common word (جو بايدن) when a clear name follows
        }
        end = nameEnd(toks, j, end, to);
        if (end > j) {
            out.add(new Candidate(j, end, EntityType.PERSON, false, null, Candidate.TITLE));
        }
    }

    /**
     * Where a person's name that starts at {@code j} ends ({@code from} is past words already taken):
     * up to four parts, a particle (بن، آل، أبو) or عبد joining the next word into one part; a third
     * part needs the tagger, a known name, a nisba or a word that is not common to back it.
     */
    private int nameEnd(List<Tok> toks, int j, int from, int to) {
        int end = from;
        int parts = end - j;
        while (end < to && parts < MAX_NAME_TOKENS) {
            Tok t = toks.get(end);
            if (parts > 0 && end + 1 < to && t.isWord() && (NAME_PARTICLES.contains(t.key()) || t.key().equals("عبد"))
                    && toks.get(end + 1).isWord() && !NameWords.isFunctionWord(toks.get(end + 1).key())) {
                end += 2; // بن سعود، آل فيصل، عبد الله
                parts++;
                continue;
            }
            if (parts == 0 && t.key().equals("عبد") && end + 1 < to && toks.get(end + 1).isWord()) {
                end += 2; // عبد الفتاح
                parts++;
                continue;
            }
            if (parts > 0 && end + 1 < to && t.isWord() && !NameWords.isFunctionWord(t.key()) && !t.hasArticle()
                    && !t.key().startsWith("و") && COMPOUND_SECOND.contains(toks.get(end + 1).key())) {
                end += 2; // شرف الدين، نصر الله: one part of two words
                parts++;
                continue;
            }
            if (parts == 2 && end - j == 2 && t.hasArticle() && t.key().startsWith("ال") && t.key().length() >= 5
                    && !toks.get(end - 1).hasArticle() // not after a family name (أيوب الزياني اللقاء) or a
                    // particle (فهد بن منصور آل زايد الوفد): only a plain two-word name takes a third, definite word
                    && !NameWords.isAdjective(t.key()) && !isHeadOrTitle(t.key()) && !NameWords.isTimeWord(t.key())
                    && closesClause(toks, end + 1, to)) {
                end++; // هشام منصور الجمال إن: a family name that is also a common word, closing the clause
                parts++;
                continue;
            }
            if (!isNameToken(t, parts, false)) {
                if (parts > 0 && parts < MAX_NAME_TOKENS - 1 && end + 2 < to && t.isWord() && t.key().equals(t.bare())
                        && !NameWords.isFunctionWord(t.key()) && !NameWords.isTimeWord(t.key()) && !gazetteer.isOrgHead(t.key())
                        && NAME_PARTICLES.contains(toks.get(end + 1).key()) && !toks.get(end + 1).key().equals("ال")
                        && toks.get(end + 2).isWord() && !NameWords.isFunctionWord(toks.get(end + 2).key())) {
                    end += 3; // محمد الأمين ولد اعلي: a part that is also a common word, then a "son of" chain
                    parts += 2;
                    continue;
                }
                if (parts > 0 && parts < MAX_NAME_TOKENS - 1 && end + 1 < to && isNameToken(t, parts, true)
                        && !t.hasArticle() && isFamilyName(toks.get(end + 1))) {
                    end += 2; // سامر عودة الطراونة: a father's name that is also a common word, before the family name
                    parts += 2;
                }
                break;
            }
            if (parts >= 2 && !(modelTypes[end] != null || t.hasArticle() || gazetteer.isLastName(t.key())
                    || gazetteer.isFirstName(t.key())
                    || t.key().equals(t.bare()) && !lexicon.isCommonWord(t.key()) && lexicon.word(t.key()) == 0
                    || !lexicon.isCommonWord(t.key()) && lexicon.word(t.key()) == 0 && lexicon.word(t.bare()) == 0
                    && !isHeadOrTitle(t.bare()) && closesClause(toks, end + 1, to))) {
                break; // a third word joins only if something backs it (not نظيره)
            }
            end++;
            parts++;
        }
        return end;
    }

    /** لإذاعة، فاعتبر: a head, title or function word under a clitic. */
    private boolean isHeadOrTitle(String bare) {
        return NameWords.isFunctionWord(bare) || gazetteer.isOrgHead(bare) || gazetteer.isOutletHead(bare)
                || gazetteer.isPersonTitle(bare) || gazetteer.isLocationHead(bare);
    }

    /** Whether token {@code k} ends what came before: punctuation, the end, or a function word (حسين علي فقيه في). */
    private static boolean closesClause(List<Tok> toks, int k, int to) {
        return k >= to || !toks.get(k).isWord() || NameWords.isFunctionWord(toks.get(k).key());
    }

    /** Second words of two-word name parts: شرف الدين، نصر الله. */
    private static final java.util.Set<String> COMPOUND_SECOND = java.util.Set.of("الدين", "الله");

    /** A word that can only close a person's name: a known family name, or a definite name that is no common word. */
    private boolean isFamilyName(Tok t) {
        String k = t.key();
        return t.isWord() && k.equals(t.bare()) && (gazetteer.isLastName(k) && !lexicon.isCommonWord(k)
                || t.hasArticle() && k.length() >= 5 && !lexicon.isCommonWord(k) && !NameWords.isAdjective(k)
                && !NameWords.isFunctionWord(k) && !NameWords.isTimeWord(k) && !gazetteer.isOrgHead(k)
                && !gazetteer.isPersonTitle(k) && gazetteer.phrase(k) == null);
    }

    /**
     * رئيس بلدية كفركلا علي حسن شيت: when the words after a title are not a name, a known first name
     * followed by another name word within three words starts it.
     */
    private int firstNameAhead(List<Tok> toks, int j, int to) {
        if (j >= to || gazetteer.isFirstName(toks.get(j).key()) || gazetteer.isLastName(toks.get(j).key())
                || modelTypes[j] == EntityType.PERSON) {
            return j;
        }
        for (int k = j; k < Math.min(to - 1, j + 4); k++) { // رئيس مجلس إدارة فاكسيرا هشام منصور
            Tok t = toks.get(k);
            if (!t.isWord() || NameWords.isFunctionWord(t.key()) && !isNameWrittenLikeFunctionWord(t)
                    || t.key().startsWith("و") && k > j) {
                return j;
            }
            if (k > j && gazetteer.isFirstName(t.key()) && isNameToken(toks.get(k + 1), 1, false)) {
                return k;
            }
        }
        return j;
    }

    /**
     * هشام رفعت، نادية فرحات: a known first name that is not a common word, followed by another name
     * word, starts a person's name without a title.
     */
    private void personByFirstName(List<Tok> toks, int i, int to, List<Candidate> out) {
        Tok t = toks.get(i);
        String k = t.bare();
        if (!gazetteer.isFirstName(k) || lexicon.isCommonWord(t.key()) || lexicon.isCommonWord(k)
                || !t.key().equals(k) && !(t.key().length() == k.length() + 1 && t.key().startsWith("و"))) {
            return;
        }
        Tok next = toks.get(i + 1);
        boolean commonBeforeFamily = i + 2 < to && (isNameToken(next, 1, true) && !next.hasArticle()
                || next.key().equals("السيد")) && isFamilyName(toks.get(i + 2)); // سامر عودة الطراونة، وليد السيد النجار
        if (!commonBeforeFamily && i + 2 <= to && next.isWord() && next.key().equals(next.bare()) && next.key().endsWith("ت")
                && next.key().length() >= 4 && !NameWords.isFunctionWord(next.key()) && startsNextName(toks, i + 2, to)) {
            out.add(new Candidate(i, i + 2, EntityType.PERSON, false, null, Candidate.MODEL));
            return; // المستشارين هشام رفعت ووليد: a name ending in ت (رفعت، طلعت) before the next name of a list
        }
        if (!commonBeforeFamily && (!isNameToken(next, 1, false)
                || lexicon.isCommonWord(next.key()) && !isNameWrittenLikeFunctionWord(next))
                || !next.key().equals(next.bare())) {
            return;
        }
        int end = commonBeforeFamily ? nameEnd(toks, i, i + 3, to) : nameEnd(toks, i, i + 2, to);
        out.add(new Candidate(i, end, EntityType.PERSON, false, null, Candidate.MODEL));
    }

    /** Whether token {@code k} is the end, punctuation, or و + a known first name (the next item of a list of people). */
    private boolean startsNextName(List<Tok> toks, int k, int to) {
        if (k >= to || !toks.get(k).isWord()) {
            return k >= to || !toks.get(k).text().equals("-");
        }
        String key = toks.get(k).key();
        return key.startsWith("و") && gazetteer.isFirstName(key.substring(1));
    }

    /**
     * أمام دوائر مختصة: "in front of" folds to the same key as the title إمام; the hamza above the
     * alef, as written, tells the preposition.
     */
    private static boolean isPreposition(Tok t) {
        return ArabicForms.clean(RuleLayer.stripClitics(t)).startsWith("أمام");
    }

    /**
     * حسين علي فقيه: the name علي folds to the key of the preposition على; written with a dotted yaa
     * it is the name.
     */
    static boolean isNameWrittenLikeFunctionWord(Tok t) {
        return t.key().equals("علي") && ArabicForms.clean(t.text()).equals("علي");
    }

    /** Could this token be word number {@code position} (0-based) of a person's name? */
    private boolean isNameToken(Tok t, int position, boolean allowCommon) {
        String k = t.key();
        if (isNameWrittenLikeFunctionWord(t)) {
            return true;
        }
        if (!t.isWord() || position > 0 && k.startsWith("و") && !gazetteer.isFirstName(k) && !gazetteer.isLastName(k)) {
            return false; // و after a name starts the next item (فؤاد حسين ووزير ...)
        }
        if (k.length() < 2 || NameWords.isFunctionWord(k) || NameWords.isFunctionWord(t.bare()) || NameWords.isTimeWord(k)
                || gazetteer.isPersonTitle(k)
                || gazetteer.isOrgHead(k) || gazetteer.phrase(k) != null || gazetteer.isCurrency(k)) {
            return false;
        }
        if (gazetteer.isFirstName(k) || gazetteer.isLastName(k)) {
            return true;
        }
        if (position == 0 && k.length() >= 5 && (k.endsWith("تها") || k.endsWith("تهم") || k.endsWith("ته"))) {
            return false; // كتلتها، حكومته: a noun with a possessive pronoun
        }
        if (position == 0 && !k.equals(t.bare()) && !t.hasArticle() && lexicon.usualLabel(k) == 0
                && lexicon.isCommonWord(t.bare())) {
            return false; // بعقد جلسة: a clitic on a common word ("by holding") starts no name
        }
        if (position > 0 && t.hasArticle() && !k.startsWith("ال") && !k.startsWith("لل") && lexicon.word(k) == 0
                && lexicon.word(t.bare()) == 0 && !k.startsWith("و")) {
            return true; // فالنتين: ف + ال is no clitic and article in a name never seen
        }
        if (t.hasArticle()) {
            // a family name such as السوداني may close a name, never open it, and carries no clitic
            return position > 0 && k.startsWith("ال") && (NameWords.isNisba(k) || !lexicon.isCommonWord(k)
                    && !NameWords.isAdjective(k));
        }
        if (!allowCommon && lexicon.isCommonWord(k) && !t.text().startsWith("أل")) {
            return false; // a common word (ألينا is a name even though إلينا folds the same way)
        }
        if (position == 0 && (k.startsWith("ي") || k.startsWith("سي") || k.startsWith("ست") || k.startsWith("سن"))
                && !(k.startsWith("ي") && k.length() >= 5 && lexicon.word(k) == 0 && t.key().equals(t.bare()))) {
            return false; // imperfect and future verbs (يزور، سيزور، ستبدأ) right after a title; يوهانس was never seen
        }
        if (position > 0 && k.startsWith("ي") && k.length() >= 5 && (k.endsWith("ون") || k.endsWith("ان"))) {
            return false; // يفتقرون، يعملان: an imperfect verb in the plural or dual, not a name
        }
        if (position > 0 && k.endsWith("ات") && k.length() >= 5) {
            return true; // فرحات، بركات: a family name, not a verb
        }
        return !(k.endsWith("ت") && k.length() >= 4); // past-tense verbs agreeing with a woman (سلمت، أكدت)
    }

    /** The written text of a token without its proclitics. */
    static String stripClitics(Tok t) {
        int p = ArabicForms.procliticLength(t.key());
        if (p == 0 || t.bare().startsWith("ال") && t.key().startsWith("لل", p - 1)) {
            return ArabicForms.clean(t.text());
        }
        return ArabicForms.clean(t.text().substring(ArabicForms.charsForLetters(t.text(), p)));
    }

    private static String text(List<Tok> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(ArabicForms.clean(toks.get(k).text()));
        }
        return sb.toString();
    }
}
