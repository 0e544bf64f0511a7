package org.mizan.analysis.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mizan.analysis.claims.Words.Word;
import org.mizan.model.EntityType;
import org.mizan.model.Figure;
import org.mizan.model.FigureValue;
import org.mizan.model.Frame;
import org.mizan.model.Mention;
import org.mizan.model.Polarity;
import org.mizan.model.Span;

/**
 * Reads what a reported content says: its main clause, the polarity and hedging of that clause,
 * its predicate family and its arguments. Shared by claim finding, contradiction search and stance.
 */
public final class FrameReader {

    /** The reading of one content. {@code theme} holds the families of the main clause's other words. */
    public record Reading(Frame frame, Polarity polarity, boolean hedged, boolean pastState, boolean change,
                          Set<String> theme, Set<String> subject, Set<String> clauseActors,
                          Set<String> clausePlaces) {
    }

    // compiled once: String.matches compiled these for every word read (a tenth of reading a frame)
    private static final java.util.regex.Pattern FORM_VIII_WEAK = java.util.regex.Pattern.compile("ات[^اوي][^اوي](ا|وا)?");
    private static final java.util.regex.Pattern FORM_VIII = java.util.regex.Pattern.compile("ا.ت..");
    private static final java.util.regex.Pattern REACH = java.util.regex.Pattern.compile("[يتن]?توصل.*");
    private static final java.util.regex.Pattern REPEAT =
            java.util.regex.Pattern.compile("(اعاد|يعيد|تعيد|نعيد|يعاد|تعاد|اعيد).*");

    private FrameReader() {
    }

    /** The words of the content's main clause: up to the first subordinator, comma or "و + negator". */
    public static List<Word> mainClause(List<Word> content) {
        List<Word> out = new ArrayList<>();
        boolean started = false;
        boolean predicateSeen = false;
        for (int i = 0; i < content.size(); i++) {
            Word w = content.get(i);
            String k = w.key();
            String bare = w.forms().bare();
            if (started) {
                boolean comma = w.punct() && ("،,؛;".indexOf(k.charAt(0)) >= 0);
                // a comma right after the subject is an apposition (سفيرة واشنطن، فلانة، سلّمت): read on
                if (comma && predicateSeen || w.punct() && "#|".indexOf(k.charAt(0)) >= 0) {
                    break;
                }
                if (!w.punct() && (Lexicon.SUBORDINATORS.contains(k)
                        || (Lexicon.SUBORDINATORS.contains(bare) && !bare.equals(k))
                        || (k.charAt(0) == 'و' && !bare.equals(k) && Lexicon.NEGATORS.contains(k))
                        || (k.charAt(0) == 'و' && ArabicRoots.hasConjunction(k) && w.forms().verbLike())
                        || (bare.equals("غير") && i + 1 < content.size()
                            && Lexicon.COMPLEMENTIZERS.contains(content.get(i + 1).key())))) {
                    break;
                }
            }
            if (!w.punct() && !Lexicon.COMPLEMENTIZERS.contains(k)) {
                started = true;
                if (!skippable(w) && (w.forms().verbLike() || w.forms().eventNounLike())
                        && !Lexicon.LIGHT_FAMILIES.contains(w.family())) {
                    predicateSeen = true;
                }
            }
            out.add(w);
        }
        return out;
    }

    /** Negators in a clause, not counting لا يزال / ما زال and the like. */
    public static int negations(List<Word> clause) {
        int n = 0;
        for (int i = 0; i < clause.size(); i++) {
            Word w = clause.get(i);
            if (w.punct() || !Lexicon.NEGATORS.contains(w.key())) {
                continue;
            }
            if (i + 1 < clause.size() && Lexicon.NOT_NEGATING_AFTER.contains(clause.get(i + 1).key())) {
                continue;
            }
            if (Lexicon.bare(w.key()).equals("غير") && (i + 1 >= clause.size() || clause.get(i + 1).punct()
                    || verbBefore(clause, i))) {
                continue;                       // "جهات غير خاضعة" after a verb: a non-X adjective, not a denial
            }
            n++;
        }
        return n;
    }

    private static boolean verbBefore(List<Word> clause, int i) {
        for (int j = 0; j < i; j++) {
            if (!clause.get(j).punct() && clause.get(j).forms().verbLike()) {
                return true;
            }
        }
        return false;
    }

    public static boolean hedged(List<Word> clause) {
        for (int i = 0; i < clause.size(); i++) {
            String k = clause.get(i).key();
            boolean adjective = k.startsWith("ال") && (i == 0 || !Set.of("من", "علي").contains(clause.get(i - 1).key()));
            if (Lexicon.in(Lexicon.HEDGES, k) && !adjective) {
                return true;                    // "من المتوقع أن" hedges; "العجز المتوقع" is a projection
            }
            if (Lexicon.bare(k).equals("قد") && i + 1 < clause.size()) {
                String next = clause.get(i + 1).key();
                if (!next.isEmpty() && "يتن".indexOf(next.charAt(0)) >= 0) {
                    return true;                    // قد + imperfect: "may"; قد + past is "already"
                }
            }
        }
        return false;
    }

    private static boolean skippable(Word w) {
        if (w.punct()) {
            return true;
        }
        String k = w.key();
        String b = w.forms().bare();
        return Lexicon.STOP.contains(k) || Lexicon.STOP.contains(b) || Lexicon.NEGATORS.contains(k)
                || Lexicon.COMPLEMENTIZERS.contains(k) || Lexicon.in(Lexicon.AUXILIARIES, k)
                || Lexicon.in(Lexicon.HEDGES, k) || Lexicon.NOT_NEGATING_AFTER.contains(k)
                || Character.isDigit(k.charAt(0)) || Lexicon.NUMBER_WORDS.containsKey(b);
    }

    /** True for words whose shape says verb (public for the figure reader). */
    public static boolean isVerbLike(String key) {
        return verbLike(key);
    }

    /** True for words whose shape says verb: imperfect prefix, past suffix or a derived verb pattern. */
    static boolean verbLike(String key) {
        String s = Lexicon.bare(key);
        if (s.startsWith("ال") || s.startsWith("لل") || s.startsWith("بال")) {
            return false;
        }
        if (s.length() >= 5 && s.charAt(0) == 'س' && "يتن".indexOf(s.charAt(1)) >= 0) {
            return true;                            // future
        }
        if (s.length() >= 4 && "يت".indexOf(s.charAt(0)) >= 0) {
            return true;
        }
        if (s.length() >= 4 && s.length() <= 7 && (s.endsWith("ت") && !s.endsWith("ات") || s.endsWith("وا"))) {
            return true;                            // but "قوات"، "جهات": a feminine plural, not a past verb
        }
        if (FORM_VIII_WEAK.matcher(s).matches()) {
            return true;                            // اتّفق، اتّفقا، اتّخذوا: form VIII of a و- or ء-initial root
        }
        return s.length() >= 5 && (s.startsWith("ان") || s.startsWith("است") || FORM_VIII.matcher(s).matches());
    }

    /** True for masdars of the derived forms (انسحاب، احتجاز، تخفيض، إفراج، مفاوضة ...) and active participles. */
    public static boolean eventNounLike(String key) {
        String unprefixed = ArabicRoots.foldHamza(Lexicon.bare(key));
        String s = ArabicRoots.stripProclitics(unprefixed);
        boolean bareForm = s.equals(unprefixed);
        if (s.endsWith("ه")) {
            s = s.substring(0, s.length() - 1);
        }
        int n = s.length();
        if (n == 6 && (s.startsWith("ان") || s.startsWith("است")) && s.charAt(4) == 'ا') {
            return true;
        }
        if (n == 7 && s.startsWith("است") && s.charAt(5) == 'ا') {
            return true;
        }
        if (n == 6 && s.charAt(0) == 'ا' && s.charAt(2) == 'ت' && s.charAt(4) == 'ا') {
            return true;                            // افتعال
        }
        if (n == 5 && ((s.charAt(0) == 'ت' && s.charAt(3) == 'ي') || (s.charAt(0) == 'ا' && s.charAt(3) == 'ا')
                || (s.charAt(0) == 'ت' && s.charAt(2) == 'ا'))) {
            return true;                            // تفعيل، إفعال، تفاعل
        }
        if (n == 5 && s.startsWith("م") && s.charAt(2) == 'ا' && key.endsWith("ه")) {
            return true;                            // مفاعلة
        }
        // an indefinite active participle as the predicate of a nominal clause (القوات باقية)
        return n == 4 && s.charAt(1) == 'ا' && bareForm;
    }

    /**
     * Reads one content.
     *
     * @param text     the article text
     * @param content  the content's words
     * @param sentence the sentence the content is in (for its time)
     * @param denial   true when the cue itself denies (نفى، استبعد)
     */
    public static Reading read(String text, List<Word> content, Span sentence, boolean denial,
                               List<Mention> mentions, List<Figure> figures) {
        List<Word> clause = mainClause(content);
        int negs = negations(clause.stream().filter(w -> !inFigure(w, figures)).toList());
        Polarity polarity = (negs % 2 == 1) != denial ? Polarity.NEGATED : Polarity.AFFIRMED;
        boolean hedged = hedged(clause);

        int pred = predicateIndex(clause, mentions, figures);
        String predicate = pred < 0 ? "" : predicateFamily(clause, pred);
        Set<String> subject = new LinkedHashSet<>();
        for (int i = 0; i < pred; i++) {
            Word w = clause.get(i);
            if (!skippable(w) && !inFigure(w, figures)) {
                String fam = w.family();
                if (!Lexicon.LIGHT_FAMILIES.contains(fam)) {
                    subject.add(fam);
                }
            }
        }

        boolean past = false;
        boolean change = false;
        Set<String> theme = new LinkedHashSet<>();
        for (int i = 0; i < clause.size(); i++) {
            Word w = clause.get(i);
            if (Lexicon.in(Lexicon.PAST_STATE, w.key())) {
                past = true;
            }
            if (w.punct() || skippable(w)) {
                continue;
            }
            String fam = w.family();
            if (!Lexicon.NEGATORS.contains(w.key()) && Lexicon.CHANGE_FAMILIES.contains(fam)
                    && (w.forms().verbLike() || w.forms().eventNounLike())) {
                change = true;
            }
            if (i != pred && !Lexicon.LIGHT_FAMILIES.contains(fam) && !inFigure(w, figures)) {
                theme.add(fam);
            }
        }

        Span contentSpan = content.isEmpty() ? new Span(sentence.start(), sentence.start())
                : new Span(content.getFirst().start(), content.getLast().end());
        Set<String> actors = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        arguments(text, content, contentSpan, mentions, actors, places);
        List<Span> figureSpans = new ArrayList<>();
        for (Figure f : figures) {
            if (contentSpan.contains(f.span())) {
                figureSpans.add(f.span());
            }
        }
        // the content's own date, else one stated before it in the sentence ("أعلنت، يوم 12 آذار، أنها")
        Optional<String> time = timeIn(contentSpan, figures);
        if (time.isEmpty() && contentSpan.start() > sentence.start()) {
            time = timeIn(new Span(sentence.start(), contentSpan.start()), figures);
        }
        Frame frame = new Frame(predicate, List.copyOf(actors), List.copyOf(places), figureSpans, time);
        Set<String> clauseActors = new LinkedHashSet<>();
        Set<String> clausePlaces = new LinkedHashSet<>();
        if (!clause.isEmpty()) {
            arguments(text, clause, new Span(clause.getFirst().start(), clause.getLast().end()), mentions,
                    clauseActors, clausePlaces);
        }
        return new Reading(frame, polarity, hedged, past, change, theme, subject, clauseActors, clausePlaces);
    }

    /** The family of the predicate word; a jussive of a defective verb (لم تُخفِ، لم يبقَ) gets its lost ي back. */
    private static String predicateFamily(List<Word> clause, int pred) {
        String k = clause.get(pred).key();
        if (k.length() == 3 && "يتن".indexOf(k.charAt(0)) >= 0 && pred > 0
                && Lexicon.NEGATORS.contains(clause.get(pred - 1).key())) {
            return Lexicon.sameEvent(ArabicRoots.family(k.substring(1) + "ي"));
        }
        return Lexicon.sameEvent(clause.get(pred).family());
    }

    private static Optional<String> timeIn(Span span, List<Figure> figures) {
        for (Figure f : figures) {
            if (span.contains(f.span()) && f.value() instanceof FigureValue.IsoDate d) {
                return Optional.of(d.iso());
            }
            if (span.contains(f.span()) && f.kind() == org.mizan.model.FigureKind.YEAR
                    && f.value() instanceof FigureValue.Amount a) {
                return Optional.of(String.valueOf((long) a.value()));
            }
        }
        return Optional.empty();
    }

    private static boolean inFigure(Word w, List<Figure> figures) {
        for (Figure f : figures) {
            if (f.span().overlaps(w.span())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inMention(Word w, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.span().overlaps(w.span())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the predicate in the clause: a light word's complement, else the first verb, else
     * the first event noun, else the first content word.
     */
    static int predicateIndex(List<Word> clause, List<Mention> mentions, List<Figure> figures) {
        int firstNoun = -1;
        int firstContent = -1;
        int light = -1;
        boolean afterLight = false;
        for (int i = 0; i < clause.size(); i++) {
            Word w = clause.get(i);
            if (skippable(w) || inMention(w, mentions) || inFigure(w, figures) || Countries.of(w).isPresent()
                    || i + 1 < clause.size() && Countries.of(w, clause.get(i + 1)).isPresent()
                    || i > 0 && Countries.of(clause.get(i - 1), w).isPresent()) {
                continue;
            }
            String fam = w.family();
            boolean verb = w.forms().verbLike() || bareVerb(clause, i, mentions);
            boolean event = w.forms().eventNounLike();
            if (Lexicon.LIGHT_FAMILIES.contains(fam) || w.forms().lightForm()) {
                if (firstNoun >= 0) {
                    return firstNoun;               // بمواصلة مهمة ...: the event came first
                }
                afterLight = true;
                light = light < 0 ? i : light;
                continue;
            }
            if (afterLight) {
                return i;
            }
            if (verb) {
                return i;
            }
            if (event && firstNoun < 0) {
                firstNoun = i;
            }
            if (firstContent < 0) {
                firstContent = i;
            }
        }
        if (afterLight) {
            return light;                           // "الاحتجاجات بدأت يوم 6 شباط": nothing after it, the light verb is the event
        }
        return firstNoun >= 0 ? firstNoun : firstContent;
    }

    /**
     * Forms whose event is their complement though their root is an ordinary one: توصّل إلى (reach an
     * agreement: the agreement is the event) and أعاد / إعادة (re-: reopening is opening).
     */
    static boolean lightForm(String key) {
        String s = ArabicRoots.stripProclitics(Lexicon.bare(key));
        if (s.startsWith("ال")) {
            s = s.substring(2);
        }
        if (s.startsWith("س") && s.length() > 4) {
            s = s.substring(1);                     // سيُعاد
        }
        return REACH.matcher(s).matches() || REPEAT.matcher(s).matches();
    }

    /**
     * A three-letter word with no article read as a verb where only a verb fits: after a negator
     * (لم تُخفِ), or right after the subject set off by a comma or quote (فلان، قدّم).
     */
    private static boolean bareVerb(List<Word> clause, int i, List<Mention> mentions) {
        String k = clause.get(i).key();
        if (k.length() != 3 || k.startsWith("ال") || i == 0) {
            return false;
        }
        Word prev = clause.get(i - 1);
        if (Lexicon.NEGATORS.contains(prev.key())) {
            return "يتن".indexOf(k.charAt(0)) >= 0;
        }
        if (Lexicon.bare(prev.key()).equals("قد") || prev.key().equals("لقد")) {
            return true;                            // "أن يكون الجيش قد قصف": قد before a past verb
        }
        return prev.punct() && ("،,\"".indexOf(prev.key().charAt(0)) >= 0 || prev.key().equals("\u201D"))
                || inMention(prev, mentions) || prev.key().startsWith("ال") && i == firstWord(clause) + 1;
    }

    private static int firstWord(List<Word> clause) {
        for (int i = 0; i < clause.size(); i++) {
            if (!clause.get(i).punct() && !Lexicon.COMPLEMENTIZERS.contains(clause.get(i).key())) {
                return i;
            }
        }
        return -1;
    }

    /** Canonical names of actors and places in the content; countries also by capital and adjective. */
    static void arguments(String text, List<Word> content, Span span, List<Mention> mentions, Set<String> actors,
                          Set<String> places) {
        for (Mention m : mentions) {
            if (!span.contains(m.span())) {
                continue;
            }
            boolean place = m.type() == EntityType.LOCATION && !subjectPosition(content, m.span());
            (place ? places : actors).add(m.canonical());
        }
        for (int i = 0; i < content.size(); i++) {
            Word w = content.get(i);
            if (w.punct() || inMention(w, mentions)) {
                continue;
            }
            Optional<String> c = i + 1 < content.size() ? Countries.of(w, content.get(i + 1))
                    : Optional.empty();
            int width = 2;
            if (c.isEmpty()) {
                c = Countries.of(w);
                width = 1;
            }
            if (c.isPresent()) {
                boolean adjective = width == 1 && i > 0 && !content.get(i - 1).punct()
                        && Countries.isAdjective(w.key());
                boolean place = !adjective && !subjectPosition(content, w.span());
                (place ? places : actors).add(c.get());
                i += width - 1;
            }
        }
    }

    /**
     * A location opening the content or right after a verb is the clause's subject (an actor:
     * "واشنطن تخطط", "تقوده الولايات المتحدة"); elsewhere it is a place ("من سوريا", "سجن الحديدة").
     */
    private static boolean subjectPosition(List<Word> content, Span span) {
        int prev = -1;
        for (int i = 0; i < content.size(); i++) {
            Word w = content.get(i);
            if (w.start() >= span.start()) {
                break;
            }
            if (!w.punct()) {
                prev = i;
            }
        }
        if (prev < 0) {
            String first = content.stream().filter(w -> w.start() >= span.start() && !w.punct()).map(Word::key)
                    .findFirst().orElse("");
            return !(first.length() > 3 && "بل".indexOf(first.charAt(0)) >= 0 && !first.startsWith("ال")
                    && Countries.of(first).isPresent() && !Countries.of(first.substring(1)).isEmpty());
        }
        String k = content.get(prev).key();
        return !Lexicon.PLACE_PREPOSITIONS.contains(k) && !Lexicon.STOP.contains(k) && content.get(prev).forms().verbLike()
                || Lexicon.COMPLEMENTIZERS.contains(k) || Lexicon.NEGATORS.contains(k) || k.equals("و");
    }
}
