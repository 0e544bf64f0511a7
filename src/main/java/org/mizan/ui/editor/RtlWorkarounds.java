package org.mizan.ui.editor;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Every workaround Mizan needs for upstream JavaFX 25 / RichTextFX 0.11.7 defects with wrapped
 * right-to-left text on Linux, in one place. Each names the defect it works around, so it can be
 * deleted when upstream fixes it (see {@code shared/notes/rtl-rendering.md} for the measurements).
 * Nothing here patches or copies a JavaFX or RichTextFX class.
 */
public final class RtlWorkarounds {

    private RtlWorkarounds() {
    }

    // ---------------------------------------------------------------------------------------------
    // 1. Segmentation: one Text node per word, per punctuation mark, spaces kept with what precedes.
    //
    // JavaFX defect: when a line break falls inside a Text node's run, TextRun.split() shortens
    // the run but the Linux glyph layout (Pango) reshapes its cached full UTF-8 copy, so every
    // wrapped line redraws the rest of the run past the edge; and since JavaFX 23
    // PrismTextLayout.computeTrailingSpaceWidth throws ArrayIndexOutOfBoundsException every frame
    // for wrapped Arabic. With a Text node boundary at every line-break opportunity JavaFX never
    // splits a run. Cutting also at every word/punctuation edge makes every possible highlight
    // edge (see WordSpans) a node boundary. Whitespace stays in the node before it: a node of
    // spaces alone at the end of a wrapped right-to-left line makes JavaFX 25 shift that whole
    // line right by the width of the spaces (its trailing-space alignment is computed for
    // left-to-right), pushing the line's first letters past the edge.
    // Neighbouring segments alternate two inert style classes so RichTextFX never merges them.
    static final Collection<String> EVEN = List.of("w0");
    static final Collection<String> ODD = List.of("w1");

    /** Lengths of the display segments of one paragraph (they sum to {@code text.length()}). */
    public static int[] segmentLengths(String text) {
        int n = text.length();
        if (n == 0) {
            return new int[0];
        }
        boolean[] cut = new boolean[n + 1];
        BreakIterator lines = BreakIterator.getLineInstance(Locale.ROOT);
        lines.setText(text);
        for (int b = lines.next(); b != BreakIterator.DONE; b = lines.next()) {
            cut[b] = true;
        }
        for (int i = 1; i < n; i++) {
            int before = kind(text.charAt(i - 1));
            int after = kind(text.charAt(i));
            if (after != SPACE && (before != after || after == PUNCT)) {
                cut[i] = true;
            }
            if (cut[i] && Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i))) {
                cut[i] = false;
            }
        }
        cutLongWords(text, cut);
        int count = 0;
        for (int i = 1; i <= n; i++) {
            if (cut[i] || i == n) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        int last = 0;
        for (int i = 1; i <= n; i++) {
            if (cut[i] || i == n) {
                out[k++] = i - last;
                last = i;
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // 1b. A word longer than LONG_WORD characters is cut into several segments.
    //
    // Same JavaFX defects as item 1, for a word wider than the line: it holds no line-break
    // opportunity, so PrismTextLayout wraps it at the first character that does not fit and
    // splits its run there; for a long Arabic run that split threw ArrayIndexOutOfBoundsException
    // in computeTrailingSpaceWidth (seen at 300 px with a 70-letter run-on word). Cut into pieces
    // of at most LONG_WORD characters, the split falls inside one short piece: no exception at any
    // width tried, but the split piece can still be drawn a few letters too long at the line's
    // end (a known, remaining defect that only such words show). Pieces end only after a letter
    // that does not join the next one (ا د ذ ر ز و ة ى ء, Latin, digits), which leaves the word's
    // shaping exactly as it was; only a run of more than 2 x LONG_WORD joining letters is cut
    // anyway.
    static final int LONG_WORD = 16;

    private static void cutLongWords(String text, boolean[] cut) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!WordSpans.wordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            while (end < n && WordSpans.wordChar(text.charAt(end))) {
                end++;
            }
            int from = start;
            for (int k = start + 1; k < end; k++) {
                if (cut[k]) {
                    from = k;
                }
                if (k - from > LONG_WORD) {
                    int at = -1;
                    for (int p = k - 1; p > from + 1 && at < 0; p--) {
                        at = joinSafeCut(text, p) ? p : -1;
                    }
                    for (int p = k; p < end && p <= from + 2 * LONG_WORD && at < 0; p++) {
                        at = joinSafeCut(text, p) ? p : -1;
                    }
                    if (at < 0) {
                        at = from + 2 * LONG_WORD;
                        while (at < end && !clusterStart(text, at)) {
                            at++;
                        }
                    }
                    if (at >= end) {
                        break;
                    }
                    cut[at] = true;
                    from = at;
                    k = at;
                }
            }
            i = end;
        }
    }

    /** No letter joins across {@code offset}: the last non-mark letter before it does not join forwards. */
    private static boolean joinSafeCut(String text, int offset) {
        if (!clusterStart(text, offset)) {
            return false;
        }
        int p = offset;
        while (p > 0) {
            int cp = text.codePointBefore(p);
            int type = UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
            if (type != UCharacter.JoiningType.TRANSPARENT) {
                return type != UCharacter.JoiningType.DUAL_JOINING && type != UCharacter.JoiningType.LEFT_JOINING
                        && type != UCharacter.JoiningType.JOIN_CAUSING;
            }
            p -= Character.charCount(cp);
        }
        return true;
    }

    private static boolean clusterStart(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return true;
        }
        char c = text.charAt(offset);
        int type = Character.getType(c);
        return !Character.isLowSurrogate(c) && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                && type != Character.COMBINING_SPACING_MARK;
    }

    private static final int WORD = 0;
    private static final int SPACE = 1;
    private static final int PUNCT = 2;

    private static int kind(char c) {
        if (WordSpans.wordChar(c)) {
            return WORD;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : PUNCT;
    }

    /** The alternating inert style spans that realise {@link #segmentLengths(String)}. */
    static StyleSpans<Collection<String>> segmentStyles(String paragraph) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int[] lengths = segmentLengths(paragraph);
        if (lengths.length == 0) {
            spans.add(EVEN, 0);
        }
        for (int i = 0; i < lengths.length; i++) {
            spans.add((i & 1) == 0 ? EVEN : ODD, lengths[i]);
        }
        return spans.create();
    }

    // ---------------------------------------------------------------------------------------------
    // 2. Very long paragraphs are displayed in pieces.
    //
    // RichTextFX defect: TextFlowLayout.getLineCount() (called on every selection/caret update of
    // a paragraph) runs TextFlow.rangeShape per Text node and TextFlow.hitTest per line, each of
    // which rescans the whole paragraph: quadratic, about 5 s for a 5,000-word paragraph cut into
    // word nodes. A paragraph longer than PIECE_MAX characters is shown as several RichTextFX
    // paragraphs by displaying one of its spaces as a line feed. The character count does not
    // change, so every offset stays that of the article; ArticleArea restores the spaces in the
    // text it hands back.
    // ---------------------------------------------------------------------------------------------

    static final int PIECE_MAX = 1500;
    static final int PIECE_MIN = 700;

    /**
     * Offsets (into {@code text}) of the spaces to display as line feeds: inside every paragraph
     * longer than {@link #PIECE_MAX}, preferring a space after a sentence end.
     */
    static List<Integer> pieceBreaks(CharSequence text) {
        List<Integer> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int from = start;
            while (end - from > PIECE_MAX) {
                int cut = pickBreak(text, from + PIECE_MIN, from + PIECE_MAX);
                if (cut < 0) {
                    break;
                }
                out.add(cut);
                from = cut + 1;
            }
            start = end + 1;
        }
        return out;
    }

    private static int pickBreak(CharSequence text, int lo, int hi) {
        int anySpace = -1;
        for (int i = hi; i >= lo; i--) {
            if (text.charAt(i) == ' ') {
                char prev = text.charAt(i - 1);
                if (prev == '.' || prev == '؟' || prev == '!' || prev == '?' || prev == '؛') {
                    return i;
                }
                if (anySpace < 0) {
                    anySpace = i;
                }
            }
        }
        return anySpace;
    }

    /**
     * What RichTextFX is given to display: the article text with the piece breaks as line feeds
     * and carriage returns replaced so that RichTextFX, which splits paragraphs on "\r\n" as well,
     * keeps one character per article character ("\r\n" shows as " \n", a lone "\r" as "\n").
     */
    static String displayText(String article, List<Integer> pieceBreaks) {
        char[] chars = article.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\r') {
                chars[i] = i + 1 < chars.length && chars[i + 1] == '\n' ? ' ' : '\n';
            }
        }
        for (int b : pieceBreaks) {
            chars[b] = '\n';
        }
        return new String(chars);
    }

    // ---------------------------------------------------------------------------------------------
    // 3. Range and caret geometry from the Text nodes themselves.
    //
    // RichTextFX defect (with NodeOrientation.RIGHT_TO_LEFT): backgrounds, borders, underlines,
    // the selection and the caret are painted at mirrored x positions, because the shapes that
    // JavaFX's TextFlow.rangeShape/caretShape return for an RTL flow are in the unmirrored layout
    // space while the Text nodes are drawn mirrored. ArticleArea therefore hides RichTextFX's
    // caret and selection (see mizan-editor.css and ArticleArea) and paints highlights, selection
    // and caret itself in an overlay from the Text nodes' own bounds (TextGeometry). Only inside
    // a node (a caret or selection edge within a word) is TextFlow.rangeShape used, re-anchored
    // to that node's real bounds by the function below, which also covers a flow that is not
    // mirrored (an LTR paragraph, or a future JavaFX with this fixed).
    // ---------------------------------------------------------------------------------------------

    /**
     * The x interval actually drawn for a sub-range of a Text node, given the node's real box
     * {@code [nodeMinX, nodeMaxX]}, the rangeShape interval of the whole node {@code [rawNodeMin,
     * rawNodeMax]} and that of the sub-range {@code [rawMin, rawMax]}; {@code mirrored} comes
     * from {@link #flowMirrored}.
     */
    static double[] anchorSubRange(double nodeMinX, double nodeMaxX, double rawNodeMin, double rawNodeMax,
                                   double rawMin, double rawMax, boolean mirrored) {
        double rawWidth = rawNodeMax - rawNodeMin;
        double scale = rawWidth > 0 ? (nodeMaxX - nodeMinX) / rawWidth : 0;
        double lo;
        double hi;
        if (!mirrored) {
            lo = nodeMinX + (rawMin - rawNodeMin) * scale;
            hi = nodeMinX + (rawMax - rawNodeMin) * scale;
        } else {
            // Mirrored: the node's raw interval maps onto its real one reversed.
            lo = nodeMinX + (rawNodeMax - rawMax) * scale;
            hi = nodeMinX + (rawNodeMax - rawMin) * scale;
        }
        lo = Math.max(nodeMinX, Math.min(nodeMaxX, lo));
        hi = Math.max(nodeMinX, Math.min(nodeMaxX, hi));
        return new double[] {lo, hi};
    }

    /**
     * Whether a flow's rangeShape results are mirrored relative to where its Text nodes are drawn,
     * judged on the node farthest from the flow's centre line (a node near the centre looks the
     * same either way). Falls back to {@code rtlFlow} when every node is near the centre.
     */
    static boolean flowMirrored(TextFlow flow, boolean rtlFlow) {
        double width = flow.getWidth();
        javafx.scene.text.Text best = null;
        int bestStart = 0;
        double bestDistance = 3;
        int offset = 0;
        for (javafx.scene.Node child : flow.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.text.Text t && child.isManaged()) {
                javafx.geometry.Bounds b = t.getBoundsInParent();
                double distance = Math.abs((b.getMinX() + b.getMaxX()) / 2 - width / 2);
                if (distance > bestDistance && !t.getText().isBlank()) {
                    best = t;
                    bestStart = offset;
                    bestDistance = distance;
                }
                offset += t.getText().length();
            } else if (child.isManaged()) {
                offset += 1;
            }
        }
        if (best == null) {
            return rtlFlow;
        }
        double[] raw = rawRange(flow, bestStart, bestStart + best.getText().length());
        if (raw == null) {
            return rtlFlow;
        }
        javafx.geometry.Bounds b = best.getBoundsInParent();
        double centre = (b.getMinX() + b.getMaxX()) / 2;
        double rawCentre = (raw[0] + raw[1]) / 2;
        return Math.abs(rawCentre - (width - centre)) < Math.abs(rawCentre - centre);
    }

    /** The rectangles of a rangeShape/caretShape path (each MoveTo starts one). */
    static List<Rectangle2D> rectangles(PathElement[] path) {
        List<Rectangle2D> out = new ArrayList<>();
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (PathElement e : path) {
            double x;
            double y;
            if (e instanceof MoveTo m) {
                if (minX <= maxX) {
                    out.add(new Rectangle2D(minX, minY, maxX - minX, maxY - minY));
                }
                minX = minY = Double.POSITIVE_INFINITY;
                maxX = maxY = Double.NEGATIVE_INFINITY;
                x = m.getX();
                y = m.getY();
            } else if (e instanceof LineTo l) {
                x = l.getX();
                y = l.getY();
            } else {
                continue;
            }
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        if (minX <= maxX) {
            out.add(new Rectangle2D(minX, minY, maxX - minX, maxY - minY));
        }
        return out;
    }

    /** The x interval of {@code flow.rangeShape(start, end)} (paragraph offsets), or null. */
    static double[] rawRange(TextFlow flow, int start, int end) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Rectangle2D r : rectangles(flow.rangeShape(start, end))) {
            lo = Math.min(lo, r.getMinX());
            hi = Math.max(hi, r.getMaxX());
        }
        return lo <= hi ? new double[] {lo, hi} : null;
    }

    // ---------------------------------------------------------------------------------------------
    // 4. Visual arrow keys.
    //
    // RichTextFX defect: LEFT/RIGHT move in logical order, so in right-to-left text LEFT moves
    // the caret backwards (visually to the right). ArticleArea maps LEFT/RIGHT (with Shift) to
    // visual moves computed by VisualOrder, and Ctrl+LEFT/RIGHT to word moves in the visual
    // direction of the paragraph.
    // ---------------------------------------------------------------------------------------------

    // ---------------------------------------------------------------------------------------------
    // 5. A margin inside each paragraph (mizan-editor.css, ".paragraph-text" padding).
    //
    // JavaFX defect: in a wrapped right-to-left line whose trailing space forms a bidi run of its
    // own (the space after a number or a Latin word, before Arabic text), JavaFX 25's
    // trailing-space alignment moves the whole line right by the width of that space, so its
    // first letters would be cut off at the paragraph's edge. The padding absorbs the shift; such
    // a line then starts up to one space width further right than its neighbours.
    // ---------------------------------------------------------------------------------------------

    // ---------------------------------------------------------------------------------------------
    // 6. A full text layout on every width change.
    //
    // JavaFX defect: PrismTextLayout.setWrapWidth keeps its lines when the alignment is LEFT and
    // the new width changes no line break (narrower but still wider than the longest line, or
    // wider with nothing wrapped), on the assumption that left-aligned lines do not move. In a
    // right-to-left flow they do: each line is placed against the far edge of the wrapping
    // width, so the kept lines stay where the old width put them, shifted by the difference
    // (a one-line paragraph drawn a word's width past the edge after the area narrowed, its
    // first word cut off). Changing the flow's line spacing makes the layout drop its lines
    // (and nothing else: the shaped runs stay cached), so the flow toggles it between 0 and a
    // negligible 1/1000 px whenever its width changes.
    // ---------------------------------------------------------------------------------------------

    // ---------------------------------------------------------------------------------------------
    // 7. Each paragraph's flow is clipped at the end side of its lines.
    //
    // JavaFX defect (item 1, in the one case segmentation cannot avoid): a run-on word wider than
    // the line has no line-break opportunity, so PrismTextLayout splits one of its pieces (item
    // 1b) where the line ends and, with the stale Pango copy, draws the whole piece on that line:
    // a few letters past the line's end, into the paragraph's padding and beyond, repeating the
    // letters the next line starts with (ArticleAreaTest, at every width from 240 to 440 px). Those
    // letters are drawn correctly on the next line, so the flow is clipped at its content edge on
    // the side where its lines end (left in a right-to-left paragraph, right in a left-to-right
    // one), 1 px out for glyph overhang. The other side keeps its padding: item 5's shifted lines
    // start there. Vertically the clip leaves room for marks above and below the lines.
    // ---------------------------------------------------------------------------------------------

    private static final Object CLIP_KEY = new Object();
    private static final double CLIP_VERTICAL_ROOM = 40;

    /** Clips {@code flow} where its lines end; call again when the paragraph's direction changes. */
    static void clipLineEnds(TextFlow flow, boolean rtl) {
        javafx.beans.property.BooleanProperty direction =
                (javafx.beans.property.BooleanProperty) flow.getProperties().get(CLIP_KEY);
        if (direction == null) {
            direction = new javafx.beans.property.SimpleBooleanProperty(rtl);
            flow.getProperties().put(CLIP_KEY, direction);
            javafx.beans.property.BooleanProperty rightToLeft = direction;
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.setY(-CLIP_VERTICAL_ROOM);
            clip.xProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> rightToLeft.get() ? Math.max(0, flow.snappedLeftInset() - 1) : 0,
                    rightToLeft, flow.paddingProperty()));
            clip.widthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> rightToLeft.get() ? flow.getWidth() - Math.max(0, flow.snappedLeftInset() - 1)
                            : flow.getWidth() - Math.max(0, flow.snappedRightInset() - 1),
                    rightToLeft, flow.widthProperty(), flow.paddingProperty()));
            clip.heightProperty().bind(flow.heightProperty().add(2 * CLIP_VERTICAL_ROOM));
            flow.setClip(clip);
        }
        direction.set(rtl);
    }

    // ---------------------------------------------------------------------------------------------
    // 8. The text is never laid out narrower than MIN_TEXT_WIDTH.
    //
    // Same JavaFX defect as items 1 and 1b: in a line narrower than a word, PrismTextLayout splits
    // that word's run, and for Arabic computeTrailingSpaceWidth throws
    // ArrayIndexOutOfBoundsException, in every pulse. An editor squeezed to zero width (a window
    // or split pane collapsed, a view laid out before it is given a size, reveal() at that
    // moment) did exactly that. ArticleArea lays its scroll pane out at least this wide, clipped
    // to its own bounds; 240 px is the narrowest width ArticleAreaTest checks run-on words at.
    // ---------------------------------------------------------------------------------------------

    static final double MIN_TEXT_WIDTH = 240;

    private static final Object RELAYOUT_KEY = new Object();
    private static final double NEGLIGIBLE_SPACING = 0.001;

    /** Makes {@code flow} lay its text out afresh whenever its width changes (once per flow). */
    static void relayoutOnWidthChange(TextFlow flow) {
        if (flow.getProperties().putIfAbsent(RELAYOUT_KEY, Boolean.TRUE) != null) {
            return;
        }
        flow.widthProperty().addListener((obs, old, width) -> {
            // A new paragraph's first width (from 0) keeps no lines from an earlier width: its
            // text was laid out for that width already (to measure its height), and dropping
            // those lines would lay every paragraph scrolled into view out twice.
            if (old.doubleValue() > 0) {
                flow.setLineSpacing(flow.getLineSpacing() == 0 ? NEGLIGIBLE_SPACING : 0);
            }
        });
    }
}
