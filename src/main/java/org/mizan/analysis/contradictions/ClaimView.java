package org.mizan.analysis.contradictions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mizan.analysis.claims.ClaimReadings;
import org.mizan.analysis.claims.Countries;
import org.mizan.analysis.claims.FrameReader;
import org.mizan.analysis.claims.Lexicon;
import org.mizan.analysis.claims.WordForms;
import org.mizan.analysis.claims.Words;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.Figure;
import org.mizan.model.Mention;
import org.mizan.model.Polarity;
import org.mizan.model.Source;

/**
 * A claim as the contradiction search compares it: its predicate family with antonyms folded
 * (بقي = not سحب, فشل = not نجح), its effective polarity, who said it, and its argument keys.
 */
record ClaimView(int order, Analysis analysis, Claim claim, String predicate, Polarity polarity, boolean antonym,
                 String sourceKey, String sourceName, Set<String> actors, Set<String> places, Set<String> theme,
                 List<String> subject, boolean pastState, boolean change, boolean beforeDate, Lexicon.CueKind cue,
                 List<Words.Word> words) {

    /** Families that are the negation of another: (antonym family) -> (family it negates). */
    private static final Map<String, String> ANTONYMS = Map.ofEntries(
            Map.entry("بقي", "سحب"), Map.entry("رفض", "وفق"), Map.entry("فشل", "نجح"), Map.entry("خفض", "رفع"),
            Map.entry("رجع", "رفع"), Map.entry("نقص", "زود"), Map.entry("منع", "سمح"), Map.entry("غلق", "فتح"),
            Map.entry("خسر", "فوز"), Map.entry("نفي", "اكد"), Map.entry("جمد", "فعل"), Map.entry("لغي", "قرر"));

    static ClaimView of(int order, Analysis analysis, Claim claim) {
        return of(order, analysis, claim, analysis.mentions(), analysis.figures(), new Reading(), null);
    }

    /**
     * What one search shares across its claims: the forms of each distinct word and the actor key of
     * each canonical name, worked out once (claims of one story repeat both). One per search call.
     */
    static final class Reading {
        final WordForms.Table forms = new WordForms.Table();
        private final Map<String, String> actorKeys = new java.util.HashMap<>();

        String actorKey(String canonical) {
            return actorKeys.computeIfAbsent(canonical, Countries::actorKey);
        }
    }

    /**
     * @param mentions the analysis's mentions, or only those touching the claim's span (all this reads)
     * @param figures  the analysis's figures, or only those touching the claim's span
     */
    static ClaimView of(int order, Analysis analysis, Claim claim, List<Mention> mentions, List<Figure> figures,
                        Reading reading, ClaimReadings.Read known) {
        String text = analysis.text();
        // the claim finder's own reading of these words when it has one (the same words, the same
        // mentions and figures in them: the same reading), else read here
        List<Words.Word> content = known != null ? known.content()
                : Words.tokens(text, claim.span().start(), claim.span().end(), reading.forms);
        FrameReader.Reading r = known != null ? known.reading()
                : FrameReader.read(text, content, claim.span(), false, mentions, figures);
        String pred = claim.frame().predicate();
        Polarity pol = claim.polarity();
        boolean antonym = false;
        String negated = ANTONYMS.get(pred);
        if (negated != null) {
            pred = negated;
            pol = pol == Polarity.AFFIRMED ? Polarity.NEGATED : Polarity.AFFIRMED;
            antonym = true;
        }
        Lexicon.CueKind cue = Lexicon.cue(Words.key(claim.cue().of(text)));
        boolean beforeDate = false;
        for (int i = 0; i + 1 < content.size(); i++) {
            int next = content.get(i + 1).start();
            if (Lexicon.bare(content.get(i).key()).equals("قبل") && figures.stream().anyMatch(
                    f -> f.span().start() == next && f.value() instanceof org.mizan.model.FigureValue.IsoDate)) {
                beforeDate = true;
            }
        }
        return new ClaimView(order, analysis, claim, pred, pol, antonym, sourceKey(text, claim, reading),
                sourceName(text, claim), keys(r.clauseActors(), reading), keys(r.clausePlaces(), reading), r.theme(),
                List.copyOf(r.subject()), r.pastState(), r.change(), beforeDate, cue, content);
    }

    /** Both name the same head noun before the predicate ("الجولة الرابعة" and "الجولة المقبلة"). */
    boolean sameSubjectHead(ClaimView o) {
        return !subject.isEmpty() && !o.subject.isEmpty() && subject.getFirst().equals(o.subject.getFirst());
    }

    /**
     * One subject's words contain the other's ("النقابة" within "نقابة عمال المرافئ"), or one's subject
     * is named after the other's verb ("المعبر سيُعاد فتحه" and "استبعد أن يُفتح معبر رأس جدير").
     */
    private boolean subjectNested(ClaimView o) {
        if (!subject.isEmpty() && !o.subject.isEmpty()) {
            return subject.containsAll(o.subject) || o.subject.containsAll(subject);
        }
        // only where neither names an actor or place: a name on one side only may be what sets them apart
        boolean unnamed = actors.isEmpty() && places.isEmpty() && o.actors.isEmpty() && o.places.isEmpty();
        return unnamed && (!subject.isEmpty() && o.theme.contains(subject.getFirst())
                || !o.subject.isEmpty() && theme.contains(o.subject.getFirst()));
    }

    /** The theme without the subject's words: what the predicate acts on. */
    private Set<String> object() {
        Set<String> rest = new java.util.HashSet<>(theme);
        subject.forEach(rest::remove);
        return rest;
    }

    private static Set<String> keys(Set<String> names, Reading reading) {
        return names.stream().map(reading::actorKey).collect(Collectors.toSet());
    }

    private static String sourceKey(String text, Claim c, Reading reading) {
        if (c.source().isPresent()) {
            Source s = c.source().get();
            return s.canonical().map(reading::actorKey).orElseGet(() -> Words.key(s.span().of(text)));
        }
        return "؟" + c.id();                         // an agentless report is nobody's in particular
    }

    private static String sourceName(String text, Claim c) {
        String name = c.source().map(s -> s.canonical().orElseGet(() -> clean(s.span().of(text)))).orElse(null);
        String via = c.via().isEmpty() ? null : clean(c.via().getFirst().span().of(text));
        if (name == null) {
            return via == null ? "مصدر غير مسمى" : via;
        }
        return via == null ? name : name + " (" + via + ")";
    }

    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[\"«»“”]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String clean(String s) {
        return SPACES.matcher(QUOTES.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }

    String article() {
        return analysis.article().source();
    }

    /** Families shared with another claim's theme, and the share of the union they make. */
    double themeOverlap(ClaimView o) {
        if (theme.isEmpty() || o.theme.isEmpty()) {
            return 0;
        }
        long shared = theme.stream().filter(o.theme::contains).count();
        return shared / (double) (theme.size() + o.theme.size() - shared);
    }

    static boolean disjoint(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
    }

    static boolean share(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** Whether the two claims can be about the same state of affairs: no clash of places or actors, and an anchor. */
    boolean compatible(ClaimView o) {
        if (disjoint(places, o.places) || disjoint(actors, o.actors)) {
            return false;
        }
        boolean named = share(places, o.places) || share(actors, o.actors);
        boolean anchored = named || subjectNested(o);
        double overlap = themeOverlap(o);
        if (!anchored) {
            return overlap >= 0.5 || (overlap > 0 && (theme.size() <= 2 || o.theme.size() <= 2));
        }
        // "الحكومة تدرس خفض الدعم عن الغاز" against "الحكومة سترفع أسعار الكهرباء": an antonym opposes the
        // other claim only about the same thing acted on; with one subject and nothing else shared, they
        // are about two things
        if (named || antonym == o.antonym) {
            return true;
        }
        Set<String> mine = object();
        Set<String> theirs = o.object();
        return mine.isEmpty() || theirs.isEmpty() || share(mine, theirs);
    }
}
