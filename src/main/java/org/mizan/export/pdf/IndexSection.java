package org.mizan.export.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.mizan.model.Actor;
import org.mizan.model.Analysis;
import org.mizan.model.EntityType;
import org.mizan.model.Figure;
import org.mizan.model.Mention;

/** The indexes at the end: actors with their mention counts, and figures in text order. */
final class IndexSection {

    private static final float[] HEADER_FILL = {0.93f, 0.94f, 0.96f};

    private final PageFlow flow;
    private final Styles styles;
    private final Labels labels;

    IndexSection(PageFlow flow, Styles styles, Labels labels) {
        this.flow = flow;
        this.styles = styles;
        this.labels = labels;
    }

    /** One entry per actor; from the mentions when the analysis has no actor grouping. */
    record Entry(String name, EntityType type, int count) {
    }

    static List<Entry> actors(Analysis a) {
        List<Entry> out = new ArrayList<>();
        if (!a.actors().isEmpty()) {
            for (Actor actor : a.actors()) {
                out.add(new Entry(actor.canonical(), actor.type(), actor.mentions().size()));
            }
        } else {
            Map<String, Entry> grouped = new LinkedHashMap<>();
            for (Mention m : a.mentions()) {
                grouped.merge(m.type() + "\u0000" + m.canonical(), new Entry(m.canonical(), m.type(), 1),
                        (x, y) -> new Entry(x.name(), x.type(), x.count() + 1));
            }
            out.addAll(grouped.values());
        }
        out.sort(Comparator.comparingInt(Entry::count).reversed().thenComparing(Entry::name));
        return out;
    }

    void actors(Analysis a, PDOutlineItem bookmark) {
        ContradictionSection.heading(flow, styles, labels, labels.actorsIndex(), bookmark);
        List<Entry> entries = actors(a);
        if (entries.isEmpty()) {
            flow.text(labels.none(), styles.cell(), labels.rtl() ? Align.RIGHT : Align.LEFT, labels.rtl());
            return;
        }
        float[] widths = {0.6f, 0.25f, 0.15f};
        Table table = new Table(flow, labels.rtl());
        Table.Row header = row(table, widths, true, labels.nameColumn(), labels.type(), labels.mentions());
        table.draw(header);
        for (Entry e : entries) {
            ReportWriter.checkCancelled();
            table.draw(row(table, widths, false, e.name(), labels.type(e.type()), Integer.toString(e.count())));
        }
    }

    void figures(Analysis a, PDOutlineItem bookmark) {
        ContradictionSection.heading(flow, styles, labels, labels.figuresIndex(), bookmark);
        if (a.figures().isEmpty()) {
            flow.text(labels.none(), styles.cell(), labels.rtl() ? Align.RIGHT : Align.LEFT, labels.rtl());
            return;
        }
        float[] widths = {0.45f, 0.2f, 0.35f};
        Table table = new Table(flow, labels.rtl());
        table.draw(row(table, widths, true, labels.figure(), labels.kind(), labels.value()));
        List<Figure> figures = new ArrayList<>(a.figures());
        figures.sort(Comparator.comparing(Figure::span));
        for (Figure f : figures) {
            ReportWriter.checkCancelled();
            String value = Formats.value(f) + (f.approximate() ? " (" + labels.approximate() + ")" : "");
            table.draw(row(table, widths, false, Formats.clip(f.span().of(a.text()), 200), labels.kind(f.kind()), value));
        }
    }

    private Table.Row row(Table table, float[] widths, boolean header, String... cells) {
        List<List<Table.Block>> blocks = new ArrayList<>();
        for (String c : cells) {
            blocks.add(List.of(new Table.Block(c, header ? styles.cellBold() : styles.cell())));
        }
        return table.prepare(widths, blocks, header ? HEADER_FILL : null);
    }
}
