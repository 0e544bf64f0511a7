package org.mizan.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.mizan.analysis.ClaimFinder;
import org.mizan.analysis.claims.Lexicon.CueKind;
import org.mizan.analysis.claims.Words.Word;
import org.mizan.model.Claim;
import org.mizan.model.EntityType;
import org.mizan.model.Figure;
import org.mizan.model.FigureKind;
import org.mizan.model.FigureValue;
import org.mizan.model.Mention;
import org.mizan.model.Polarity;
import org.mizan.model.Source;
import org.mizan.model.Span;

/**
 * Finds attributed statements in Arabic news text: a reporting cue (قال، أكد، نفى، بحسب ...), who it
 * is attributed to (a named actor from the mentions, or an anonymous source with its count), the
 * reported content (after إن/أن, a colon or in quotes) and, through {@link FrameReader}, what the
 * content asserts. Pure and stateless.
 */
public final class ArabicClaimFinder implements ClaimFinder {

    /** Cues that may take their content as a direct object (نفى أي خطة، أكد التزامه). */
    private static final java.util.Set<String> OBJECT_CUES = java.util.Set.of("نفي", "بعد", "اكد", "علن", "كشف", "تهم", "وقع",
            "حذر", "قدر", "شور");

    private static final java.util.Set<String> RELATIVES = java.util.Set.of("الذي", "التي", "الذين", "اللذين",
            "اللتين", "اللذان", "اللتان");

    private static final java.util.Set<String> TRAILING_CONNECTORS = java.util.Set.of("فيما", "بينما", "و", "لكن",
            "لكنه", "لكنها", "حيث", "كما", "في", "حين");

    /** Cues whose source only expects or estimates: the claim is hedged. */
    private static final java.util.Set<String> HEDGING_CUES = java.util.Set.of("وقع", "رجح");

    /** What a denial may point back with instead of restating the claim. */
    private static final java.util.Set<String> ANAPHORS = java.util.Set.of("ذلك", "هذا", "هذه", "تلك",
            "هذه الانباء", "هذه التقارير", "هذه المعلومات", "هذه الاتهامات", "هذه الادعاءات", "الخبر", "الانباء",
            "التقارير", "الاتهامات");

    private static final java.util.Set<String> NOT_A_REPORT_AFTER = java.util.Set.of("عدم", "دون", "بدون", "يجب",
            "ينبغي", "يمكن", "رفض", "طلب");

    /** How many earlier claims a definite source ("الوزارة") may look back through for its antecedent. */
    static final int ANTECEDENT_REACH = 50;

    /** How far a content marker may follow its cue (a long title and a medium may come between). */
    private static final int MARKER_REACH = 40;

    @Override
    public List<Claim> find(String text, List<Mention> mentions, List<Figure> figures) {
        return findNoted(text, mentions, figures).claims();
    }

    /** The claims, and each one's words and reading ({@link ClaimReadings}) for the contradiction search. */
    @Override
    public Found findNoted(String text, List<Mention> mentions, List<Figure> figures) {
        List<Draft> drafts = new ArrayList<>();
        ByPosition<Mention> mentionsAt = new ByPosition<>(mentions, Mention::span);
        ByPosition<Figure> figuresAt = new ByPosition<>(figures, Figure::span);
        WordForms.Table forms = new WordForms.Table();      // one per article: each distinct word is studied once
        for (Span sentence : Words.sentences(text)) {
            for (Span piece : pieces(text, sentence)) {
                // Every lookup of a sentence reader is about spans inside its sentence: handing it only
                // what overlaps the sentence keeps the results and makes the cost linear in the text
                // (scanning all the article's mentions for each word was quadratic).
                new SentenceReader(text, piece, mentionsAt.overlapping(piece), figuresAt.overlapping(piece), drafts,
                        forms)
                        .read();
            }
        }
        List<Claim> claims = new ArrayList<>();
        ClaimReadings readings = new ClaimReadings();
        for (Draft d : drafts) {
            Claim c = new Claim("c" + (claims.size() + 1), d.content, Optional.ofNullable(d.source), d.via,
                    d.cue, d.reading.polarity(), d.reading.hedged(), d.reading.frame());
            claims.add(c);
            if (d.words != null) {
                readings.put(c, new ClaimReadings.Read(d.words, d.reading));
            }
        }
        return new Found(claims, readings);
    }

    @Override
    public Claim read(String text, Claim marked, List<Mention> mentions, List<Figure> figures) {
        List<Word> words = Words.tokens(text, marked.span().start(), marked.span().end());
        // the source denying the words is read as a denying cue is (نفى أن ...)
        FrameReader.Reading r = FrameReader.read(text, words, marked.span(), marked.polarity() == Polarity.NEGATED,
                mentions, figures);
        return new Claim(marked.id(), marked.span(), marked.source(), marked.via(), marked.cue(), r.polarity(),
                r.hedged(), r.frame());
    }

    /**
     * Longer "sentences" are cut at a space into pieces of at most this many characters. News
     * sentences are far shorter; a run without any sentence end (a pasted table, a list of names, a
     * hostile file) would otherwise make one reader's work grow with the square of its length.
     */
    static final int MAX_SENTENCE = 3_000;

    static List<Span> pieces(String text, Span sentence) {
        if (sentence.length() <= MAX_SENTENCE) {
            return List.of(sentence);
        }
        List<Span> pieces = new ArrayList<>();
        int start = sentence.start();
        while (sentence.end() - start > MAX_SENTENCE) {
            int cut = start + MAX_SENTENCE;
            int space = cut;
            while (space > start + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(space))) {
                space--;
            }
            if (Character.isWhitespace(text.charAt(space))) {
                cut = space;
            } else if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;                          // never between the halves of a surrogate pair
            }
            pieces.add(new Span(start, cut));
            start = cut;
        }
        pieces.add(new Span(start, sentence.end()));
        return pieces;
    }

    /**
     * The items of a list in text order that overlap a range, found by binary search so that asking
     * for every sentence of an article costs about as much as one pass over the list.
     */
    private static final class ByPosition<T> {
        private final List<T> items;
        private final java.util.function.Function<T, Span> span;
        private final boolean sorted;
        private final int longest;

        ByPosition(List<T> items, java.util.function.Function<T, Span> span) {
            this.items = items;
            this.span = span;
            boolean inOrder = true;
            int max = 0;
            for (int i = 0; i < items.size(); i++) {
                Span s = span.apply(items.get(i));
                inOrder &= i == 0 || span.apply(items.get(i - 1)).start() <= s.start();
                max = Math.max(max, s.length());
            }
            this.sorted = inOrder;
            this.longest = max;
        }

        List<T> overlapping(Span range) {
            int from = sorted ? firstStartingAtOrAfter(range.start() - longest) : 0;
            int to = sorted ? firstStartingAtOrAfter(range.end()) : items.size();
            List<T> out = new ArrayList<>();
            for (int i = from; i < to; i++) {
                Span s = span.apply(items.get(i));
                if (s.start() < range.end() && range.start() < s.end()) {
                    out.add(items.get(i));
                }
            }
            return out;
        }

        private int firstStartingAtOrAfter(int offset) {
            int lo = 0;
            int hi = items.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (span.apply(items.get(mid)).start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** A claim before numbering. */
    private record Draft(Span content, Source source, List<Source> via, Span cue, FrameReader.Reading reading,
                         List<Word> words) {
    }

    /** One pass over one sentence; appends its claims to {@code out}. */
    private static final class SentenceReader {
        private final String text;
        private final Span sentence;
        private final List<Mention> mentions;
        private final List<Figure> figures;
        private final List<Draft> out;
        private final List<Word> ws;
        private int sentenceStart;

        private final WordForms.Table forms;

        SentenceReader(String text, Span sentence, List<Mention> mentions, List<Figure> figures, List<Draft> out,
                       WordForms.Table forms) {
            this.text = text;
            this.sentence = sentence;
            this.mentions = mentions;
            this.figures = figures;
            this.out = out;
            this.forms = forms;
            this.ws = Words.tokens(text, sentence.start(), sentence.end(), forms);
        }

        void read() {
            sentenceStart = out.size();
            List<Integer> cues = new ArrayList<>();
            for (int i = 0; i < ws.size(); i++) {
                boolean afterAccording = i >= 2 && ws.get(i - 1).key().equals("ما")
                        && ws.get(i - 2).forms().cue() == CueKind.ACCORDING;   // بحسب ما قاله
                if (!ws.get(i).punct() && !afterAccording && cueKind(i) != null && !insideMention(ws.get(i))) {
                    cues.add(i);
                }
            }
            int before = out.size();
            for (int n = 0; n < cues.size(); n++) {
                int c = cues.get(n);
                int end = n + 1 < cues.size() ? cues.get(n + 1) : ws.size();
                readCue(c, end, cueKind(c));
            }
            if (out.size() == before && cues.isEmpty()) {
                headline();
            }
        }

        private boolean insideMention(Word w) {
            for (Mention m : mentions) {
                if (m.span().contains(w.span()) && m.span().length() > w.span().length()) {
                    return true;
                }
            }
            return false;
        }

        /** The cue kind at i, after the checks that tell a reporting use from another sense. */
        private CueKind cueKind(int i) {
            String k = ws.get(i).key();
            CueKind kind = ws.get(i).forms().cue();
            if (kind == null) {
                return null;
            }
            if (i > 0 && RELATIVES.contains(ws.get(i - 1).key())) {
                // "المهندس فلان، الذي أشار إلى أن": the antecedent speaks; "الذي أعلن تشكيله" reports nothing
                return markerWithin(i + 1, Math.min(ws.size(), i + 4)) >= 0 ? CueKind.CONTINUING : null;
            }
            if (i > 0 && NOT_A_REPORT_AFTER.contains(Lexicon.bare(ws.get(i - 1).key()))) {
                return null;                        // طلب عدم ذكر اسمه
            }
            if (kind != CueKind.ACCORDING && passive(ws.get(i))) {
                kind = CueKind.AGENTLESS;           // ذُكر أن، أُفيد بأن: vowelled as a passive, nobody in particular
            }
            if (i > 0 && (ws.get(i - 1).key().equals("ما") || i > 1 && ws.get(i - 2).key().equals("ما")
                    && Lexicon.NEGATORS.contains(ws.get(i - 1).key()))) {
                return null;                        // "وهو ما لم يؤكده أي مسؤول": about the report before it
            }
            if (k.endsWith("يدعي") && markerWithin(i + 1, Math.min(ws.size(), i + 3)) < 0
                    && i + 2 < ws.size() && isClauseBreak(ws.get(i + 2))) {
                return null;                        // "ويُدعى أيمن،": "who is called", not "claims"
            }
            if (i > 0 && (ws.get(i - 1).key().equals("ان") || ws.get(i - 1).key().equals("بان"))
                    && "يت".indexOf(Lexicon.bare(k).charAt(0)) >= 0) {
                return null;                        // "رجّح أن يُعلن الاتفاق": the content's own verb
            }
            String fam = ws.get(i).family();
            if (kind == CueKind.ACCORDING) {
                return i + 1 < ws.size() && !ws.get(i + 1).punct() ? kind : null;
            }
            if (kind == CueKind.AGENTLESS || kind == CueKind.CONTINUING) {
                return markerWithin(i + 1, Math.min(ws.size(), i + 10)) >= 0 ? kind : null;
            }
            boolean needsMarker = !OBJECT_CUES.contains(fam) && kind != CueKind.DIRECT;
            if (fam.equals("نقل")) {
                return indexOfKey(i + 1, Math.min(ws.size(), i + 10), "عن") >= 0
                        || markerWithin(i + 1, Math.min(ws.size(), i + 14)) >= 0 ? kind : null;
            }
            if (needsMarker && markerWithin(i + 1, Math.min(ws.size(), i + MARKER_REACH)) < 0) {
                return null;
            }
            return kind;
        }

        /**
         * A past-tense cue written with a damma on its first letter (ذُكر، أُفيد، نُقل) is a passive.
         * Only past forms: on a present prefix (يُؤكد، تُشير) the damma marks an active derived verb.
         */
        private boolean passive(Word w) {
            String raw = text.substring(w.start(), w.end());
            int i = 0;
            if (raw.length() > 2 && (raw.charAt(0) == 'و' || raw.charAt(0) == 'ف')) {
                i = 1;
                while (i < raw.length() && raw.charAt(i) >= '\u064B' && raw.charAt(i) <= '\u0652') {
                    i++;                            // a vowelled conjunction (وَذُكر)
                }
            }
            return i + 1 < raw.length() && "يتن".indexOf(raw.charAt(i)) < 0 && raw.charAt(i + 1) == '\u064F';
        }

        private int indexOfKey(int from, int to, String key) {
            for (int i = from; i < to; i++) {
                if (ws.get(i).key().equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        /** The index of the first complementizer or colon in [from, to), or -1. */
        private int markerWithin(int from, int to) {
            for (int i = from; i < to; i++) {
                String k = ws.get(i).key();
                if (Lexicon.COMPLEMENTIZERS.contains(k) || k.equals(":")) {
                    return i;
                }
            }
            return -1;
        }

        private void readCue(int c, int end, CueKind kind) {
            Word cue = ws.get(c);
            List<Source> via = new ArrayList<>();
            Source source = null;
            int after = c + 1;
            boolean denial = kind == CueKind.DENY;
            switch (kind) {
                case ACCORDING -> {
                    int from = c + 1;
                    if (from < end && (ws.get(from).key().equals("ل") || ws.get(from).key().equals("عن")
                            || ws.get(from).key().equals("الي"))) {
                        from++;
                    }
                    boolean reported = from + 1 < end && ws.get(from).key().equals("ما")
                            && Lexicon.cue(ws.get(from + 1).key().replaceAll("(ه|ها|هم)$", "")) != null;
                    if (reported) {
                        from += 2;                      // بحسب ما نقله موقع X عن فلان
                    }
                    int npEnd = nounPhraseEnd(from, end, false, false, reported);
                    source = source(from, npEnd);
                    if (reported && npEnd < end && ws.get(npEnd).key().equals("عن")) {
                        via.add(source);
                        int inner = nounPhraseEnd(npEnd + 1, end, false, false, false);
                        source = inner > npEnd + 1 ? source(npEnd + 1, inner) : source;
                        npEnd = inner;
                    }
                    npEnd = skipRecipient(npEnd, end, via);
                    // "ذكرت الصحيفة، نقلاً عن مصادر، أن ...": the verb's subject carries the sources
                    boolean afterVerb = c >= 2 && isClauseBreak(ws.get(c - 1)) && cueKind(c - 2) != null
                            && cueKind(c - 2) != CueKind.ACCORDING && cueKind(c - 2) != CueKind.DIRECT;
                    if (afterVerb) {
                        Source outer = subjectBefore(c - 2);
                        if (outer != null) {
                            via.add(outer);
                        }
                    }
                    if (clauseStart(c) || afterVerb) {
                        int s = npEnd;
                        for (int j = npEnd; j < Math.min(end, npEnd + 8); j++) {
                            if (isClauseBreak(ws.get(j))) {
                                s = j + 1;              // بحسب أرقام عرضتها الإدارة خلال الاجتماع، ...
                                break;
                            }
                        }
                        while (s < end && (ws.get(s).punct() || Lexicon.COMPLEMENTIZERS.contains(ws.get(s).key()))) {
                            s++;
                        }
                        emit(s, end, source, via, afterVerb ? ws.get(c - 2) : cue,
                                afterVerb && cueKind(c - 2) == CueKind.DENY);
                    } else {
                        // "..., بحسب فلان": the content is what the sentence said before, after any earlier claim
                        int s = 0;
                        if (out.size() > sentenceStart) {
                            int lastEnd = out.getLast().content.end();
                            while (s < c && ws.get(s).start() < lastEnd) {
                                s++;
                            }
                        }
                        emit(s, c, source, via, cue, false);
                    }
                    return;
                }
                case AGENTLESS -> after = c + 1;
                case CONTINUING -> source = lastSource();
                default -> {
                    // "قالا للوكالة إن" / "ذكرت في بيان أن": no subject after the verb, it came before
                    int from = skipRecipient(c + 1, end, via);
                    boolean objectMode = markerWithin(from, end) < 0;
                    boolean nested = cue.family().equals("نقل");
                    int npEnd = from > c + 1 || from < end && ANAPHORS.contains(ws.get(from).key()) ? from
                            : nounPhraseEnd(from, end, true, objectMode, nested);
                    if (objectMode && npEnd > from && !nested && !clauseStart(c)) {
                        Source before = subjectBefore(c);
                        if (before != null && strongSubject(before)) {
                            npEnd = from;               // "المتحدث، فلان، نفى التوصل إلى": the subject came first
                        }
                    }
                    if (npEnd > from && objectMode && !nameLike(from, npEnd)) {
                        return;                         // "ونفي رسمي لانسحاب": a noun, not a report
                    }
                    if (npEnd > from) {
                        source = source(from, npEnd);
                        after = npEnd;
                        if (cue.family().equals("نقل") && after < end
                                && ws.get(after).key().equals("عن")) {
                            via.add(source);    // نقلت رويترز عن أربعة مصادر: the outlet carries the sources
                            int inner = nounPhraseEnd(after + 1, end, true, false, false);
                            source = inner > after + 1 ? source(after + 1, inner) : null;
                            after = inner;
                            if (after < end && ws.get(after).family().equals("قول")) {
                                after++;
                            }
                        }
                    } else {
                        // "واتهم فلان ...، وقال إن": a conjoined verb keeps the sentence's subject
                        boolean conjoined = ArabicRoots.hasConjunction(cue.key()) && out.size() > sentenceStart;
                        source = conjoined ? null : subjectBefore(c);
                        if (source == null) {
                            source = lastSource();   // a dropped subject continues the previous source
                        }
                    }
                    after = skipRecipient(after, end, via);
                }
            }
            int marker = markerWithin(after, end);
            if (marker >= 0) {
                emitSplit(marker + 1, end, source, via, cue, denial);
            } else if (after < end && isQuote(ws.get(after))) {
                emit(after, end, source, via, cue, denial);
            } else if (kind == CueKind.DENY || OBJECT_CUES.contains(cue.family())
                    || kind == CueKind.DIRECT) {
                int s = after;
                while (s < end && ws.get(s).punct()) {
                    s++;
                }
                if (kind == CueKind.DENY && s < end && ANAPHORS.contains(ws.get(s).key())) {
                    denyPrevious(s, source, via, cue);
                    return;
                }
                if (end - s >= 2) {
                    emitSplit(s, end, source, via, cue, denial);
                }
            }
        }

        /**
         * "لكن الوزير نفى ذلك": the denial takes the frame of the latest claim by someone else, with
         * the opposite polarity; its content is the demonstrative ("ذلك", "هذه الأنباء").
         */
        private void denyPrevious(int at, Source source, List<Source> via, Word cue) {
            int to = at + 1;
            if (to < ws.size() && !ws.get(to).punct() && ANAPHORS.contains("هذه " + ws.get(to).key())) {
                to++;
            }
            for (int i = out.size() - 1; i >= 0; i--) {
                Draft d = out.get(i);
                if (source != null && d.source != null && d.source.span().equals(source.span())) {
                    continue;
                }
                FrameReader.Reading r = d.reading;
                Polarity flipped = r.polarity() == Polarity.AFFIRMED ? Polarity.NEGATED : Polarity.AFFIRMED;
                FrameReader.Reading denied = new FrameReader.Reading(r.frame(), flipped, false, r.pastState(),
                        r.change(), r.theme(), r.subject(), r.clauseActors(), r.clausePlaces());
                Span span = new Span(ws.get(at).start(), ws.get(to - 1).end());
                out.add(new Draft(span, source, List.copyOf(via), cue.span(), denied, null));
                return;
            }
        }

        /** Emits one claim per "، وإن ..." conjunct of the content. */
        private void emitSplit(int from, int end, Source source, List<Source> via, Word cue, boolean denial) {
            int start = from;
            for (int i = from + 1; i < end; i++) {
                String k = ws.get(i).key();
                if (k.length() > 2 && k.charAt(0) == 'و' && Lexicon.COMPLEMENTIZERS.contains(k.substring(1))) {
                    emit(start, i, source, via, cue, denial);
                    start = i + 1;
                }
            }
            emit(start, end, source, via, cue, denial);
        }

        private void emit(int from, int to, Source source, List<Source> via, Word cue, boolean denial) {
            while (from < to && (ws.get(from).punct() || Lexicon.COMPLEMENTIZERS.contains(ws.get(from).key())
                    || ws.get(from).key().equals("الي") || ws.get(from).key().equals("عن")
                    || ws.get(from).key().equals("من") && from + 1 < to
                        && Lexicon.COMPLEMENTIZERS.contains(ws.get(from + 1).key()))) {
                from++;
            }
            while (to > from + 1 && TRAILING_CONNECTORS.contains(ws.get(to - 1).key())) {
                to--;                                   // "...، فيما" before the next report
            }
            for (int i = from + 1; i < to; i++) {
                Word w = ws.get(i);
                if (w.punct() && "#|".indexOf(w.key().charAt(0)) >= 0 || w.key().startsWith("http")) {
                    to = i;                             // a hashtag or link ends a tweet's content
                    break;
                }
            }
            while (to > from && ws.get(to - 1).punct() && !inFigure(ws.get(to - 1))) {
                to--;                                   // but "9%" keeps its sign
            }
            if (to - from < 2 && !(to - from == 1 && !ws.get(from).punct())) {
                return;
            }
            List<Word> content = ws.subList(from, to);
            if (content.stream().filter(w -> !w.punct()).count() < 2) {
                return;
            }
            FrameReader.Reading reading = FrameReader.read(text, content, sentence, denial, mentions, figures);
            if (!reading.hedged() && HEDGING_CUES.contains(cue.family())) {
                reading = new FrameReader.Reading(reading.frame(), reading.polarity(), true, reading.pastState(),
                        reading.change(), reading.theme(), reading.subject(), reading.clauseActors(),
                        reading.clausePlaces());   // توقعت، رجّحت: the source itself only expects it
            }
            Span span = new Span(content.getFirst().start(), content.getLast().end());
            out.add(new Draft(span, source, List.copyOf(via), cue.span(), reading, content));
        }

        private boolean inFigure(Word w) {
            return figures.stream().anyMatch(f -> f.span().overlaps(w.span()));
        }

        private static boolean isQuote(Word w) {
            return w.punct() && "\"«»“”'".indexOf(w.key().charAt(0)) >= 0;
        }

        private static boolean isClauseBreak(Word w) {
            return w.punct() && ("،,؛;".indexOf(w.key().charAt(0)) >= 0);
        }

        private boolean clauseStart(int c) {
            for (int i = 0; i < c; i++) {
                Word w = ws.get(i);
                if (!w.punct() && !Lexicon.STOP.contains(w.key()) && !w.key().equals("في")) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The end (exclusive) of the noun phrase naming a source from {@code from}: it stops at a
         * complementizer, colon, comma (unless an apposition follows), a recipient (لـ ...), a medium
         * (في بيان) or another cue.
         */
        private int nounPhraseEnd(int from, int end, boolean stopAtRecipient, boolean objectMode, boolean nested) {
            int i = from;
            int limit = Math.min(end, from + 24);
            while (i < limit) {
                Word w = ws.get(i);
                String k = w.key();
                if (Lexicon.COMPLEMENTIZERS.contains(k) || k.equals(":") || nested && k.equals("عن")
                        || objectMode && k.equals("عن") && (personIn(from, i) || i + 1 < end
                            && ws.get(i + 1).forms().eventNounLike())
                        || RELATIVES.contains(k) || i > from && k.equals("من") && i + 1 < end
                            && Lexicon.COMPLEMENTIZERS.contains(ws.get(i + 1).key())
                        || (k.equals("الي") && i + 1 < end && Lexicon.COMPLEMENTIZERS.contains(ws.get(i + 1).key()))) {
                    break;
                }
                if (isQuote(w)) {
                    int close = closingQuote(i, end);
                    if (close < 0 || close - i > 5) {
                        break;                          // a long quotation is content, not a name
                    }
                    i = close + 1;
                    continue;
                }
                if (k.equals("(")) {
                    int close = i + 1;
                    while (close < end && !ws.get(close).key().equals(")")) {
                        close++;
                    }
                    if (close < end) {
                        i = close + 1;                  // (Southern Relief Society)
                        continue;
                    }
                }
                if (isClauseBreak(w) && i + 1 < end && (ws.get(i + 1).key().equals("وهي")
                        || ws.get(i + 1).key().equals("وهو"))) {
                    int next = i + 2;
                    while (next < end && !isClauseBreak(ws.get(next))) {
                        next++;
                    }
                    if (next < end) {
                        i = next + 1;                   // "، وهي منظمة أهلية ...،"
                        continue;
                    }
                }
                if (isClauseBreak(w)) {
                    int app = apposition(i + 1, end);
                    if (app > 0 && objectMode) {
                        return app;                     // "واتهم النائب، فلان، الحكومة": the name closes the subject
                    }
                    if (app > 0) {
                        i = app;
                        continue;
                    }
                    break;
                }
                if (w.punct()) {
                    break;
                }
                if (objectMode && i > from && k.equals("الي")) {
                    break;                              // أشار فلان إلى ارتفاع ...: the content starts here
                }
                if (k.equals("اي") || i > from && w.family().equals("قول")) {
                    break;                              // نقلت عن مصادر قولها: "their saying"
                }
                if (objectMode && i > from && !inMentionAt(i) && (w.forms().verbLike()
                        || (definiteBefore(from, i) && !k.startsWith("ال") && !Lexicon.STOP.contains(k)
                            && w.forms().stripped().equals(k)
                            && !Lexicon.STOP.contains(ws.get(i - 1).key())))) {
                    break;                              // نفى الوزير وجود خطة: the object starts here
                }
                if (stopAtRecipient && i > from && isRecipient(i)) {
                    break;
                }
                if (k.equals("في") && i + 1 < end && Lexicon.MEDIUM_WORDS.contains(Lexicon.bare(ws.get(i + 1).key()))) {
                    break;
                }
                if (i > from && (Lexicon.MEDIUM_WORDS.contains(w.forms().stripped())
                        && (k.startsWith("ب") || k.startsWith("خلال")))) {
                    break;
                }
                if (i > from && w.forms().cue() != null && w.forms().cue() != CueKind.ACCORDING) {
                    break;
                }
                if (k.equals("امس") || k.equals("اليوم") || k.equals("يوم") || k.equals("مساء") || k.equals("صباح")
                        || k.equals("خلال")) {
                    break;
                }
                if (Lexicon.NEGATORS.contains(k) || Lexicon.in(Lexicon.HEDGES, k)) {
                    break;
                }
                i++;
            }
            return i;
        }

        private int closingQuote(int open, int end) {
            for (int j = open + 1; j < end; j++) {
                if (isQuote(ws.get(j))) {
                    return j;
                }
            }
            return -1;
        }

        private boolean personIn(int from, int to) {
            for (int j = from; j < to; j++) {
                Word w = ws.get(j);
                if (mentions.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.span().overlaps(w.span()))) {
                    return true;
                }
            }
            return false;
        }

        private boolean inMentionAt(int i) {
            Word w = ws.get(i);
            return mentions.stream().anyMatch(m -> m.span().overlaps(w.span()));
        }

        /** Whether the noun phrase so far has a definite word or a name: an indefinite noun then starts the object. */
        private boolean definiteBefore(int from, int i) {
            for (int j = from; j < i; j++) {
                if (!ws.get(j).punct() && (ws.get(j).key().startsWith("ال") || inMentionAt(j))) {
                    return true;
                }
            }
            return false;
        }

        /** "، العميد ناصر القباطي،": a person's name between commas continues the source. */
        private int apposition(int from, int end) {
            for (int j = from; j < Math.min(end, from + 5); j++) {
                if (isClauseBreak(ws.get(j))) {
                    if (j == from) {
                        return -1;
                    }
                    Span s = new Span(ws.get(from).start(), ws.get(j - 1).end());
                    for (Mention m : mentions) {
                        if (m.type() == EntityType.PERSON && s.contains(m.span())) {
                            return j + 1;
                        }
                    }
                    return -1;
                }
                if (ws.get(j).punct() || Lexicon.COMPLEMENTIZERS.contains(ws.get(j).key())) {
                    return -1;
                }
            }
            return -1;
        }

        /** "لـ"، "لوكالة"، "للصحفيين": the one a statement was made to. */
        private boolean isRecipient(int i) {
            String k = ws.get(i).key();
            if (k.equals("ل") || k.equals("لـ")) {
                return true;
            }
            if (!k.startsWith("ل") || k.length() < 4) {
                return false;
            }
            String rest = k.startsWith("لل") ? "ال" + k.substring(2) : k.substring(1);
            if (Lexicon.OUTLET_HEADS.contains(rest) || rest.equals("الصحفيين") || rest.equals("الصحافيين")) {
                return true;
            }
            for (Mention m : mentions) {
                if (m.span().start() > ws.get(i).start() && m.span().start() < ws.get(i).end()) {
                    return true;                    // لرويترز: the mention starts after the attached لـ
                }
            }
            return false;
        }

        /** Skips "لـ رويترز" / "لوكالة سبأ" / "في بيان"; an outlet recipient joins {@code via}. */
        private int skipRecipient(int i, int end, List<Source> via) {
            while (i < end) {
                Word w = ws.get(i);
                if (w.punct() && !isQuote(w) && !w.key().equals(":")) {
                    i++;
                    continue;
                }
                if (!w.punct() && isRecipient(i)) {
                    int from = ws.get(i).key().equals("ل") || ws.get(i).key().equals("لـ") ? i + 1 : i;
                    if (from >= end) {
                        // A lone "لـ" at the end of the text (seen by the engine property tests).
                        return end;
                    }
                    int npEnd = Math.min(end, Math.max(from + 1, nounPhraseEnd(from, end, false, false, false)));
                    Source named = isOutlet(from, npEnd) ? source(from, npEnd) : null;
                    Source outlet = named != null && from == i ? withoutAttachedLam(named, ws.get(i)) : named;
                    if (outlet != null && via.stream().noneMatch(v -> v.span().equals(outlet.span()))) {
                        via.add(outlet);
                    }
                    i = npEnd;
                    continue;
                }
                if (w.key().equals("في") && i + 1 < end
                        && Lexicon.MEDIUM_WORDS.contains(Lexicon.bare(ws.get(i + 1).key()))) {
                    i += 2;
                    continue;
                }
                break;
            }
            return i;
        }

        /**
         * "لتلفزيون سوريا", "للوكالة", "لرويترز": the recipient's name starts after the لـ written onto its
         * first word (a reader shown "(لتلفزيون سوريا)" as the outlet sees a preposition in the name).
         * Where a mention starts inside the word, the name starts there; else after one ل, or two for لل
         * (the article's alef is not written after it).
         */
        private Source withoutAttachedLam(Source outlet, Word first) {
            int start = outlet.span().start();
            int end = outlet.span().end();
            int cut = -1;
            for (Mention m : mentions) {
                if (m.span().start() > first.start() && m.span().start() < first.end()) {
                    cut = m.span().start();
                    break;
                }
            }
            if (cut < 0) {
                cut = start;
                int lams = first.key().startsWith("لل") && first.key().length() > 3 ? 2 : 1;
                for (int n = 0; n < lams && cut < first.end() && text.charAt(cut) == 'ل'; n++) {
                    cut++;
                    while (cut < first.end() && org.mizan.text.ArabicNormalizer.isWordInternalMark(text.charAt(cut))) {
                        cut++;                          // a vowel on the لـ (لِتلفزيون)
                    }
                }
            }
            if (cut <= start || cut >= first.end() || cut >= end) {
                return outlet;
            }
            return new Source(new Span(cut, end), outlet.named(), outlet.count(), outlet.canonical());
        }

        /** A mention, an anonymous-source head or a definite noun: what can be a reporting verb's subject. */
        private boolean nameLike(int from, int to) {
            Span s = new Span(ws.get(from).start(), ws.get(to - 1).end());
            if (mentions.stream().anyMatch(m -> s.overlaps(m.span()))) {
                return true;
            }
            String head = ws.get(from).key();
            for (int i = from; i < to; i++) {
                if (isQuote(ws.get(i))) {
                    return true;                        // منظمة "البر الإنسانية": a quoted name
                }
            }
            return head.startsWith("ال") || Lexicon.ANONYMOUS_HEADS.contains(head);
        }

        private boolean isOutlet(int from, int to) {
            if (from >= to) {
                return false;
            }
            Span s = new Span(ws.get(from).start(), ws.get(to - 1).end());
            for (Mention m : mentions) {
                if (m.outlet() && s.overlaps(m.span())) {
                    return true;
                }
            }
            for (int i = from; i < to; i++) {
                String k = ws.get(i).key();
                String stripped = k.startsWith("لل") ? "ال" + k.substring(2) : k.startsWith("ل") ? k.substring(1) : k;
                if (Lexicon.OUTLET_HEADS.contains(k) || Lexicon.OUTLET_HEADS.contains(stripped)) {
                    return true;
                }
            }
            return false;
        }

        /** The subject before a verb-second cue: "لكن منظمة العدالة قالت ...", "أما فلان، الرئيس، فرأى". */
        private Source subjectBefore(int c) {
            int e = c;
            while (e > 0 && (isClauseBreak(ws.get(e - 1)) || Lexicon.in(Lexicon.AUXILIARIES, ws.get(e - 1).key()))) {
                e--;                                    // "، فرأى" / "قد ذكرت"
            }
            int s = e;
            while (s > 0 && !isCueAt(s - 1) && !(isClauseBreak(ws.get(s - 1)) && !appositionBefore(s - 1))
                    && !ws.get(s - 1).key().equals(":")) {
                s--;                                    // a headline's colon ends what came before
            }
            if (s > 1 && s < e && (ws.get(s).key().equals("وهو") || ws.get(s).key().equals("وهي"))) {
                e = s - 1;                              // "مرصد شهود، وهو منظمة مستقلة، أكد": skip the aside
                s = e;
                while (s > 0 && !isCueAt(s - 1) && !(isClauseBreak(ws.get(s - 1)) && !appositionBefore(s - 1))) {
                    s--;
                }
            }
            while (s < e && (ws.get(s).punct() && !isQuote(ws.get(s)) || isConnector(ws.get(s).key())
                    || Lexicon.in(Lexicon.AUXILIARIES, ws.get(s).key()))) {
                s++;
            }
            if (s >= e || e - s > 12) {
                return null;
            }
            return source(s, e);
        }

        /** Whether the comma at i closes or opens a person's name set off by commas. */
        private boolean appositionBefore(int i) {
            int j = i - 1;
            while (j >= 0 && !ws.get(j).punct()) {
                j--;
            }
            int from = j + 1;
            if (from >= i) {
                return false;
            }
            Span chunk = new Span(ws.get(from).start(), ws.get(i - 1).end());
            return j >= 0 && isClauseBreak(ws.get(j)) && mentions.stream().anyMatch(
                    m -> m.type() == EntityType.PERSON && chunk.contains(m.span()));
        }

        private boolean isCueAt(int i) {
            return !ws.get(i).punct() && ws.get(i).forms().cue() != null;
        }

        private static boolean isConnector(String k) {
            if (Lexicon.COMPLEMENTIZERS.contains(k)) {
                return true;
            }
            return switch (Lexicon.bare(k)) {
                case "الا", "لكن", "لكنه", "لكنها", "غير", "اما", "بينما", "حيث", "فيما", "في", "المقابل", "حين", "كما", "ايضا", "بدوره", "بدورها",
                     "من", "جهته", "جهتها", "ناحيته", "ناحيتها" -> true;
                default -> k.equals("و") || k.equals("ف");
            };
        }

        /** A subject that names someone: a person or organisation, or an anonymous source's head. */
        private boolean strongSubject(Source s) {
            return mentions.stream().anyMatch(m -> s.span().contains(m.span()) && (m.type() == EntityType.PERSON
                    || m.type() == EntityType.ORGANIZATION)) || !s.named();
        }

        private Source lastSource() {
            for (int i = out.size() - 1; i >= 0; i--) {
                if (out.get(i).source != null) {
                    return out.get(i).source;
                }
            }
            return null;
        }

        /** A source from words [from, to): named or anonymous, its count and canonical actor. */
        private Source source(int from, int to) {
            while (to > from && ws.get(to - 1).punct() && !isQuote(ws.get(to - 1))) {
                to--;
            }
            while (from < to && ws.get(from).punct() && !isQuote(ws.get(from))) {
                from++;
            }
            if (from >= to) {
                return null;
            }
            Span span = new Span(ws.get(from).start(), ws.get(to - 1).end());
            OptionalInt count = OptionalInt.empty();
            String head = null;
            for (int i = from; i < to; i++) {
                Word w = ws.get(i);
                if (w.punct()) {
                    continue;
                }
                String k = w.key();
                Integer n = Lexicon.NUMBER_WORDS.get(k);
                if (n == null && k.chars().allMatch(Character::isDigit) && k.length() <= 3) {
                    n = Integer.parseInt(k);
                }
                if (n != null) {
                    count = OptionalInt.of(n);
                    continue;
                }
                if (k.equals("من")) {
                    continue;
                }
                if (head == null) {
                    head = k.startsWith("ال") ? k.substring(2) : k;
                }
            }
            for (Figure f : figures) {
                if (span.contains(f.span()) && (f.kind() == FigureKind.COUNT || f.kind() == FigureKind.NUMBER)
                        && f.value() instanceof FigureValue.Amount a && a.value() >= 1 && a.value() < 1000) {
                    count = OptionalInt.of((int) a.value());
                }
            }
            if (head != null && head.endsWith("ا") && Lexicon.ANONYMOUS_HEADS.contains(head.substring(0, head.length() - 1))) {
                head = head.substring(0, head.length() - 1);     // مصدراً: accusative
            }
            boolean anonymous = head != null && Lexicon.ANONYMOUS_HEADS.contains(head)
                    && mentions.stream().noneMatch(m -> m.type() == EntityType.PERSON && span.contains(m.span()));
            if (!anonymous && head != null && indefiniteCommon(from, to, span)) {
                anonymous = true;                       // "تجار في بنقردان", "بعضهم", "إذاعة محلية": nobody named
            }
            if (anonymous && count.isEmpty() && Lexicon.SINGULAR_ANONYMOUS.contains(head)) {
                count = OptionalInt.of(1);
            }
            if (anonymous && count.isEmpty() && head.endsWith("ان")
                    && Lexicon.ANONYMOUS_HEADS.contains(head.substring(0, head.length() - 2))) {
                count = OptionalInt.of(2);              // dual: مصدران، مسؤولان
            }
            Optional<String> canonical = Optional.empty();
            if (!anonymous) {
                canonical = canonicalIn(span);
                if (canonical.isEmpty() && head != null) {
                    canonical = antecedent(head);
                }
            }
            return new Source(span, !anonymous, count, canonical);
        }

        /**
         * Whether words [from, to) name nobody: no mention or quoted name in them, no definite word, and a
         * first word that is a plural or a pronoun-suffixed or feminine common noun (تجار، اقتصاديون،
         * بعضهم، إذاعة، منظمات), not a bare name the tagger missed.
         */
        private boolean indefiniteCommon(int from, int to, Span span) {
            Span head = ws.get(from).span();
            if (mentions.stream().anyMatch(m -> m.span().overlaps(span)
                    && (m.type() != EntityType.LOCATION || m.span().overlaps(head)))) {
                return false;                           // but "تجار في بنقردان" is no one named
            }
            String first = null;
            for (int i = from; i < to; i++) {
                Word w = ws.get(i);
                if (isQuote(w) || !w.punct() && w.key().startsWith("ال")) {
                    return false;
                }
                if (first == null && !w.punct() && !Lexicon.NUMBER_WORDS.containsKey(w.key())
                        && !Character.isDigit(w.key().charAt(0))) {
                    first = w.key();
                }
            }
            return first != null && first.length() >= 4 && (first.endsWith("ون") || first.endsWith("ين")
                    || first.endsWith("ات") || first.endsWith("هم") || first.endsWith("ه") || first.matches(".ا..")
                    || first.matches("..ا."));
        }

        /** The canonical name of the actor named in a span: a person first, then an organisation. */
        private Optional<String> canonicalIn(Span span) {
            Mention best = null;
            for (Mention m : mentions) {
                boolean mostly = m.type() != EntityType.LOCATION || m.span().length() * 5 >= span.length() * 3;
                if (span.contains(m.span()) && mostly && (best == null || rank(m) < rank(best))) {
                    best = m;   // a place inside "مكتب محافظ ميسان" does not make the office that place
                }
            }
            return Optional.ofNullable(best).map(Mention::canonical);
        }

        private static int rank(Mention m) {
            return switch (m.type()) {
                case PERSON -> 0;
                case ORGANIZATION -> 1;
                case LOCATION -> 2;
                case MISC -> 3;
            };
        }

        /** "الوزارة", "المسؤول": the latest earlier source whose words include this head. */
        private Optional<String> antecedent(String head) {
            // Only the latest claims: "the ministry" refers back a few statements, and looking through
            // every earlier claim made long texts quadratic.
            for (int i = out.size() - 1; i >= Math.max(0, out.size() - ANTECEDENT_REACH); i--) {
                Source s = out.get(i).source;
                if (s == null || s.canonical().isEmpty()) {
                    continue;
                }
                for (Word w : Words.tokens(text, s.span().start(), s.span().end(), forms)) {
                    String k = w.key().startsWith("ال") ? w.key().substring(2) : w.key();
                    if (k.equals(head)) {
                        return s.canonical();
                    }
                }
            }
            return Optional.empty();
        }

        /** "مسؤول رفيع لتلفزيون سوريا: الإدارة لا تفكر بالانسحاب" — a headline's source and content. */
        private void headline() {
            int colon = -1;
            for (int i = 0; i < ws.size(); i++) {
                if (ws.get(i).key().equals(":")) {
                    colon = i;
                    break;
                }
            }
            if (colon < 1 || colon + 3 > ws.size()) {
                return;
            }
            int s = colon;
            while (s > 0 && !(ws.get(s - 1).punct() && "|#-–—".indexOf(ws.get(s - 1).key().charAt(0)) >= 0)) {
                s--;
            }
            if (colon - s > 10 || colon - s < 1) {
                return;
            }
            int npEnd = nounPhraseEnd(s, colon, true, false, false);
            Source src = source(s, npEnd);
            if (src == null) {
                return;
            }
            String head = Lexicon.bare(ws.get(s).key());
            boolean person = canonicalIn(src.span()).isPresent() && mentions.stream().anyMatch(
                    m -> src.span().contains(m.span()) && m.type() != EntityType.LOCATION);
            if (!person && !Lexicon.ANONYMOUS_HEADS.contains(head)) {
                return;
            }
            List<Source> via = new ArrayList<>();
            skipRecipient(npEnd, colon, via);
            emit(colon + 1, ws.size(), src, via, ws.get(colon), false);
        }
    }
}
