package org.mizan.export.pdf;

import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.mizan.model.Note;
import org.mizan.model.Span;

/**
 * The reader's own notes on passages of the article (not the notes on contradictions, which are
 * printed with them): one row per note, the quoted words beside the note's text, in text order.
 */
final class NotesSection {

    private static final int MAX_QUOTE_CHARS = 300;

    private final PageFlow flow;
    private final Styles styles;
    private final Labels labels;

    NotesSection(PageFlow flow, Styles styles, Labels labels) {
        this.flow = flow;
        this.styles = styles;
        this.labels = labels;
    }

    void write(List<Note> notes, PDOutlineItem bookmark) {
        ContradictionSection.heading(flow, styles, labels, labels.readerNotes(), bookmark);
        Table table = new Table(flow, labels.rtl());
        for (Note n : notes) {
            ReportWriter.checkCancelled();
            Table.Row row = table.prepare(new float[] {0.45f, 0.55f}, List.of(
                    List.of(new Table.Block("«" + Formats.clip(Formats.oneLine(n.anchor().exact()), MAX_QUOTE_CHARS)
                            + "»", styles.cell())),
                    List.of(new Table.Block(n.text(), styles.cell()))), NOTE_FILL);
            flow.ensure(row.height());
            table.draw(row);
            flow.gap(4);
        }
    }

    /** Where a note sits in {@code text}: its anchor, when the anchored words are still there. */
    static java.util.Optional<Span> span(Note n, String text) {
        var a = n.anchor();
        boolean there = a.end() <= text.length() && a.end() > a.start()
                && text.regionMatches(a.start(), a.exact(), 0, a.exact().length())
                && a.exact().length() == a.end() - a.start();
        return there ? java.util.Optional.of(new Span(a.start(), a.end())) : java.util.Optional.empty();
    }

    /** The tint of the notes' rows: the notes' highlight colour, much lighter. */
    private static final float[] NOTE_FILL = {1f, 0.98f, 0.86f};
}
