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

    private static final int MAX_COMPLEMENTS = 4;
    private static final int MAX_TITLE_SKIP = 8;
    private static final int MAX_NAME_TOKENS = 4;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final EntityType[] modelTypes;

    /** @param modelTypes per token of the article, the type the tagger gave it (null for none) */
    RuleLayer(Gazetteer gazetteer, Lexicon lexicon, EntityType[] modelTypes) {
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
            if (m != null) {
                Gazetteer.Kind kind = m.entry().kind();
                out.add(new Candidate(i, i + m.length(), m.entry().type(), kind == Gazetteer.Kind.OUTLET,
                        m.entry().canonical(), Candidate.GAZETTEER));
            }
            quotedOutlet(toks, i, to, out);
            broadcasterNamedAfterPlace(toks, i, to, out);
            organisation(toks, i, to, out);
            landmark(toks, i, to, out);
            titledPerson(toks, i, to, out);
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
        int max = Math.min(gazetteer.maxPhraseTokens(), to - i);
        for (int len = max; len >= 1; len--) {
            boolean words = true;
            StringBuilder rest = new StringBuilder();
            for (int k = i + 1; k < i + len; k++) {
                if (!toks.get(k).isWord()) {
                    words = false;
                    break;
                }
                rest.append(' ').append(toks.get(k).key());
            }
            if (!words) {
                continue;
            }
            Gazetteer.Entry e = gazetteer.phrase(first.key() + rest);
            if (e == null && clitics && !first.bare().equals(first.key())) {
                e = gazetteer.phrase(first.bare() + rest);
            }
            if (e != null) {
                return new Match(len, e);
            }
        }
        return null;
    }

    private static boolean isOpenQuote(Tok t) {
        return t.text().equals("\"") || t.text().equals("«") || t.text().equals("“") || t.text().equals("”");
    }

    private static boolean isCloseQuote(Tok t) {
        return t.text().equals("\"") || t.text().equals("»") || t.text().equals("”") || t.text().equals("“");
    }

    /** وكالة "رويترز"، مجلة «فورين بوليسي»: the quoted words are an outlet. */
    private void quotedOutlet(List<Tok> toks, int i, int to, List<Candidate> out) {
        Tok head = toks.get(i);
        if (!gazetteer.isOutletHead(head.key()) && !gazetteer.isOutletHead(head.bare()) || i + 2 >= to || !isOpenQuote(toks.get(i + 1))) {
            return;
        }
        for (int j = i + 2; j < Math.min(to, i + 8); j++) {
            Tok t = toks.get(j);
            if (isCloseQuote(t)) {
                if (j > i + 2) {
                    Match m = match(toks, i + 2, j);
                    String canonical = m != null && m.length() == j - i - 2 ? m.entry().canonical() : null;
                    out.add(new Candidate(i + 2, j, EntityType.ORGANIZATION, true, canonical, Candidate.QUOTED_OUTLET));
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
            "قصر", "ميدان", "ساحه", "شارع", "مطار", "معبر", "جسر", "سجن", "ميناء", "مضيق");

    /** قصر قرطاج، ميدان التحرير، مطار بغداد الدولي، معبر رفح: a landmark is named with its head. */
    private void landmark(List<Tok> toks, int i, int to, List<Candidate> out) {
        Tok head = toks.get(i);
        if (!LANDMARK_HEADS.contains(head.bare()) && !LANDMARK_HEADS.contains(head.key()) || i + 1 >= to) {
            return;
        }
        int j = i + 1;
        Tok next = toks.get(j);
        Match m = next.isWord() ? match(toks, j, to, false) : null;
        if (m != null) {
            j += m.length();
        } else if (isComplement(next) || next.isWord() && modelTypes[j] != null) {
            j++;
            while (j < to && modelTypes[j] != null && modelTypes[j] == modelTypes[j - 1]) {
                j++;
            }
        } else {
            return;
        }
        while (j < to && j < i + 1 + MAX_COMPLEMENTS && isComplement(toks.get(j)) && NameWords.isAdjective(toks.get(j).key())) {
            j++; // مطار بغداد الدولي
        }
        out.add(new Candidate(i, j, EntityType.LOCATION, false, null, Candidate.ORG_HEAD));
    }

    /** لل + noun: lam with the article, whose alef is dropped (للأنباء). */
    private static boolean isLamArticle(Tok t) {
        return t.isWord() && t.key().startsWith("لل") && t.hasArticle();
    }

    /** A word that can complement an organisation head: definite, not a function or time word. */
    private boolean isComplement(Tok t) {
        return t.isWord() && t.key().equals(t.bare()) && t.hasArticle() && !NameWords.isFunctionWord(t.key())
                && !NameWords.isTimeWord(t.key()) && !gazetteer.isPersonTitle(t.key());
    }

    /** وزارة الخارجية العراقية، مجلس الأمن القومي الأميركي، وزارتي الدفاع والخارجية. */
    private void organisation(List<Tok> toks, int i, int to, List<Candidate> out) {
        Tok head = toks.get(i);
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
        Match known = match(toks, i, to);
        if (known != null && known.entry().type() == EntityType.ORGANIZATION) {
            return; // تنظيم الدولة: the gazetteer knows where this name ends
        }
        boolean definiteHead = bare.startsWith("ال");
        int j = i + 1;
        int complements = 0;
        boolean adjectives = false;
        while (j < to && complements < MAX_COMPLEMENTS) {
            Tok t = toks.get(j);
            if (adjectives && !(isComplement(t) && NameWords.isAdjective(t.key()))) {
                break; // after an adjective only adjectives follow (الاتحاد الأفريقي | الطرفين)
            }
            Match m = t.isWord() ? match(toks, j, to, false) : null;
            if (complements == 0 && definiteHead) {
                // المقاومة الإسلامية، الحرس الثوري: a definite head needs a nisba or a known name after it
                if (m == null && !(isComplement(t) && NameWords.isNisba(t.key()))) {
                    return;
                }
            }
            if (m != null && m.entry().type() == EntityType.ORGANIZATION && complements == 0) {
                return; // "حركة حماس" and the like are gazetteer names already
            }
            if (m != null) {
                j += m.length();
                complements++;
            } else if (isComplement(t)) {
                adjectives |= NameWords.isAdjective(t.key());
                j++;
                complements++;
            } else if (complements > 0 && isLamArticle(t) && !NameWords.isFunctionWord(t.bare())) {
                j++; // الوكالة الدولية للطاقة الذرية، وكالة تونس أفريقيا للأنباء: a لل complement
                complements++;
                adjectives = true; // only adjectives may follow it (الذرية)
            } else if (complements == 0 && !definiteHead && isConstructLink(t) && j + 1 < to
                    && (isComplement(toks.get(j + 1)) || toks.get(j + 1).isWord() && match(toks, j + 1, to, false) != null)) {
                j++; // ائتلاف دولة القانون، شركة أرامكو السعودية: an idafa chain ending in a definite or known name
                complements++;
            } else {
                break;
            }
        }
        if (complements == 0) {
            return;
        }
        if (isDescriptor(bare) && !toks.get(i + 1).hasArticle()) {
            // نادي ريال مدريد، شركة أرامكو: a proper name after the descriptor is the name
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

    /** Heads that describe rather than name: نادي ريال مدريد، شركة أرامكو (but شركة النفط الوطنية). */
    static boolean isDescriptor(String bare) {
        return bare.equals("نادي") || bare.equals("منتخب") || bare.equals("شركه");
    }

    private boolean isDualHead(String key) {
        return gazetteer.isDualOrgHead(key);
    }

    /** An indefinite noun inside a name's idafa chain: not a function word, verb or common word. */
    private boolean isConstructLink(Tok t) {
        String k = t.key();
        return t.isWord() && !k.startsWith("و") && !k.startsWith("ف") && !t.hasArticle() && k.length() >= 3
                && !NameWords.isFunctionWord(k)
                && !NameWords.isTimeWord(k) && !k.startsWith("ي") && !k.startsWith("ت")
                && !k.startsWith("سي") && !k.startsWith("ست") && !gazetteer.isPersonTitle(k);
    }

    /** وزير الخارجية العراقي، فؤاد حسين / السفيرة الأميركية ألينا رومانوفسكي. */
    private void titledPerson(List<Tok> toks, int i, int to, List<Candidate> out) {
        Tok title = toks.get(i);
        if (!gazetteer.isPersonTitle(title.key()) && !gazetteer.isPersonTitle(title.bare())) {
            return;
        }
        int j = i + 1;
        int commas = 0;
        while (j < to && j - i <= MAX_TITLE_SKIP) {
            Tok t = toks.get(j);
            String k = t.key();
            if (k.equals("،") || k.equals(",") || k.equals(":")) {
                if (++commas > 1) {
                    return;
                }
                j++;
            } else if (t.isWord() && gazetteer.isPersonTitle(t.bare())) {
                j++;
            } else if (t.isWord() && (k.equals("في") || k.equals("لدي") || k.equals("باسم")) && j + 1 < to
                    && (match(toks, j + 1, to) != null || isComplement(toks.get(j + 1)))) {
                j++;
            } else if (t.isWord() && match(toks, j, to) != null) {
                j += match(toks, j, to).length();
            } else if (isComplement(t) || isLamArticle(t)) {
                j++; // الخارجية، العراقي; للأمم (الأمين العام للأمم المتحدة)
            } else {
                break;
            }
        }
        int end = j;
        if (j + 1 < to && !isNameToken(toks.get(j), 0, false) && isNameToken(toks.get(j), 0, true)
                && isNameToken(toks.get(j + 1), 1, false) && !lexicon.isCommonWord(toks.get(j + 1).key())) {
            end = j + 1; // a first name that is also a common word (جو بايدن) when a clear name follows
        }
        while (end < to && end - j < MAX_NAME_TOKENS && isNameToken(toks.get(end), end - j, false)
                && (end - j < 2 || modelTypes[end] != null || toks.get(end).hasArticle())) {
            end++; // a third word joins only if the tagger or the nisba form backs it (not نظيره)
        }
        if (end > j) {
            out.add(new Candidate(j, end, EntityType.PERSON, false, null, Candidate.TITLE));
        }
    }

    /** Could this token be word number {@code position} (0-based) of a person's name? */
    private boolean isNameToken(Tok t, int position, boolean allowCommon) {
        String k = t.key();
        if (!t.isWord() || position > 0 && k.startsWith("و") && !gazetteer.isFirstName(k) && !gazetteer.isLastName(k)) {
            return false; // و after a name starts the next item (فؤاد حسين ووزير ...)
        }
        if (k.length() < 2 || NameWords.isFunctionWord(k) || NameWords.isTimeWord(k) || gazetteer.isPersonTitle(k)
                || gazetteer.isOrgHead(k) || gazetteer.phrase(k) != null) {
            return false;
        }
        if (gazetteer.isFirstName(k) || gazetteer.isLastName(k)) {
            return true;
        }
        if (t.hasArticle()) {
            // a family name such as السوداني may close a name, never open it, and carries no clitic
            return position > 0 && k.startsWith("ال") && NameWords.isNisba(k);
        }
        if (!allowCommon && lexicon.isCommonWord(k) && !t.text().startsWith("أل")) {
            return false; // a common word (ألينا is a name even though إلينا folds the same way)
        }
        if (position == 0 && (k.startsWith("ي") || k.startsWith("سي") || k.startsWith("ست") || k.startsWith("سن"))) {
            return false; // imperfect and future verbs (يزور، سيزور، ستبدأ) right after a title
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
