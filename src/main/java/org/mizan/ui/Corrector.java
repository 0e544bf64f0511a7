package org.mizan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.mizan.io.Anchors;
import org.mizan.io.Reattacher;
import org.mizan.model.ActorCorrection;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.ClaimCorrection;
import org.mizan.model.CorrectionAction;
import org.mizan.model.Decision;
import org.mizan.model.EntityType;
import org.mizan.model.Mention;
import org.mizan.model.Note;
import org.mizan.model.Polarity;
import org.mizan.model.Review;
import org.mizan.model.Span;
import org.mizan.model.TextAnchor;

/**
 * The reader's manual corrections of actors and claims: each is recorded in the article's review
 * sheet (anchored like every decision, so it survives edits, re-analysis and reopening), saved at
 * once through the {@link ReviewBook}, and the article is re-analysed so the correction shows.
 * Corrections are made on the analysis as shown, which already has earlier corrections applied.
 *
 * <p>Every method returns false and changes nothing when the article's analysis is not of the text
 * now shown (offsets could not be trusted) or there is nothing to correct.
 */
public final class Corrector {

    private final ReviewBook book;

    public Corrector(ReviewBook book) {
        this.book = Objects.requireNonNull(book);
    }

    /** Every mention of the actor {@code canonical} gets {@code type}. */
    public boolean retype(DocumentViewModel doc, String canonical, EntityType type) {
        return eachMention(doc, canonical, (m, found) -> org.mizan.io.ReviewDecisions.setMention(doc.analysis(), m.span(), found, type,
                m.canonical()));
    }

    /**
     * Every mention of {@code canonical} is filed under {@code newCanonical}: a rename, or a merge
     * when another actor already has that name (the mentions then take its type too).
     */
    public boolean rename(DocumentViewModel doc, String canonical, String newCanonical) {
        String target = newCanonical == null ? "" : newCanonical.strip();
        if (target.isEmpty() || target.equals(canonical)) {
            return false;
        }
        Optional<EntityType> targetType = current(doc).flatMap(a -> a.mentions().stream()
                .filter(m -> m.canonical().equals(target)).map(Mention::type).findFirst());
        return eachMention(doc, canonical, (m, found) -> org.mizan.io.ReviewDecisions.setMention(doc.analysis(), m.span(), found,
                targetType.orElse(m.type()), target));
    }

    /** The actor is not one: every mention of it is hidden. */
    public boolean removeActor(DocumentViewModel doc, String canonical) {
        return eachMention(doc, canonical, (m, found) -> new ActorCorrection(Anchors.of(doc.text(), m.span()),
                CorrectionAction.REMOVE, Optional.empty(), Optional.empty()));
    }

    /** The selected words name an actor of {@code type} (filed under the words themselves, or the actor already there). */
    public boolean markActor(DocumentViewModel doc, Span span, EntityType type) {
        Optional<Analysis> a = current(doc);
        if (a.isEmpty() || span.length() == 0 || span.of(doc.text()).isBlank()) {
            return false;
        }
        Span words = trimmed(doc.text(), span);
        Optional<Mention> there = a.get().mentions().stream().filter(m -> m.span().equals(words)).findFirst();
        String canonical = there.map(Mention::canonical).orElse(words.of(doc.text()));
        Review.Sheet sheet = sheet(doc);
        Optional<ActorCorrection> old = actorOn(sheet, words, doc.text());
        boolean found = there.isPresent() && old.map(o -> o.action() != CorrectionAction.ADD).orElse(true);
        ActorCorrection c = org.mizan.io.ReviewDecisions.setMention(a.get(), words, found, type, canonical);
        save(doc, old.isPresent() ? sheet.replace(old.get(), c) : sheet.plus(c));
        return true;
    }

    /** The claim is not a claim: it is hidden, with the contradictions it was part of. */
    public boolean removeClaim(DocumentViewModel doc, Claim claim) {
        return putClaim(doc, claim, old -> new ClaimCorrection(Anchors.of(doc.text(), claim.span()),
                CorrectionAction.REMOVE, Optional.empty(), Optional.empty()));
    }

    /** The claim is affirmed where the engine read a denial, or the other way round. */
    public boolean flipPolarity(DocumentViewModel doc, Claim claim) {
        return putClaim(doc, claim, old -> new ClaimCorrection(Anchors.of(doc.text(), claim.span()),
                action(old), old.flatMap(ClaimCorrection::source), Optional.of(flipped(claim, old))));
    }

    /**
     * The opposite polarity. A found claim's polarity is set directly; a claim the reader added keeps
     * what its source does with its words (says or denies them), so that is what flips.
     */
    private static Polarity flipped(Claim claim, Optional<ClaimCorrection> old) {
        Polarity now = old.filter(o -> o.action() == CorrectionAction.ADD)
                .map(o -> o.polarity().orElse(Polarity.AFFIRMED)).orElse(claim.polarity());
        return now == Polarity.AFFIRMED ? Polarity.NEGATED : Polarity.AFFIRMED;
    }

    /** The claim is attributed to the words {@code source}. */
    public boolean setSource(DocumentViewModel doc, Claim claim, Span source) {
        if (source == null || source.length() == 0 || source.of(doc.text()).isBlank() || source.overlaps(claim.span())) {
            return false;
        }
        Span words = trimmed(doc.text(), source);
        return putClaim(doc, claim, old -> new ClaimCorrection(Anchors.of(doc.text(), claim.span()), action(old),
                Optional.of(Anchors.of(doc.text(), words)), old.flatMap(ClaimCorrection::polarity)));
    }

    /**
     * The selected words {@code content} are a claim the engine missed, attributed to the words
     * {@code source} (an actor's mention, or any words; empty: no source is named), who says them
     * ({@code AFFIRMED}) or denies them ({@code NEGATED}).
     * Refused for words that already are a claim, or a source inside the claim's own words.
     */
    public boolean addClaim(DocumentViewModel doc, Span content, Optional<Span> source, Polarity polarity) {
        Optional<Analysis> a = current(doc);
        if (a.isEmpty() || content == null || content.length() == 0 || content.of(doc.text()).isBlank()) {
            return false;
        }
        Span words = trimmed(doc.text(), content);
        Optional<Span> from = source.filter(s -> s.length() > 0 && !s.of(doc.text()).isBlank())
                .map(s -> trimmed(doc.text(), s));
        if (from.isPresent() && from.get().overlaps(words)
                || a.get().claims().stream().anyMatch(c -> c.span().equals(words))) {
            return false;
        }
        Review.Sheet sheet = sheet(doc);
        ClaimCorrection c = org.mizan.io.ReviewDecisions.setClaim(a.get(), words, false, from, Optional.of(polarity));
        Optional<ClaimCorrection> old = sheet.claims().stream().filter(x -> sameSpan(x.content(), words, doc.text()))
                .findFirst();
        save(doc, old.isPresent() ? sheet.replace(old.get(), c) : sheet.plus(c));
        return true;
    }

    /** A note of the reader's own on the selected words (not on a contradiction). Blank notes are refused. */
    public boolean addNote(DocumentViewModel doc, Span span, String text) {
        if (!doc.analysisCurrent() || span == null || span.length() == 0 || span.of(doc.text()).isBlank()
                || text == null || text.isBlank()) {
            return false;
        }
        Span words = trimmed(doc.text(), span);
        Review.Sheet sheet = sheet(doc);
        Note note = org.mizan.io.ReviewDecisions.note(doc.analysis(), words, text.strip());
        Optional<Note> old = noteOn(sheet, words, doc.text());
        book.save(doc.article().source(), old.isPresent() ? sheet.replace(old.get(), note) : sheet.plus(note), doc.text());
        return true;
    }

    /** Deletes the reader's note on exactly {@code span}. */
    public boolean removeNote(DocumentViewModel doc, Span span) {
        Review.Sheet sheet = sheet(doc);
        Optional<Note> old = noteOn(sheet, span, doc.text());
        old.ifPresent(n -> book.save(doc.article().source(), sheet.minus(n), doc.text()));
        return old.isPresent();
    }

    /** The reader's notes on passages of {@code doc}, each with where it is now, in text order. */
    public List<PlacedNote> notes(DocumentViewModel doc) {
        List<PlacedNote> out = new ArrayList<>();
        for (Note n : sheet(doc).notes()) {
            Reattacher.locate(n.anchor(), doc.text()).map(Anchors::span)
                    .ifPresent(at -> out.add(new PlacedNote(at, n.text())));
        }
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    /** A reader's note and the words it is on in the current text. */
    public record PlacedNote(Span span, String text) {
    }

    private static Optional<Note> noteOn(Review.Sheet sheet, Span span, String text) {
        return sheet.notes().stream().filter(n -> sameSpan(n.anchor(), span, text)).findFirst();
    }

    /** The corrections recorded for {@code doc}, in the order they were made. */
    public List<Decision> corrections(DocumentViewModel doc) {
        Review.Sheet s = sheet(doc);
        List<Decision> out = new ArrayList<>(s.actors());
        out.addAll(s.claims());
        return out;
    }

    private interface MentionCorrection {
        ActorCorrection of(Mention m, boolean found);
    }

    private boolean eachMention(DocumentViewModel doc, String canonical, MentionCorrection make) {
        Optional<Analysis> a = current(doc);
        if (a.isEmpty()) {
            return false;
        }
        List<Mention> mentions = a.get().mentions().stream().filter(m -> m.canonical().equals(canonical)).toList();
        if (mentions.isEmpty()) {
            return false;
        }
        Review.Sheet sheet = sheet(doc);
        for (Mention m : mentions) {
            Optional<ActorCorrection> old = actorOn(sheet, m.span(), doc.text());
            // A mention the reader added stays an addition; one the engine found is changed.
            boolean found = old.map(o -> o.action() != CorrectionAction.ADD).orElse(true);
            ActorCorrection c = make.of(m, found);
            if (c.action() == CorrectionAction.REMOVE && !found) {
                sheet = sheet.minus(old.get());
            } else {
                sheet = old.isPresent() ? sheet.replace(old.get(), c) : sheet.plus(c);
            }
        }
        save(doc, sheet);
        return true;
    }

    private boolean putClaim(DocumentViewModel doc, Claim claim, Function<Optional<ClaimCorrection>, ClaimCorrection> make) {
        Optional<Analysis> a = current(doc);
        if (a.isEmpty() || a.get().claims().stream().noneMatch(c -> c.span().equals(claim.span()))) {
            return false;
        }
        Review.Sheet sheet = sheet(doc);
        Optional<ClaimCorrection> old = sheet.claims().stream()
                .filter(c -> sameSpan(c.content(), claim.span(), doc.text())).findFirst();
        ClaimCorrection c = make.apply(old);
        if (c.action() == CorrectionAction.REMOVE && old.isPresent() && old.get().action() == CorrectionAction.ADD) {
            sheet = sheet.minus(old.get());
        } else {
            sheet = old.isPresent() ? sheet.replace(old.get(), c) : sheet.plus(c);
        }
        save(doc, sheet);
        return true;
    }

    private static CorrectionAction action(Optional<ClaimCorrection> old) {
        return old.map(o -> o.action() == CorrectionAction.ADD ? CorrectionAction.ADD : CorrectionAction.CHANGE)
                .orElse(CorrectionAction.CHANGE);
    }

    private static Optional<Analysis> current(DocumentViewModel doc) {
        return doc.analysisCurrent() ? Optional.of(doc.analysis()) : Optional.empty();
    }

    private Review.Sheet sheet(DocumentViewModel doc) {
        return book.load(doc.article().source(), doc.text());
    }

    private void save(DocumentViewModel doc, Review.Sheet sheet) {
        book.save(doc.article().source(), sheet, doc.text());
        // The analyser applies the sheet's corrections: analysing again shows this one.
        doc.analyseNow();
    }

    private static Optional<ActorCorrection> actorOn(Review.Sheet sheet, Span span, String text) {
        return sheet.actors().stream().filter(c -> sameSpan(c.anchor(), span, text)).findFirst();
    }

    /** Whether a saved anchor, found in the current text, sits exactly on {@code span}. */
    private static boolean sameSpan(TextAnchor anchor, Span span, String text) {
        return Reattacher.locate(anchor, text).map(Anchors::span).filter(span::equals).isPresent();
    }

    /** The span without the spaces a mouse selection tends to take along. */
    private static Span trimmed(String text, Span s) {
        int start = s.start();
        int end = s.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
