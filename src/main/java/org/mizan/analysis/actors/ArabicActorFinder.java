package org.mizan.analysis.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mizan.analysis.ActorFinder;
import org.mizan.analysis.ner.ArabicForms;
import org.mizan.analysis.ner.EntityScore;
import org.mizan.analysis.ner.Gazetteer;
import org.mizan.analysis.ner.NerModel;
import org.mizan.model.EntityType;
import org.mizan.model.Mention;
import org.mizan.model.Span;
import org.mizan.text.SentenceSplitter;
import org.mizan.text.Token;
import org.mizan.text.TokenKind;
import org.mizan.text.Tokenizer;

/**
 * Finds the named actors of an Arabic article: the statistical tagger proposes names sentence by
 * sentence, the {@link RuleLayer} adds what news style makes certain (known names, quoted outlets,
 * organisation heads, titles before persons), overlaps go to the longer span, names found once
 * are found again wherever they recur, and {@link AliasGrouper} groups the mentions into actors.
 * Thread-safe; the model loads on first use.
 */
public final class ArabicActorFinder implements ActorFinder {

    private final Supplier<NerModel> model;
    private final ActorLexicon gazetteer;
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** With the model and gazetteer shipped in the jar. */
    public ArabicActorFinder() {
        this(NerModel::bundled, Gazetteer.bundled());
    }

    public ArabicActorFinder(Supplier<NerModel> model, Gazetteer gazetteer) {
        this.model = model;
        this.gazetteer = new ActorLexicon(gazetteer);
    }

    @Override
    public Result find(String text) {
        NerModel tagger = model.get();
        List<Tok> toks = new ArrayList<>();
        List<int[]> sentences = new ArrayList<>();
        List<Token> all = tokenizer.tokenize(text);
        int next = 0;
        for (Span s : splitter.split(text)) {
            int from = toks.size();
            while (next < all.size() && all.get(next).start() < s.end()) {
                Token t = all.get(next++);
                if (t.start() >= s.start() && t.kind() != TokenKind.HASHTAG && t.kind() != TokenKind.HANDLE
                        && t.kind() != TokenKind.URL) {
                    toks.add(Tok.of(text, t));
                }
            }
            if (toks.size() > from) {
                sentences.add(new int[] {from, toks.size()});
            }
        }
        List<Candidate> candidates = modelCandidates(tagger, toks, sentences);
        EntityType[] modelTypes = new EntityType[toks.size()];
        for (Candidate c : candidates) {
            for (int i = c.from(); i < c.to(); i++) {
                modelTypes[i] = c.type();
            }
        }
        RuleLayer rules = new RuleLayer(gazetteer, tagger.lexicon(), modelTypes);
        for (int[] s : sentences) {
            candidates.addAll(rules.find(toks, s[0], s[1]));
            dateline(text, toks, s[0], s[1], candidates);
        }
        // ومازيمبي الكونغولي: a rule's organisation and then a country's nisba is that organisation, not a
        // person the tagger ran on into the adjective
        java.util.Set<Long> ruleOrgs = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (c.priority() > Candidate.MODEL && c.type() == EntityType.ORGANIZATION) {
                ruleOrgs.add((long) c.from() << 32 | c.to());
            }
        }
        List<Candidate> cleaned = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (c.priority() == Candidate.MODEL && c.type() == EntityType.PERSON && c.length() >= 2
                    && ruleOrgs.contains((long) c.from() << 32 | (c.to() - 1))
                    && rules.isCountryNisba(toks.get(c.to() - 1).key())) {
                continue;
            }
            Candidate d = withoutDescriptor(c, toks, tagger);
            if (d.type() == EntityType.LOCATION && d.length() >= 3
                    && rules.isLandmarkWithLocatingAdjective(toks.get(d.from()), toks.get(d.to() - 1))) {
                // ميناء جيهان التركي: the tagger took in the adjective that says where the port is
                d = new Candidate(d.from(), d.to() - 1, d.type(), d.outlet(), d.canonical(), d.priority());
            }
            if (keep(d, toks)) {
                cleaned.add(d);
            }
        }
        boolean[] titleStarts = titleStarts(cleaned, toks.size());
        List<Candidate> unrun = new ArrayList<>(cleaned.size());
        for (Candidate c : cleaned) {
            if (!runsIntoTitledName(c, titleStarts)) {
                unrun.add(c);
            }
        }
        List<Candidate> accepted = resolve(surnamesArePersons(unrun, toks));
        accepted = trimRunOnNames(accepted, toks);
        accepted = resolve(concat(accepted, propagate(accepted, toks, sentences, tagger)));
        accepted = joinAdjacentPersons(accepted, toks);
        java.util.Set<String> familyNames = new java.util.HashSet<>();
        for (Candidate c : accepted) {
            if (c.type() == EntityType.PERSON && c.length() >= 2) {
                familyNames.add(toks.get(c.to() - 1).key());
            }
        }
        Map<Candidate, Candidate> aliasOf = new HashMap<>();
        accepted = withBracketedAliases(accepted, toks, aliasOf);
        boolean[] placeTokens = new boolean[toks.size()];
        for (Candidate c : accepted) {
            // a capital listed after towns is a place (صور والنبطية وبيروت); after a country it is a
            // government (بين الجزائر ومدريد)
            // both as written and without clitics: بغداد، بيروت begin with letters that look like ب
            String bareKey = phraseKey(toks, c.from(), c.to(), true);
            String writtenKey = phraseKey(toks, c.from(), c.to(), false);
            Gazetteer.Entry known = gazetteer.phrase(bareKey);
            if (c.type() == EntityType.LOCATION && gazetteer.countryOfCapital(bareKey) == null
                    && gazetteer.countryOfCapital(writtenKey) == null
                    && (known == null || known.kind() != Gazetteer.Kind.COUNTRY)) {
                java.util.Arrays.fill(placeTokens, c.from(), c.to(), true);
            }
        }
        List<MentionDraft> drafts = new ArrayList<>(accepted.size());
        Map<Candidate, MentionDraft> byCandidate = new HashMap<>();
        for (Candidate c : accepted) {
            MentionDraft d = draft(c, toks, tagger, placeTokens, familyNames);
            byCandidate.put(c, d);
            drafts.add(d);
        }
        Map<String, String> aliasCanonical = new HashMap<>();
        for (int k = 0; k < accepted.size(); k++) {
            Candidate org = aliasOf.get(accepted.get(k));
            MentionDraft named = org == null ? null : byCandidate.get(org);
            if (named != null) {
                MentionDraft d = drafts.get(k);
                drafts.set(k, new MentionDraft(d.span(), d.type(), d.outlet(), named.canonical(), d.name(), d.tokens(),
                        d.actorUse()));
                aliasCanonical.put(AliasGrouper.skeleton(d.name()), named.canonical());
            }
        }
        // رئيس مجلس إدارة فاكسيرا: the alias met again later names the same organisation
        for (int k = 0; k < drafts.size() && !aliasCanonical.isEmpty(); k++) {
            MentionDraft d = drafts.get(k);
            String named = d.type() == EntityType.ORGANIZATION && d.canonical().equals(d.name())
                    ? aliasCanonical.get(AliasGrouper.skeleton(d.name())) : null;
            if (named != null) {
                drafts.set(k, new MentionDraft(d.span(), d.type(), d.outlet(), named, d.name(), d.tokens(), d.actorUse()));
            }
        }
        // ميناء عدن is not عدن: a landmark is a place of its own
        return new AliasGrouper(k -> gazetteer.isLocationHead(k) && !RuleLayer.isLandmarkHead(k)).group(drafts);
    }


    /**
     * أدري (تشاد) – ...: one or two words opening a paragraph and followed by a dash, or by a
     * bracketed word and a dash, say where the story was filed: a place.
     */
    private void dateline(String text, List<Tok> toks, int from, int to, List<Candidate> out) {
        if (from > 0 && text.lastIndexOf('\n', toks.get(from).start()) < toks.get(from - 1).end()) {
            return; // not the start of a paragraph
        }
        for (int end = from + 1; end <= from + 2 && end < to; end++) {
            Tok t = toks.get(end - 1);
            if (!t.isWord() || NameWords.isFunctionWord(t.key()) || isHeadWord(t.key())) {
                return;
            }
            int k = end;
            if (toks.get(k).text().equals("(") && k + 2 < to && toks.get(k + 2).text().equals(")")) {
                k += 3; // أدري (تشاد) –
            }
            if (k < to && isDash(toks.get(k).text())) {
                out.add(new Candidate(from, end, EntityType.LOCATION, false, null, Candidate.ORG_HEAD));
                return;
            }
        }
    }

    private static boolean isDash(String s) {
        return s.equals("–") || s.equals("-") || s.equals("—");
    }

    /**
     * دفاع الدمرداش: a one-word name the tagger typed as a place or organisation, that is the last
     * word of a person's name elsewhere in the article, is that person.
     */
    private List<Candidate> surnamesArePersons(List<Candidate> candidates, List<Tok> toks) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PERSON && c.length() >= 2) {
                surnames.add(toks.get(c.to() - 1).key());
            }
        }
        if (surnames.isEmpty()) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Tok t = toks.get(c.from());
            if (c.priority() == Candidate.MODEL && c.length() == 1 && c.type() != EntityType.PERSON
                    && (surnames.contains(t.key()) || surnames.contains(t.bare())) && gazetteer.phrase(t.bare()) == null) {
                out.add(new Candidate(c.from(), c.to(), EntityType.PERSON, false, null, Candidate.MODEL));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * بعثة الأمم المتحدة لمساعدة العراق "يونامي"، قوة ... (يونيفيل)، وكالة ... "فرونتكس" (Frontex): a
     * short name in quotes or brackets right after an organisation is another name of it.
     */
    private List<Candidate> withBracketedAliases(List<Candidate> accepted, List<Tok> toks,
                                                 Map<Candidate, Candidate> aliasOf) {
        Map<Integer, Candidate> byStart = new HashMap<>();
        for (Candidate c : accepted) {
            byStart.put(c.from(), c);
        }
        List<Candidate> out = new ArrayList<>(accepted.size());
        java.util.Set<Integer> replaced = new java.util.HashSet<>();
        List<Candidate> added = new ArrayList<>();
        for (Candidate c : accepted) {
            if (c.type() != EntityType.ORGANIZATION) {
                continue;
            }
            if (c.from() > 0 && RuleLayer.isOpenQuote(toks.get(c.from() - 1))) {
                continue; // قناة "الجزيرة" إن ...: the quote after a quoted name closes it
            }
            Candidate org = c;
            int k = c.to();
            // قوة الأمم المتحدة المؤقتة في لبنان (يونيفيل): "in" a place, then the bracket, belongs to the name
            if (k + 3 < toks.size() && toks.get(k).key().equals("في") && byStart.containsKey(k + 1)
                    && byStart.get(k + 1).type() == EntityType.LOCATION && isOpening(toks.get(byStart.get(k + 1).to()))) {
                Candidate place = byStart.get(k + 1);
                org = new Candidate(c.from(), place.to(), c.type(), c.outlet(), null, c.priority());
                replaced.add(place.from());
                replaced.add(c.from());
                added.add(org);
                k = place.to();
            }
            // up to two bracketed names: "فرونتكس" (Frontex)
            for (int n = 0; n < 2 && k + 2 < toks.size() && isOpening(toks.get(k)); n++) {
                int close = k + 1;
                while (close < toks.size() && close <= k + 4 && toks.get(close).isWord()) {
                    close++;
                }
                if (close == k + 1 || close >= toks.size() || close > k + 4 || !isClosing(toks.get(close))
                        || NameWords.isFunctionWord(toks.get(k + 1).key())) {
                    break;
                }
                Candidate inner = byStart.get(k + 1);
                if (inner != null && inner.to() == close) {
                    replaced.add(inner.from());
                } else if (inner != null || anyStartsInside(byStart, k + 1, close)) {
                    break;
                }
                Candidate alias = new Candidate(k + 1, close, EntityType.ORGANIZATION, c.outlet(), null,
                        Candidate.PROPAGATED);
                added.add(alias);
                aliasOf.put(alias, org);
                k = close + 1;
            }
        }
        for (Candidate c : accepted) {
            if (!replaced.contains(c.from())) {
                out.add(c);
            }
        }
        out.addAll(added);
        out.sort(Comparator.comparingInt(Candidate::from));
        return out;
    }

    private static boolean anyStartsInside(Map<Integer, Candidate> byStart, int from, int to) {
        for (int k = from; k < to; k++) {
            if (byStart.containsKey(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpening(Tok t) {
        return t.text().equals("(") || RuleLayer.isOpenQuote(t);
    }

    private static boolean isClosing(Tok t) {
        return t.text().equals(")") || RuleLayer.isCloseQuote(t);
    }

    private static List<Candidate> concat(List<Candidate> a, List<Candidate> b) {
        List<Candidate> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The tagger's names, the article being one document for its second pass. */
    private static List<Candidate> modelCandidates(NerModel tagger, List<Tok> toks, List<int[]> sentences) {
        List<List<String>> words = new ArrayList<>(sentences.size());
        for (int[] s : sentences) {
            List<String> w = new ArrayList<>(s[1] - s[0]);
            for (int i = s[0]; i < s[1]; i++) {
                w.add(toks.get(i).text());
            }
            words.add(w);
        }
        List<List<String>> tags = tagger.tagDocument(words);
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            int from = sentences.get(k)[0];
            for (EntityScore.Chunk c : EntityScore.chunks(tags.get(k))) {
                out.add(new Candidate(from + c.start(), from + c.end(), EntityType.fromConll(c.type()), false, null,
                        Candidate.MODEL));
            }
        }
        return out;
    }

    /**
     * A tagged span that begins before a name announced by a title and overlaps it took in words
     * that are not the name (للمنظمة تيدروس أدهانوم): the title rule knows where the name starts.
     * That is, a title candidate starts strictly inside the tagged span.
     */
    private static boolean runsIntoTitledName(Candidate c, boolean[] titleStarts) {
        if (c.priority() != Candidate.MODEL) {
            return false;
        }
        for (int k = c.from() + 1; k < c.to(); k++) {
            if (titleStarts[k]) {
                return true;
            }
        }
        return false;
    }

    /** Where title candidates start, by token (looked up per candidate instead of scanning all of them). */
    private static boolean[] titleStarts(List<Candidate> all, int tokens) {
        boolean[] starts = new boolean[tokens + 1];
        for (Candidate t : all) {
            if (t.priority() == Candidate.TITLE) {
                starts[t.from()] = true;
            }
        }
        return starts;
    }

    /**
     * نادي ريال مدريد: a club or team is named by the words after the descriptor; زعيمه كير ستارمر:
     * a person's name starts after the title (the tagger sometimes takes the title in).
     */
    private Candidate withoutDescriptor(Candidate c, List<Tok> toks, NerModel tagger) {
        if (c.type() == EntityType.PERSON && c.length() >= 3 && toks.get(c.to() - 1).key().startsWith("لل")
                && toks.get(c.to() - 1).hasArticle()) {
            // حجازي للأهلي: لل + a definite noun says for whom or what; it closes no name
            return withoutDescriptor(new Candidate(c.from(), c.to() - 1, c.type(), c.outlet(), c.canonical(),
                    c.priority()), toks, tagger);
        }
        String head = toks.get(c.from()).bare();
        Tok next = c.length() >= 2 ? toks.get(c.from() + 1) : null;
        boolean commonNameWord = next != null && head.equals("شركه") && c.length() >= 3 && !next.hasArticle()
                && tagger.lexicon().isCommonWord(next.key()); // شركة تسويق النفط: a description, not a brand
        if (c.length() >= 2 && RuleLayer.isDescriptor(head) && !commonNameWord
                && (!next.hasArticle() || RuleLayer.isClubDescriptor(head) || head.equals("شركه"))) {
            // شركة الخطوط الملكية المغربية: a definite name after شركة names the company without it
            return new Candidate(c.from() + 1, c.to(), c.type(), c.outlet(), c.canonical(), c.priority());
        }
        if (c.length() >= 2 && c.type() == EntityType.PERSON && isTitle(toks.get(c.from()))
                && !gazetteer.isFirstName(toks.get(c.from()).key())) { // أمين is a title and a first name
            return withoutDescriptor(new Candidate(c.from() + 1, c.to(), c.type(), c.outlet(), c.canonical(),
                    c.priority()), toks, tagger);
        }
        return c;
    }

    /** A title, also with a possessive suffix (زعيمه، رئيسها). */
    private boolean isTitle(Tok t) {
        for (String k : new String[] {t.key(), t.bare()}) {
            if (gazetteer.isPersonTitle(k)) {
                return true;
            }
            for (String suffix : new String[] {"ه", "ها", "هم"}) {
                if (k.endsWith(suffix) && k.length() > suffix.length() + 2
                        && gazetteer.isPersonTitle(k.substring(0, k.length() - suffix.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String AMMAN_WITH_SHADDA = "عمّان";

    /** Drops what is not a name: lone nisba adjectives (الأميركية), function and time words, punctuation. */
    private boolean keep(Candidate c, List<Tok> toks) {
        Tok first = toks.get(c.from());
        Tok last = toks.get(c.to() - 1);
        if (!first.isWord() && first.kind() != TokenKind.NUMBER || !last.isWord() && last.kind() != TokenKind.NUMBER) {
            return false;
        }
        if (c.length() == 1 && c.type() == EntityType.LOCATION && isAdjectiveAfterNoun(c, toks)) {
            return false; // خلاف مالي، لاجئ مالي: a place name shaped like a nisba, after an indefinite noun, describes it
        }
        if (c.priority() >= Candidate.GAZETTEER) {
            return true;
        }
        if (c.priority() == Candidate.MODEL && (NameWords.isFunctionWord(first.key()) || NameWords.isFunctionWord(first.bare()))) {
            return false; // وهو فصيل: a tagged span that starts with a pronoun or particle
        }
        if (c.priority() == Candidate.MODEL) {
            for (int k = c.from() + 1; k < c.to() - 1; k++) {
                if (!toks.get(k).isWord() && toks.get(k).kind() != TokenKind.NUMBER) {
                    return false; // منظمة العفو الدولية ومنظمة "سي ووتش: a tagged span across a quote runs two names together
                }
            }
        }
        if (c.length() == 1 && c.priority() == Candidate.MODEL
                && (gazetteer.isCurrency(first.key()) || gazetteer.isCurrency(first.bare()))) {
            return false; // دولارا، جنيه: a currency names no actor
        }
        if (c.length() == 1 && c.priority() == Candidate.MODEL && first.key().endsWith("يا")
                && (c.to() < toks.size() && toks.get(c.to()).key().equals("،") || first.text().endsWith("اً")
                || first.text().endsWith("ًا"))
                && NameWords.isNisba(first.key().substring(0, first.key().length() - 1))
                && gazetteer.phrase(first.key()) == null) {
            return false; // دبلوماسيا، / شهرياً: an adverb (accusative nisba), not a place
        }
        if (c.priority() == Candidate.MODEL && c.type() == EntityType.ORGANIZATION && c.length() >= 2
                && first.key().endsWith("ات") && isHeadWord(first.key()) && !toks.get(c.from() + 1).hasArticle()
                && toks.get(c.from() + 1).key().startsWith("م")) {
            return false; // ميليشيات موالية لباماكو: a plural head and an indefinite participle describe, not name
        }
        if (c.length() == 1 && c.type() == EntityType.PERSON && RuleLayer.isNameParticle(first.key())) {
            return false; // ولد، بن alone: the particle of a name the tagger split, no name by itself
        }
        if (c.length() == 1) {
            String k = first.bare();
            if (isHeadWord(first.key()) || isHeadWord(k)) {
                return false; // ميليشيا، الوزير: a head or title alone names nobody
            }
            return !(c.priority() == Candidate.MODEL && NameWords.isNisba(k) && c.type() != EntityType.PERSON)
                    && !NameWords.isFunctionWord(k) && !NameWords.isTimeWord(k) && k.length() > 1;
        }
        return true;
    }

    /**
     * Whether a one-word place written like a nisba (مالي "financial, Malian") follows an indefinite
     * noun that is no preposition, head or title, so that it reads as that noun's adjective.
     */
    private boolean isAdjectiveAfterNoun(Candidate c, List<Tok> toks) {
        Tok t = toks.get(c.from());
        if (!t.key().endsWith("ي") || !t.key().equals(t.bare()) || t.hasArticle() || c.from() == 0) {
            return false;
        }
        Tok before = toks.get(c.from() - 1);
        String k = before.key();
        return before.isWord() && !before.hasArticle() && k.length() >= 3 && !NameWords.isFunctionWord(k)
                && !(k.endsWith("ت") && k.length() >= 4) // رحبت أبوظبي: a verb agreeing with the place, its subject
                && !NameWords.isFunctionWord(before.bare()) && !isHeadWord(k) && !isHeadWord(before.bare())
                && !NameWords.isLocative(k) && gazetteer.phrase(before.bare()) == null && !k.startsWith("و");
    }

    /** Non-overlapping candidates: longer spans first, then the more reliable source, then text order. */
    private static List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
                .thenComparingInt(Candidate::from));
        List<Candidate> out = new ArrayList<>();
        if (sorted.stream().anyMatch(c -> c.length() == 0)) {
            for (Candidate c : sorted) {
                if (out.stream().noneMatch(c::overlaps)) {
                    out.add(c);
                }
            }
        } else {
            // the tokens kept spans cover: a span overlaps a kept one when it covers a taken token
            // (testing every kept span made long articles quadratic)
            java.util.BitSet taken = new java.util.BitSet();
            for (Candidate c : sorted) {
                int next = taken.nextSetBit(c.from());
                if (next < 0 || next >= c.to()) {
                    out.add(c);
                    taken.set(c.from(), c.to());
                }
            }
        }
        out.sort(Comparator.comparingInt(Candidate::from));
        return out;
    }

    /**
     * "هنأ المستشار أولاف شولتس ستارمر": a long person name that ends in the family name of another
     * person named in the article runs into that person; it ends one word earlier.
     */
    private static List<Candidate> trimRunOnNames(List<Candidate> accepted, List<Tok> toks) {
        // the first words of person names (two words or more), by their last word
        Map<String, java.util.Set<String>> firstWordsByLast = new HashMap<>();
        for (Candidate other : accepted) {
            if (other.type() == EntityType.PERSON && other.length() >= 2) {
                firstWordsByLast.computeIfAbsent(toks.get(other.to() - 1).key(), k -> new java.util.HashSet<>())
                        .add(toks.get(other.from()).key());
            }
        }
        List<Candidate> out = new ArrayList<>(accepted.size());
        for (Candidate c : accepted) {
            Candidate kept = c;
            if (c.type() == EntityType.PERSON && c.length() >= 3) {
                // another person name ends in the same word and starts differently (c's own first word is in the set),
                // and is not c's own tail (عبد الحليم after مجدي صبري عبد الحليم is the same man)
                java.util.Set<String> firsts = new java.util.HashSet<>(firstWordsByLast.get(toks.get(c.to() - 1).key()));
                for (int k = c.from() + 1; k < c.to() - 1; k++) {
                    firsts.remove(toks.get(k).key());
                }
                if (firsts.size() > 1) {
                    kept = new Candidate(c.from(), c.to() - 1, c.type(), c.outlet(), c.canonical(), c.priority());
                }
            }
            out.add(kept);
        }
        return out;
    }

    /**
     * ناجي عيسى بالقاسم: a one-word person name right after a person's name of two or three words,
     * with nothing between, is its last word (the tagger split the name); not when that word is the
     * family name of another person of the article (هنأ شولتس ستارمر) or starts a new item with و.
     */
    static List<Candidate> joinAdjacentPersons(List<Candidate> accepted, List<Tok> toks) {
        Map<String, Integer> lastWordOf = new HashMap<>();
        for (Candidate c : accepted) {
            if (c.type() == EntityType.PERSON && c.length() >= 2) {
                lastWordOf.merge(toks.get(c.to() - 1).key(), 1, Integer::sum);
            }
        }
        List<Candidate> out = new ArrayList<>(accepted.size());
        for (int k = 0; k < accepted.size(); k++) {
            Candidate c = accepted.get(k);
            Candidate next = k + 1 < accepted.size() ? accepted.get(k + 1) : null;
            if (next != null && c.type() == EntityType.PERSON && next.type() == EntityType.PERSON
                    && next.from() == c.to() && next.length() == 1 && c.length() >= 2 && c.length() <= 3
                    && !toks.get(next.from()).key().startsWith("و")
                    && !lastWordOf.containsKey(toks.get(next.from()).key())) {
                out.add(new Candidate(c.from(), next.to(), c.type(), c.outlet(), c.canonical(), c.priority()));
                k++;
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A name found once is a name wherever it recurs in the article (the tagger sees one sentence
     * at a time and misses repeats); a person's family name alone refers to that person.
     */
    private List<Candidate> propagate(List<Candidate> accepted, List<Tok> toks, List<int[]> sentences,
                                      NerModel tagger) {
        Map<String, Candidate> known = new HashMap<>();
        int maxLen = 1;
        for (Candidate c : accepted) {
            String key = phraseKey(toks, c.from(), c.to(), false);
            String bareKey = phraseKey(toks, c.from(), c.to(), true);
            if (c.length() == 1 && c.type() != EntityType.PERSON
                    && (tagger.lexicon().isCommonWord(key) || tagger.lexicon().isCommonWord(bareKey))) {
                continue; // a common word tagged once (الخارجية after وزارتي) is not a name everywhere
            }
            known.putIfAbsent(key, c);
            known.putIfAbsent(phraseKey(toks, c.from(), c.to(), true), c);
            maxLen = Math.max(maxLen, c.length());
            if (c.type() == EntityType.PERSON && c.length() >= 2) {
                String surname = toks.get(c.to() - 1).key();
                if (surname.length() >= 3 && !gazetteer.isFirstName(surname) && !NameWords.isFunctionWord(surname)) {
                    known.putIfAbsent(surname, new Candidate(0, 1, EntityType.PERSON, false, null, Candidate.PROPAGATED));
                }
                String particle = toks.get(c.to() - 2).key();
                if (c.length() >= 3 && RuleLayer.isNameParticle(particle) && !particle.equals("ال")) {
                    // ولد اعلي، بن عاشور: a family name with its "son of" is how the person is named again
                    known.putIfAbsent(particle + " " + surname,
                            new Candidate(0, 2, EntityType.PERSON, false, null, Candidate.PROPAGATED));
                    maxLen = Math.max(maxLen, 2);
                }
            }
        }
        boolean[] covered = new boolean[toks.size()];
        for (Candidate c : accepted) {
            for (int i = c.from(); i < c.to(); i++) {
                covered[i] = true;
            }
        }
        // the longest known phrase starting with each first word: most words start none, and are
        // skipped without building a key per length
        Map<String, Integer> longestFrom = new HashMap<>();
        for (String key : known.keySet()) {
            int space = key.indexOf(' ');
            String first = space < 0 ? key : key.substring(0, space);
            longestFrom.merge(first, (int) key.chars().filter(ch -> ch == ' ').count() + 1, Math::max);
        }
        List<Candidate> out = new ArrayList<>();
        for (int[] s : sentences) {
            for (int i = s[0]; i < s[1]; i++) {
                if (covered[i] || !toks.get(i).isWord()) {
                    continue;
                }
                int longest = Math.max(longestFrom.getOrDefault(toks.get(i).key(), 0),
                        longestFrom.getOrDefault(toks.get(i).bare(), 0));
                for (int len = Math.min(Math.min(maxLen, longest), s[1] - i); len >= 1; len--) {
                    Candidate seen = known.get(phraseKey(toks, i, i + len, false));
                    if (seen == null) {
                        seen = known.get(phraseKey(toks, i, i + len, true));
                    }
                    if (seen == null) {
                        continue;
                    }
                    boolean free = true;
                    for (int k = i; k < i + len; k++) {
                        free &= !covered[k];
                    }
                    Candidate found = new Candidate(i, i + len, seen.type(), seen.outlet(), seen.canonical(),
                            Candidate.PROPAGATED);
                    if (free && !(len == 1 && seen.type() == EntityType.LOCATION && isAdjectiveAfterNoun(found, toks))) {
                        out.add(found);
                        i += len - 1;
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Folded words of tokens [from, to), the first as written or without proclitics. */
    private static String phraseKey(List<Tok> toks, int from, int to, boolean bare) {
        StringBuilder sb = new StringBuilder(bare ? toks.get(from).bare() : toks.get(from).key());
        for (int k = from + 1; k < to; k++) {
            sb.append(' ').append(toks.get(k).key());
        }
        return sb.toString();
    }

    /** The mention's span (attached proclitics excluded when the name stays a contiguous slice) and name. */
    private MentionDraft draft(Candidate c, List<Tok> toks, NerModel tagger, boolean[] placeTokens,
                               java.util.Set<String> familyNames) {
        Tok first = toks.get(c.from());
        Tok last = toks.get(c.to() - 1);
        int start = first.start();
        String written;
        int p = ArabicForms.procliticLength(first.key());
        // نحو صور والنبطية وبيروت، بلدتي شبعا وكفرحمام: in a list of places و is the conjunction
        boolean listed = c.from() > 0 && first.key().startsWith("و") && placeTokens[c.from() - 1];
        boolean onlyWaw = listed && c.type() == EntityType.LOCATION && first.key().length() > 3;
        if (p >= 2 && first.altBare() != null && gazetteer.phrase(first.altBare()) != null
                && gazetteer.phrase(first.bare()) == null) {
            onlyWaw = true; // وبيروت: only و is a clitic
        }
        if (p >= 2 && first.key().charAt(0) == 'و' && first.altBare() != null && !first.hasArticle() && tagger.lexicon().word(first.key()) == 0
                && tagger.lexicon().word(first.bare()) == 0 && !isKnownName(first.bare(), tagger)
                && !isHeadWord(first.bare())) {
            onlyWaw = true; // وكوتون: a name never seen keeps its letters after the conjunction
        }
        if (onlyWaw) {
            p = 1;
        }
        Tok head = c.from() > 0 ? toks.get(c.from() - 1) : null;
        if (p > 0 && head != null && tagger.lexicon().word(first.key()) == 0
                && (c.type() == EntityType.ORGANIZATION && RuleLayer.isDescriptor(head.bare())
                || c.type() == EntityType.LOCATION && (gazetteer.placeHead(head.key()) != null
                || gazetteer.placeHead(head.bare()) != null || RuleLayer.isLandmarkHead(head.bare())))) {
            p = 0; // مجموعة فالكور، إقليم وداي: right after a descriptor or place head the name carries no clitic
        }
        if (c.length() == 1 && c.type() == EntityType.PERSON && familyNames.contains(first.key())) {
            p = 0; // بالقاسم: written so as the last word of the full name, its ب is no clitic
        }
        if (p == 1 && c.type() == EntityType.PERSON && c.length() >= 2 && first.key().charAt(0) == 'ك') {
            p = 0; // كريم، كمال: "like" before a full name is rare, names that start with ك are not
        }
        boolean lamArticle = p > 0 && first.bare().startsWith("ال") && first.key().startsWith("لل", p - 1);
        if (p > 0 && !lamArticle && (onlyWaw || stripsProclitics(first, tagger))) {
            int cut = ArabicForms.charsForLetters(first.text(), p);
            start += cut;
            written = first.text().substring(cut);
        } else if (lamArticle) {
            // للعراق: the alef of the article is gone, so the name is not a slice; keep the word
            written = "ا" + first.text().substring(ArabicForms.charsForLetters(first.text(), p));
        } else {
            written = first.text();
        }
        StringBuilder name = new StringBuilder(ArabicForms.clean(written));
        for (int k = c.from() + 1; k < c.to(); k++) {
            name.append(' ').append(ArabicForms.clean(toks.get(k).text()));
        }
        String canonical = c.canonical();
        boolean actorUse = true;
        if (c.length() == 1 || canonical != null) {
            String country = gazetteer.countryOfCapital(keyOf(name));
            if (country == null && c.length() == 1 && written.contains(AMMAN_WITH_SHADDA)) {
                country = "الأردن"; // عمّان: the shadda tells Jordan's capital from عمان (Oman), which folds the same
            }
            if (country != null) {
                Tok before = c.from() > 0 ? toks.get(c.from() - 1) : null;
                Tok after = c.to() < toks.size() ? toks.get(c.to()) : null;
                boolean dateline = after != null && (after.text().equals("–") || after.text().equals("-")
                        || after.text().equals("—")); // بغداد – : where the story was filed
                // a capital listed after other places is a place too
                boolean fromGovernment = before != null && before.key().equals("من") && asksOrBacks(toks, c.from() - 1);
                boolean locative = !fromGovernment && (dateline || listed || (before != null && (NameWords.isLocative(before.key()) || before.key().length() > 2
                        && (before.key().charAt(0) == 'و' || before.key().charAt(0) == 'ف')
                        && NameWords.isLocative(before.key().substring(1))))
                        || (start > first.start() && first.key().charAt(p - 1) == 'ب')); // بواشنطن: in Washington
                if (!locative) {
                    canonical = country;
                }
                actorUse = !locative;
            }
        }
        return new MentionDraft(new Span(start, last.end()), c.type(), c.outlet(),
                canonical == null ? name.toString() : canonical, name.toString(), c.length(), actorUse);
    }

    /** Words of asking and backing: "من" + a capital after them names its government (طلبت من الخرطوم). */
    private static final java.util.Set<String> ASKS_OR_BACKS = java.util.Set.of("طلب", "طلبت", "يطلب", "تطلب",
            "طالب", "طالبت", "بطلب", "دعم", "بدعم", "ضغط", "بضغط", "ضغوط", "بضغوط", "تمويل", "بتمويل", "بوساطه",
            "وساطه", "مبادره", "بمبادره", "اعتراض", "رفض", "موافقه", "بموافقه", "تلقي", "تلقت", "التمس", "استفسر");

    /** Whether one of the three words before {@code min} (the token من) asks or backs. */
    private static boolean asksOrBacks(List<Tok> toks, int min) {
        for (int k = min - 1; k >= Math.max(0, min - 4); k--) {
            Tok t = toks.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (ASKS_OR_BACKS.contains(t.key()) || ASKS_OR_BACKS.contains(t.bare())) {
                return true;
            }
        }
        return false;
    }

    /** The folded keys of a name's words (joined by single spaces when it was built), without a regex split. */
    private static String keyOf(CharSequence name) {
        StringBuilder sb = new StringBuilder(name.length());
        int start = 0;
        for (int k = 0; k <= name.length(); k++) {
            if (k == name.length() || name.charAt(k) == ' ') {
                if (k > start) {
                    if (!sb.isEmpty()) {
                        sb.append(' ');
                    }
                    sb.append(ArabicForms.key(name.subSequence(start, k)));
                }
                start = k + 1;
            }
        }
        return sb.toString();
    }

    /** Whether the letters before the stem are clitics here rather than part of the name (بغداد، وليد). */
    private boolean stripsProclitics(Tok t, NerModel tagger) {
        String key = t.key();
        String bare = t.bare();
        if (gazetteer.phrase(key) != null || gazetteer.isFirstName(key) || gazetteer.isLastName(key)
                || isHeadWord(key)) {
            return false; // بغداد، لبنان، وليد، وزارة
        }
        if (t.hasArticle() || isKnownName(bare, tagger) || isHeadWord(bare)) {
            return true;
        }
        if (tagger.lexicon().usualLabel(key) != 0) {
            return false;
        }
        return key.startsWith("و") && tagger.lexicon().word(key) == 0 && bare.length() >= 3;
    }

    /** A word that announces a name without being one: an organisation, place or outlet head, a title. */
    private boolean isHeadWord(String key) {
        return gazetteer.isOrgHead(key) || gazetteer.isDualOrgHead(key) || gazetteer.isPersonTitle(key) || gazetteer.isLocationHead(key)
                || gazetteer.isOutletHead(key);
    }

    private boolean isKnownName(String key, NerModel tagger) {
        return gazetteer.phrase(key) != null || gazetteer.isFirstName(key) || gazetteer.isLastName(key)
                || tagger.lexicon().usualLabel(key) != 0;
    }
}
