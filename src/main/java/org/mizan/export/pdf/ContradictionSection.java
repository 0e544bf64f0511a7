package org.mizan.export.pdf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.ClaimRef;
import org.mizan.model.Contradiction;
import org.mizan.model.ReviewStatus;

/**
 * One row per contradiction: the two claims side by side (text and source), then kind, score,
 * explanation, the reader's decision and note. Each row is a bookmark under the section's.
 */
final class ContradictionSection {

    private static final int MAX_CLAIM_CHARS = 600;
    private static final float[] CONFIRMED = {0.99f, 0.9f, 0.9f};
    private static final float[] DISMISSED = {0.94f, 0.94f, 0.95f};
    private static final float[] OPEN = {1f, 0.97f, 0.88f};

    private final PageFlow flow;
    private final Styles styles;
    private final Labels labels;

    ContradictionSection(PageFlow flow, Styles styles, Labels labels) {
        this.flow = flow;
        this.styles = styles;
        this.labels = labels;
    }

    void write(Analysis a, Map<String, ReviewDecision> decisions, PDOutlineItem bookmark) {
        heading(labels.contradictions(), bookmark);
        if (a.contradictions().isEmpty()) {
            flow.text(labels.noContradictions(), styles.cell(), labels.rtl() ? Align.RIGHT : Align.LEFT, labels.rtl());
            return;
        }
        Table table = new Table(flow, labels.rtl());
        for (Contradiction x : a.contradictions()) {
            ReportWriter.checkCancelled();
            ReviewDecision d = decisions.getOrDefault(x.id(), ReviewDecision.NONE);
            Table.Row claims = table.prepare(new float[] {0.5f, 0.5f},
                    List.of(claimCell(a, x.first(), labels.firstClaim()), claimCell(a, x.second(), labels.secondClaim())),
                    null);
            String head = labels.contradiction() + " " + x.id() + " · " + labels.kind() + ": " + labels.kind(x.kind())
                    + " · " + labels.score() + ": " + Formats.number(x.score());
            String decision = labels.decision() + ": " + labels.status(d.status())
                    + (d.note().isBlank() ? "" : " · " + labels.note() + ": " + Formats.oneLine(d.note()));
            Table.Row details = table.prepare(new float[] {1f},
                    List.of(List.of(new Table.Block(head, styles.cellBold()),
                            new Table.Block(labels.explanation() + ": " + labels.explanation(x), styles.cell()),
                            new Table.Block(decision, styles.cellBold()))),
                    fill(d.status()));
            flow.ensure(claims.height() + details.height());
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(labels.contradiction() + " " + x.id() + ": " + labels.kind(x.kind()));
            item.setDestination(flow.here());
            bookmark.addLast(item);
            table.draw(claims, details);
            flow.gap(8);
        }
    }

    private List<Table.Block> claimCell(Analysis a, ClaimRef ref, String title) {
        Optional<Claim> claim = ref.article().equals(a.article().source()) ? a.claim(ref.claimId()) : Optional.empty();
        if (claim.isEmpty()) {
            return List.of(new Table.Block(title + " (" + ref.claimId() + ")", styles.cellBold()),
                    new Table.Block(labels.otherArticle() + ": " + Formats.fileName(ref.article()), styles.cell()));
        }
        Claim c = claim.get();
        String added = org.mizan.io.Corrections.readerAdded(c) ? " · " + labels.addedByReader() : "";
        return List.of(new Table.Block(title + " (" + c.id() + ")" + added, styles.cellBold()),
                new Table.Block(labels.source() + ": " + Formats.source(c, a.text(), labels), styles.cell()),
                new Table.Block("«" + Formats.clip(c.span().of(a.text()), MAX_CLAIM_CHARS) + "»", styles.cell()));
    }

    private static float[] fill(ReviewStatus status) {
        return switch (status) {
            case CONFIRMED -> CONFIRMED;
            case DISMISSED -> DISMISSED;
            case UNREVIEWED -> OPEN;
        };
    }

    private void heading(String title, PDOutlineItem bookmark) {
        heading(flow, styles, labels, title, bookmark);
    }

    /** A section heading that starts a page when little room is left, with its bookmark pointed at it. */
    static void heading(PageFlow flow, Styles styles, Labels labels, String title, PDOutlineItem bookmark) {
        flow.gap(styles.heading().size());
        flow.ensure(styles.heading().lineHeight() * 3);
        bookmark.setDestination(flow.here());
        flow.text(title, styles.heading(), labels.rtl() ? Align.RIGHT : Align.LEFT, labels.rtl());
        flow.gap(4);
    }
}
