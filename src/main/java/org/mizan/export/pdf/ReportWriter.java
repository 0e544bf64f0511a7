package org.mizan.export.pdf;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.Contradiction;
import org.mizan.model.Figure;
import org.mizan.model.Mention;
import org.mizan.model.Note;

/**
 * Writes one analysis into a document: header, colour legend, the article with its annotations,
 * the contradictions section, the indexes, the outline and the PDF/A metadata, in that order.
 */
final class ReportWriter {

    /** The longest first line taken for a headline, in chars. */
    static final int MAX_HEADLINE = 120;

    private final PDDocument doc;
    private final Styles styles;
    private final Labels labels;
    private final PdfExportOptions options;
    private final DoubleConsumer progress;
    private final PageFlow flow;
    private final PDDocumentOutline outline = new PDDocumentOutline();

    ReportWriter(PDDocument doc, PdfExportOptions options, DoubleConsumer progress) throws IOException {
        this.doc = doc;
        this.options = options;
        this.labels = options.labels();
        this.progress = progress;
        this.styles = Styles.of(FontFace.load(doc, "/org/mizan/fonts/Vazirmatn-Regular.ttf"),
                FontFace.load(doc, "/org/mizan/fonts/Vazirmatn-Bold.ttf"));
        this.flow = new PageFlow(doc);
    }

    void write(Analysis a, Map<String, ReviewDecision> decisions, List<Note> notes) throws IOException {
        String text = a.text();
        List<int[]> paragraphs = paragraphs(text);
        // With no title from the file, a short first line is the headline and is drawn as one (still
        // annotated, it is article text); a long first line is a paragraph, and the title quotes its start.
        boolean hasTitle = a.article().title().filter(t -> !t.isBlank()).isPresent();
        boolean titleFromText = !hasTitle && !paragraphs.isEmpty()
                && paragraphs.get(0)[1] - paragraphs.get(0)[0] <= MAX_HEADLINE;
        String title = a.article().title().filter(t -> !t.isBlank())
                .orElse(paragraphs.isEmpty() ? Formats.fileName(a.article().source())
                        : Formats.clip(text.substring(paragraphs.get(0)[0], paragraphs.get(0)[1]), MAX_HEADLINE));

        PDOutlineItem titleItem = bookmark(outline, title);
        TextGeometry geometry = new TextGeometry(text.length());
        if (!titleFromText) {
            flow.text(title, styles.title(), align(), Formats.rtl(title, labels.rtl()));
        } else {
            int[] p = paragraphs.get(0);
            flow.paragraph(text, p[0], p[1], styles.bodyTitle(), align(), true, geometry);
        }
        header(a);
        legend(!notes.isEmpty());
        flow.gap(8);
        rule();
        flow.gap(6);

        bookmark(titleItem, labels.article());
        Align body = options.justify() ? Align.JUSTIFY : Align.RIGHT;
        for (int i = titleFromText ? 1 : 0; i < paragraphs.size(); i++) {
            checkCancelled();
            int[] p = paragraphs.get(i);
            if (p[0] == p[1]) {
                flow.gap(styles.body().lineHeight() * 0.5f);
                continue;
            }
            // article text is Arabic: its paragraphs are right-to-left whatever the label language
            flow.paragraph(text, p[0], p[1], styles.body(), body, true, geometry);
            flow.gap(styles.body().size() * 0.5f);
            progress.accept(0.7 * p[1] / Math.max(1, text.length()));
        }

        checkCancelled();
        new ContradictionSection(flow, styles, labels).write(a, decisions, bookmark(outline, labels.contradictions()));
        progress.accept(0.75);
        checkCancelled();
        // the reader's notes in text order; a section only when there are some
        List<Note> ordered = notes.stream().sorted(java.util.Comparator.comparingInt(n -> n.anchor().start())).toList();
        if (!ordered.isEmpty()) {
            new NotesSection(flow, styles, labels).write(ordered, bookmark(outline, labels.readerNotes()));
        }
        checkCancelled();
        IndexSection index = new IndexSection(flow, styles, labels);
        index.actors(a, bookmark(outline, labels.actorsIndex()));
        index.figures(a, bookmark(outline, labels.figuresIndex()));
        progress.accept(0.8);

        checkCancelled();
        annotate(a, decisions, ordered, geometry);
        progress.accept(0.88);
        flow.finish(new PageFlow.FooterText() {
            @Override
            public String label(int page, int total) {
                return labels.page(page, total);
            }

            @Override
            public boolean rtl() {
                return labels.rtl();
            }
        }, styles.footer());
        styles.regular().embed(doc);
        styles.bold().embed(doc);

        doc.getDocumentCatalog().setDocumentOutline(outline);
        titleItem.openNode();
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setReadingDirection(PDViewerPreferences.READING_DIRECTION.R2L);
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
        PdfA.apply(doc, title, labels.lang(), GregorianCalendar.from(options.exportedAt()));
        progress.accept(0.9);
    }

    private Align align() {
        return labels.rtl() ? Align.RIGHT : Align.LEFT;
    }

    private void header(Analysis a) {
        List<String> lines = new ArrayList<>();
        lines.add(labels.file() + ": " + Formats.fileName(a.article().source()));
        a.article().outlet().ifPresent(o -> lines.add(labels.outlet() + ": " + o));
        a.article().date().ifPresent(d -> lines.add(labels.published() + ": " + d));
        lines.add(labels.exported() + ": "
                + options.exportedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        for (String s : lines) {
            flow.text(s, styles.meta(), align(), labels.rtl());
        }
    }

    /** The colour key: what each tint and line in the text means. */
    private void legend(boolean notes) {
        record Key(String label, float[] rgb, Annotations.Style style) {
        }
        List<Key> keys = new ArrayList<>();
        for (var t : org.mizan.model.EntityType.values()) {
            keys.add(new Key(labels.type(t), Palette.of(t), Annotations.Style.HIGHLIGHT));
        }
        keys.add(new Key(labels.figure(), Palette.FIGURE, Annotations.Style.HIGHLIGHT));
        keys.add(new Key(labels.claim(), Palette.CLAIM, Annotations.Style.UNDERLINE));
        keys.add(new Key(labels.contradiction(), Palette.CONTRADICTION, Annotations.Style.SQUIGGLY));
        if (notes) {
            keys.add(new Key(labels.readerNote(), Palette.NOTE, Annotations.Style.HIGHLIGHT));
        }
        TextStyle st = styles.meta();
        flow.ensure(st.lineHeight() + 4);
        flow.gap(4);
        PageCanvas c = flow.canvas();
        float baseline = flow.y() - st.ascent();
        float left = PageFlow.left();
        float right = left + PageFlow.contentWidth();
        float x = labels.rtl() ? right : left;
        for (Key k : keys) {
            List<Line> ls = PageFlow.layout(k.label(), st.withColor(Palette.BLACK), 200, labels.rtl());
            float w = ls.get(0).width() * st.size() / 1000f;
            float swatch = 14;
            float sx = labels.rtl() ? x - swatch : x;
            switch (k.style()) {
                case HIGHLIGHT -> {
                    c.fillColor(k.rgb());
                    c.fillRect(sx, baseline - 2, swatch, 9);
                }
                case UNDERLINE, SQUIGGLY -> {
                    c.strokeColor(k.rgb());
                    c.line(sx, baseline - 1, sx + swatch, baseline - 1, 1.2f);
                }
            }
            float tx = labels.rtl() ? sx - 4 - w : sx + swatch + 4;
            c.fillColor(Palette.BLACK);
            LineDrawer.draw(c, ls.get(0), st.font(), st.size(), tx, w, Align.LEFT, baseline, null);
            x = labels.rtl() ? tx - 14 : tx + w + 14;
        }
        flow.gap(st.lineHeight());
    }

    private void rule() {
        flow.canvas().strokeColor(Palette.RULE);
        flow.canvas().line(PageFlow.left(), flow.y(), PageFlow.left() + PageFlow.contentWidth(), flow.y(), 0.6f);
    }

    private PDOutlineItem bookmark(Object parent, String title) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(flow.here());
        if (parent instanceof PDDocumentOutline o) {
            o.addLast(item);
        } else {
            ((PDOutlineItem) parent).addLast(item);
        }
        return item;
    }

    private void annotate(Analysis a, Map<String, ReviewDecision> decisions, List<Note> notes, TextGeometry geo)
            throws IOException {
        String text = a.text();
        Annotations annots = new Annotations(doc, flow.canvases(), GregorianCalendar.from(options.exportedAt()));
        for (Mention m : a.mentions()) {
            String note = labels.type(m.type()) + (m.outlet() ? " (" + labels.outletMark() + ")" : "") + ": "
                    + m.canonical();
            annots.mark(geo.pieces(m.span().start(), m.span().end()), Annotations.Style.HIGHLIGHT,
                    Palette.of(m.type()), note);
        }
        for (Figure f : a.figures()) {
            String note = labels.kind(f.kind()) + ": " + Formats.value(f)
                    + (f.approximate() ? " (" + labels.approximate() + ")" : "");
            annots.mark(geo.pieces(f.span().start(), f.span().end()), Annotations.Style.HIGHLIGHT, Palette.FIGURE, note);
        }
        Map<String, List<Contradiction>> byClaim = new LinkedHashMap<>();
        for (Contradiction x : a.contradictions()) {
            for (var ref : List.of(x.first(), x.second())) {
                if (ref.article().equals(a.article().source())) {
                    byClaim.computeIfAbsent(ref.claimId(), k -> new ArrayList<>()).add(x);
                }
            }
        }
        for (Claim c : a.claims()) {
            checkCancelled();
            StringBuilder note = new StringBuilder();
            note.append(labels.claim()).append(' ').append(c.id()).append(" — ").append(labels.source()).append(": ")
                    .append(Formats.source(c, text, labels));
            if (org.mizan.io.Corrections.readerAdded(c)) {
                note.append(" (").append(labels.addedByReader()).append(')');
            }
            if (c.polarity() == org.mizan.model.Polarity.NEGATED) {
                note.append(" (").append(labels.negated()).append(')');
            }
            if (c.hedged()) {
                note.append(" (").append(labels.hedged()).append(')');
            }
            List<Contradiction> xs = byClaim.getOrDefault(c.id(), List.of());
            for (Contradiction x : xs) {
                ReviewDecision d = decisions.getOrDefault(x.id(), ReviewDecision.NONE);
                note.append('\n').append(labels.contradiction()).append(' ').append(x.id()).append(" (")
                        .append(labels.kind(x.kind())).append("، ").append(labels.score()).append(' ')
                        .append(Formats.number(x.score())).append("): ").append(labels.explanation(x))
                        .append('\n').append(labels.decision()).append(": ").append(labels.status(d.status()));
                if (!d.note().isBlank()) {
                    note.append(" — ").append(labels.note()).append(": ").append(d.note());
                }
            }
            List<TextGeometry.Piece> pieces = geo.pieces(c.span().start(), c.span().end());
            if (xs.isEmpty()) {
                annots.mark(pieces, Annotations.Style.UNDERLINE, Palette.CLAIM, note.toString());
            } else {
                annots.mark(pieces, Annotations.Style.SQUIGGLY, Palette.CONTRADICTION, note.toString());
                marginTag(pieces, xs);
            }
        }
        // last, so a viewer shows the reader's note on top of the engine's marks on the same words
        for (Note n : notes) {
            var at = NotesSection.span(n, text);
            if (at.isPresent()) {
                annots.mark(geo.pieces(at.get().start(), at.get().end()), Annotations.Style.HIGHLIGHT, Palette.NOTE,
                        n.text());
            }
        }
        annots.attach();
    }

    /** Prints the contradiction ids beside a contradictory claim's first line, so paper shows it too. */
    private void marginTag(List<TextGeometry.Piece> pieces, List<Contradiction> xs) {
        if (pieces.isEmpty()) {
            return;
        }
        TextGeometry.Piece first = pieces.get(0);
        String tag = xs.stream().map(Contradiction::id).reduce((p, q) -> p + " " + q).orElse("");
        TextStyle st = styles.footer().withColor(Palette.CONTRADICTION);
        List<Line> ls = PageFlow.layout(tag, st, PageFlow.MARGIN_X - 8, false);
        if (ls.isEmpty()) {
            return;
        }
        PageCanvas c = flow.canvases().get(first.page());
        c.fillColor(st.color());
        float baseline = first.bottom() + (first.top() - first.bottom()) * 0.3f;
        LineDrawer.draw(c, ls.get(0), st.font(), st.size(), 4, PageFlow.MARGIN_X - 12, Align.RIGHT, baseline, null);
    }

    /** Paragraph ranges: the text split at line and paragraph separators (the separators left out). */
    static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r' || ch == '\u2029' || ch == '\u0085' || ch == '\u001C' || ch == '\u001D'
                    || ch == '\u001E' || ch == '\u000B' || ch == '\u000C') {
                if (!(ch == '\n' && i > 0 && text.charAt(i - 1) == '\r')) {
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        out.add(new int[] {start, text.length()});
        // trim blank runs at both ends so the document starts with text
        while (!out.isEmpty() && text.substring(out.get(0)[0], out.get(0)[1]).isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && text.substring(out.get(out.size() - 1)[0], out.get(out.size() - 1)[1]).isBlank()) {
            out.remove(out.size() - 1);
        }
        // several blank lines in a row are one paragraph gap
        List<int[]> merged = new ArrayList<>();
        for (int[] p : out) {
            boolean blank = text.substring(p[0], p[1]).isBlank();
            if (blank && !merged.isEmpty() && merged.get(merged.size() - 1)[0] == merged.get(merged.size() - 1)[1]) {
                continue;
            }
            merged.add(blank ? new int[] {p[0], p[0]} : p);
        }
        return merged;
    }

    static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("PDF export cancelled");
        }
    }
}
