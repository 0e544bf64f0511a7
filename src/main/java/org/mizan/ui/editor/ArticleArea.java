package org.mizan.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.NavigationActions.SelectionPolicy;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.mizan.model.Span;

/**
 * The article editor every view uses: an editable RichTextFX area showing Arabic right-to-left
 * (a paragraph whose first strong character is Latin shows left-to-right), wrapping at any width,
 * with highlights painted over whole words, a caret and selection where the text is, visual
 * LEFT/RIGHT keys, word jumps, Home/End, and plain-text undo/redo.
 *
 * <p>All offsets are UTF-16 indices into the article text, as everywhere in Mizan. Geometry
 * methods return scene coordinates. Call everything on the JavaFX thread.
 *
 * <p>CSS hooks: the area has class {@code article}; a highlight is a {@link Region} with classes
 * {@code highlight} and the highlight's own class (background, border and a bottom border as an
 * underline all work); the selection boxes have class {@code selection-box}, the caret
 * {@code caret-box}.
 */
public final class ArticleArea extends StackPane {

    /** Half a caret blink: shown this long, then hidden this long. */
    static final Duration BLINK_HALF_PERIOD = Duration.millis(530);

    /** Texts longer than this are loaded in chunks so that no single step stalls the FX thread. */
    static final int SYNC_LOAD_LIMIT = 150_000;
    /**
     * The chunks that may land on screen are small: every paragraph added inside the viewport gets
     * its cell, Text nodes, CSS and text layout in the next layout pass, about 0.1 ms per word, so
     * a whole screenful added at once stalled the FX thread for 140 ms. Chunks this size (about one
     * paragraph each) are added one per frame while the end of the text is on screen.
     */
    static final int SCREEN_CHUNK_CHARS = 400;
    /** Characters loaded in screen-sized chunks: more than a tall window shows (about 3,500 per 800 px). */
    private static final int SCREEN_CHUNKED_CHARS = 15_000;
    /** Chunks after those, added below the viewport where they create no cells. */
    private static final int CHUNK_CHARS = 20_000;
    /** FX-thread time per frame spent adding the chunks of a long text (a frame is about 16 ms). */
    private static final long FEED_BUDGET_NANOS = 6_000_000;

    private final GenericStyledArea<ParagraphDirection, String, Collection<String>> area;
    private final VirtualizedScrollPane<GenericStyledArea<ParagraphDirection, String, Collection<String>>> scroll;
    /** The overlays of the paragraph boxes now in the scene (see ParagraphOverlay). */
    private final Set<ParagraphOverlay> overlays = new LinkedHashSet<>();
    /** Overlays to repaint after the next layout pass. */
    private final Set<ParagraphOverlay> dirty = new LinkedHashSet<>();
    private final Runnable paintPass = this::paintPass;
    /** Article characters that are displayed as another character (see RtlWorkarounds.displayText), by offset. */
    private final TreeMap<Integer, Character> substituted = new TreeMap<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final AtomicInteger generation = new AtomicInteger();
    private AnimationTimer feeder;
    /** The caret position a vertical move ended at and the screen x it kept (scene coordinates). */
    private int verticalFrom = -1;
    private double verticalX = Double.NaN;
    /** Caret blinking: the caret shape now shown and whether the blink is in its visible half. */
    private final Timeline blink = new Timeline();
    private Region caretShape;
    private boolean caretOn = true;
    private List<Highlight> highlights = List.of();
    private int longestHighlight;
    private boolean applyingText;
    /** The text being loaded while {@link #loading} is true (read-only meanwhile), else null. */
    private String loadingText;
    private boolean editable = true;

    public ArticleArea() {
        org.mizan.ui.Fonts.load();
        area = new GenericStyledArea<>(ParagraphDirection.RTL,
                (flow, direction) -> {
                    flow.setNodeOrientation(direction.rtl()
                            ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
                    RtlWorkarounds.relayoutOnWidthChange(flow);
                    RtlWorkarounds.clipLineEnds(flow, direction.rtl());
                },
                RtlWorkarounds.EVEN,
                SegmentOps.styledTextOps(),
                ArticleArea::wordNode);
        area.setWrapText(true);
        area.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        area.getStyleClass().add("article");
        // RichTextFX's own caret and selection are painted mirrored (RtlWorkarounds, item 3).
        area.setShowCaret(Caret.CaretVisibility.OFF);
        area.setUndoManager(UndoUtils.plainTextUndoManager(area));
        area.setParagraphGraphicFactory(this::overlayFor);
        area.plainTextChanges().subscribe(this::textChanged);
        area.caretPositionProperty().addListener(o -> {
            restartBlink();
            repaintAll();
        });
        area.selectionProperty().addListener(o -> repaintAll());
        area.focusedProperty().addListener(o -> {
            restartBlink();
            repaintAll();
        });
        blink.getKeyFrames().add(new KeyFrame(BLINK_HALF_PERIOD, e -> {
            caretOn = !caretOn;
            if (caretShape != null) {
                caretShape.setVisible(caretOn);
            }
        }));
        blink.setCycleCount(Timeline.INDEFINITE);
        installKeys();
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(paintPass);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(paintPass);
            }
        });
        scroll = new VirtualizedScrollPane<>(area);
        // Never lay the text out in a line narrower than a word (RtlWorkarounds item 8); what
        // overflows a narrower area is clipped. The area's own minimum width stays computed from
        // its padding only, so containers can still make it narrow.
        scroll.setMinWidth(RtlWorkarounds.MIN_TEXT_WIDTH);
        javafx.scene.shape.Rectangle bounds = new javafx.scene.shape.Rectangle();
        bounds.widthProperty().bind(widthProperty());
        bounds.heightProperty().bind(heightProperty());
        setClip(bounds);
        getChildren().add(scroll);
        getStyleClass().add("article-area");
        getStylesheets().add(ArticleArea.class.getResource("mizan-editor.css").toExternalForm());
    }

    /** Containers may make the area narrower than its text's minimum width (RtlWorkarounds item 8): it clips. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    /**
     * The node of one display segment (one word, see RtlWorkarounds item 1): a plain JavaFX
     * {@link javafx.scene.text.Text}. RichTextFX's own factory makes a {@code TextExt}, whose extra
     * styleable properties (background, border, underline) each cost a CSS pass per word and a
     * look at every layout; Mizan paints highlights in its overlay instead and never uses them.
     * The segment styles only keep RichTextFX from merging neighbouring words, so they become no
     * CSS class either; the "text" class stays, so that stylesheets (font, zoom) reach the words.
     */
    private static Node wordNode(StyledSegment<String, Collection<String>> segment) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(segment.getSegment());
        t.setTextOrigin(javafx.geometry.VPos.TOP);
        t.getStyleClass().add("text");
        return t;
    }

    // ----------------------------------------------------------------------------- text

    /**
     * Shows {@code text}, replacing what was there, with the caret at the start and no undo
     * history. A long text shows its beginning within a frame or two and the rest over the next
     * frames ({@link #loadingProperty()} is true meanwhile, and the area is read-only).
     */
    public void setArticleText(String text) {
        int gen = generation.incrementAndGet();
        if (feeder != null) {
            feeder.stop();
            feeder = null;
        }
        if (text.length() <= SYNC_LOAD_LIMIT) {
            Prepared prepared = prepare(text);
            substituted.clear();
            substituted.putAll(prepared.substituted());
            loadingText = null;
            scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
            showFirst(document(prepared.display(), prepared.chunks().get(0), true));
            loading.set(false);
            area.setEditable(editable);
            repaintAll();
            return;
        }
        // Everything that takes time in proportion to the text (display text, substitutions,
        // chunks, styled documents) is done on a thread of its own: for 2 MB it took up to 140 ms
        // of the FX thread before the first frame. The FX thread only adds finished chunks.
        loadingText = text;
        substituted.clear();
        // A text this long needs the scroll bar: shown from the start, it does not appear in the
        // middle of loading, narrowing the viewport and re-wrapping every paragraph on screen in
        // one frame (100 ms of the FX thread).
        scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.ALWAYS);
        showFirst(document("", "", true));
        loading.set(true);
        area.setEditable(false);
        Queue<Loaded> built = new ConcurrentLinkedQueue<>();
        Thread builder = new Thread(() -> {
            Prepared prepared = prepare(text);
            List<String> chunks = prepared.chunks();
            for (int i = 0; i < chunks.size() && generation.get() == gen; i++) {
                built.add(new Loaded(document(prepared.display(), chunks.get(i), i == 0),
                        i == 0 ? prepared.substituted() : null, i == chunks.size() - 1));
            }
        }, "mizan-article-loader");
        builder.setDaemon(true);
        builder.start();
        // As many chunks per frame as fit in FEED_BUDGET_NANOS of the FX thread: chunks queued with
        // Platform.runLater would run back to back and stall it for as long as all of them take,
        // and one chunk per frame made a 2 MB article take 56 frames (about a second) to load.
        feeder = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (gen != generation.get()) {
                    stop();
                    return;
                }
                long began = System.nanoTime();
                do {
                    // While the end of the text is on screen, what is added now is laid out in
                    // this very pulse: one small chunk per frame (see SCREEN_CHUNK_CHARS).
                    boolean endOnScreen = endOnScreen();
                    Loaded next = built.poll();
                    if (next == null) {
                        return;
                    }
                    if (next.substituted() != null) {
                        substituted.putAll(next.substituted());
                        showFirst(next.document());
                    } else {
                        appendChunk(next.document());
                    }
                    if (next.last()) {
                        stop();
                        area.getUndoManager().forgetHistory();
                        loadingText = null;
                        // Still needed by a text this long: setting it back changes nothing on screen.
                        scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
                        area.setEditable(editable);
                        loading.set(false);
                        return;
                    }
                    if (endOnScreen) {
                        return;
                    }
                } while (System.nanoTime() - began < FEED_BUDGET_NANOS);
            }
        };
        feeder.start();
    }

    /** A text made ready for display: the display text, the article characters it shows differently, its chunks. */
    private record Prepared(String display, Map<Integer, Character> substituted, List<String> chunks) {
    }

    /** A chunk built off the FX thread; the first carries the substitutions of the whole text. */
    private record Loaded(ReadOnlyStyledDocument<ParagraphDirection, String, Collection<String>> document,
                          Map<Integer, Character> substituted, boolean last) {
    }

    private static Prepared prepare(String text) {
        String display = RtlWorkarounds.displayText(text, RtlWorkarounds.pieceBreaks(text));
        Map<Integer, Character> substitutions = new TreeMap<>();
        for (int i = 0; i < display.length(); i++) {
            if (display.charAt(i) != text.charAt(i)) {
                substitutions.put(i, text.charAt(i));
            }
        }
        return new Prepared(display, substitutions, chunk(display));
    }

    /** Replaces the whole content with {@code doc}, the caret at the start, no undo history. */
    private void showFirst(ReadOnlyStyledDocument<ParagraphDirection, String, Collection<String>> doc) {
        applyingText = true;
        try {
            area.replace(0, area.getLength(), doc);
        } finally {
            applyingText = false;
        }
        area.moveTo(0);
        area.showParagraphAtTop(0);
        area.getUndoManager().forgetHistory();
    }

    /** Whether the last paragraph was on screen after the last layout (so text added now would show). */
    private boolean endOnScreen() {
        int last = area.getParagraphs().size() - 1;
        try {
            return area.getVisibleParagraphs().isEmpty() || area.lastVisibleParToAllParIndex() >= last;
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            // Not laid out yet: treat as on screen, so that only a small chunk is added.
            return true;
        }
    }

    private void appendChunk(ReadOnlyStyledDocument<ParagraphDirection, String, Collection<String>> doc) {
        applyingText = true;
        try {
            area.replace(area.getLength(), area.getLength(), doc);
        } finally {
            applyingText = false;
        }
    }

    /** Cuts the display text into chunks of whole paragraphs; chunks after the first start with "\n". */
    private static List<String> chunk(String display) {
        List<String> out = new ArrayList<>();
        if (display.length() <= SYNC_LOAD_LIMIT) {
            out.add(display);
            return out;
        }
        int start = 0;
        while (start < display.length() || out.isEmpty()) {
            int end = Math.min(display.length(), start + (start < SCREEN_CHUNKED_CHARS ? SCREEN_CHUNK_CHARS : CHUNK_CHARS));
            int nl = display.indexOf('\n', end);
            end = nl < 0 ? display.length() : nl;
            out.add(display.substring(start, end));
            start = end;
        }
        return out;
    }

    /** A styled document of the given display chunk: word segments, each paragraph's direction. */
    private static ReadOnlyStyledDocument<ParagraphDirection, String, Collection<String>> document(
            String display, String chunk, boolean first) {
        var builder = new ReadOnlyStyledDocumentBuilder<ParagraphDirection, String, Collection<String>>(
                SegmentOps.styledTextOps(), ParagraphDirection.RTL);
        int from = 0;
        if (!first) {
            builder.addParagraph("", RtlWorkarounds.segmentStyles(""), ParagraphDirection.RTL);
            from = 1;
        }
        while (true) {
            int nl = chunk.indexOf('\n', from);
            int end = nl < 0 ? chunk.length() : nl;
            String par = chunk.substring(from, end);
            builder.addParagraph(par, RtlWorkarounds.segmentStyles(par), ParagraphDirection.of(par));
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return builder.build();
    }

    /** The article text, as edited (characters displayed differently, such as the line feeds that cut long paragraphs, restored). */
    public String getArticleText() {
        String whole = loadingText;
        if (whole != null) {
            // Still being added (and read-only): the text as given.
            return whole;
        }
        String shown = area.getText();
        if (substituted.isEmpty()) {
            return shown;
        }
        char[] chars = shown.toCharArray();
        for (Map.Entry<Integer, Character> e : substituted.entrySet()) {
            if (e.getKey() < chars.length) {
                chars[e.getKey()] = e.getValue();
            }
        }
        return new String(chars);
    }

    public int getLength() {
        return area.getLength();
    }

    /** True while the rest of a long text is still being added. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public void setEditable(boolean editable) {
        this.editable = editable;
        if (!loading.get()) {
            area.setEditable(editable);
        }
    }

    public boolean isEditable() {
        return editable;
    }

    /** The RichTextFX area inside, for focus, events and change streams. Style it through CSS, not through its style API. */
    public GenericStyledArea<ParagraphDirection, String, Collection<String>> textArea() {
        return area;
    }

    private void textChanged(PlainTextChange change) {
        if (applyingText) {
            return;
        }
        int pos = change.getPosition();
        int removed = change.getRemoved().length();
        int inserted = change.getInserted().length();
        shiftSubstitutions(pos, removed, inserted);
        shiftHighlights(pos, removed, inserted);
        int firstPar = area.offsetToPosition(pos, Bias.Backward).getMajor();
        int lastPar = area.offsetToPosition(Math.min(area.getLength(), pos + inserted), Bias.Forward).getMajor();
        applyingText = true;
        try {
            for (int p = firstPar; p <= lastPar && p < area.getParagraphs().size(); p++) {
                resegment(p);
            }
        } finally {
            applyingText = false;
        }
        repaintAll();
    }

    /** Re-cuts one edited paragraph into word segments and re-derives its direction. */
    private void resegment(int paragraph) {
        String text = area.getParagraph(paragraph).getText();
        area.setStyleSpans(paragraph, 0, RtlWorkarounds.segmentStyles(text));
        ParagraphDirection direction = articleParagraphDirection(paragraph);
        if (area.getParagraph(paragraph).getParagraphStyle() != direction) {
            area.setParagraphStyle(paragraph, direction);
        }
    }

    /** The direction of the article paragraph (all pieces of it) that display paragraph {@code p} belongs to. */
    private ParagraphDirection articleParagraphDirection(int p) {
        int first = p;
        while (pieceStart(first)) {
            first--;
        }
        int last = p;
        int count = area.getParagraphs().size();
        while (last + 1 < count && pieceStart(last + 1)) {
            last++;
        }
        for (int i = first; i <= last; i++) {
            String t = area.getParagraph(i).getText();
            ParagraphDirection d = ParagraphDirection.of(t);
            if (hasStrong(t)) {
                return d;
            }
        }
        return ParagraphDirection.RTL;
    }

    private static boolean hasStrong(String t) {
        for (int i = 0; i < t.length(); i++) {
            byte d = Character.getDirectionality(t.charAt(i));
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    private void shiftSubstitutions(int pos, int removed, int inserted) {
        if (substituted.isEmpty()) {
            return;
        }
        Map<Integer, Character> moved = new TreeMap<>();
        for (Iterator<Map.Entry<Integer, Character>> it = substituted.tailMap(pos, true).entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, Character> e = it.next();
            it.remove();
            if (e.getKey() >= pos + removed) {
                moved.put(e.getKey() + inserted - removed, e.getValue());
            }
        }
        substituted.putAll(moved);
    }

    /** Whether the line feed before display paragraph {@code p} only cuts a long article paragraph. */
    private boolean pieceStart(int p) {
        return p > 0 && Character.valueOf(' ').equals(substituted.get(area.getAbsolutePosition(p, 0) - 1));
    }

    private void shiftHighlights(int pos, int removed, int inserted) {
        if (highlights.isEmpty()) {
            return;
        }
        int delta = inserted - removed;
        List<Highlight> out = new ArrayList<>(highlights.size());
        for (Highlight h : highlights) {
            int s = h.span().start();
            int e = h.span().end();
            int ns = s < pos ? s : s >= pos + removed ? s + delta : pos + inserted;
            int ne = e <= pos ? e : e >= pos + removed ? e + delta : pos;
            if (ne > ns) {
                out.add(ns == s && ne == e ? h : new Highlight(new Span(ns, ne), h.styleClass()));
            }
        }
        storeHighlights(out);
    }

    // ----------------------------------------------------------------------------- highlights

    /** Replaces the highlights. Spans are exact article offsets; on screen each grows to whole words. */
    public void setHighlights(List<Highlight> newHighlights) {
        // A list handed over sorted and immutable (an analysis' highlights, tens of thousands on
        // a long article) is kept as it is: no copy on the FX thread.
        storeHighlights(sortedBySpan(newHighlights) ? newHighlights : new ArrayList<>(newHighlights));
        repaintAll();
    }

    /** The current highlights, moved along with any edits since they were set. */
    public List<Highlight> getHighlights() {
        return highlights;
    }

    private void storeHighlights(List<Highlight> list) {
        // An analysis hands them over sorted (prepared off the FX thread): checking is cheaper than sorting.
        if (!sortedBySpan(list)) {
            list = new ArrayList<>(list);
            list.sort(Comparator.comparing(Highlight::span));
        }
        int longest = 0;
        for (Highlight h : list) {
            longest = Math.max(longest, h.span().length());
        }
        highlights = List.copyOf(list);
        longestHighlight = longest;
    }

    private static boolean sortedBySpan(List<Highlight> list) {
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i - 1).span().compareTo(list.get(i).span()) > 0) {
                return false;
            }
        }
        return true;
    }

    private List<Highlight> highlightsIn(int start, int end) {
        List<Highlight> out = new ArrayList<>();
        int lo = 0;
        int hi = highlights.size();
        int from = start - longestHighlight;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (highlights.get(mid).span().start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < highlights.size(); i++) {
            Highlight h = highlights.get(i);
            if (h.span().start() >= end && !(h.span().start() == end && end == start)) {
                break;
            }
            if (h.span().end() > start && h.span().start() < end) {
                out.add(h);
            }
        }
        return out;
    }

    // ----------------------------------------------------------------------------- caret and selection

    public int getCaretPosition() {
        return area.getCaretPosition();
    }

    /** Moves the caret (clearing the selection) and scrolls it into view. */
    public void moveCaret(int offset) {
        area.moveTo(clamp(offset));
        area.requestFollowCaret();
    }

    /** The selected range (empty at the caret when nothing is selected). */
    public Span getSelection() {
        IndexRange r = area.getSelection();
        return new Span(r.getStart(), r.getEnd());
    }

    /** Selects {@code span}, the caret at its end, and scrolls it into view. */
    public void select(Span span) {
        area.selectRange(clamp(span.start()), clamp(span.end()));
        area.requestFollowCaret();
    }

    public String getSelectedText() {
        return area.getSelectedText();
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(area.getLength(), offset));
    }

    /**
     * The article offset where the first paragraph on screen starts; 0 before anything is laid out
     * (a newly opened article shows its top).
     */
    public int firstVisibleOffset() {
        if (area.getVisibleParagraphs().isEmpty()) {
            return 0;
        }
        return area.getAbsolutePosition(area.firstVisibleParToAllParIndex(), 0);
    }

    /**
     * Scrolls so that the start of {@code span} is on screen, without moving the caret. An area
     * not laid out yet (not in a scene) scrolls once it is: laid out before it has a width, every
     * word would be wider than the line, and JavaFX throws splitting Arabic runs (RtlWorkarounds
     * items 1 and 8).
     */
    public void reveal(Span span) {
        if (getScene() == null || area.getWidth() <= 0) {
            boolean waiting = pendingReveal != null;
            pendingReveal = span;
            if (!waiting) {
                area.widthProperty().addListener(revealWhenWide);
                sceneProperty().addListener(revealWhenWide);
            }
            return;
        }
        pendingReveal = null;
        int start = clamp(span.start());
        var pos = area.offsetToPosition(start, Bias.Forward);
        int paragraph = pos.getMajor();
        if (lineOnScreen(paragraph, pos.getMinor()).isPresent()) {
            return;
        }
        area.showParagraphAtTop(paragraph);
        area.layout();
        // A paragraph (or piece) can be taller than the view: bring the span's own line in.
        for (ParagraphOverlay o : liveOverlays()) {
            TextGeometry g = o.index() == paragraph ? geometry(o) : null;
            if (g != null && !g.lines().isEmpty()) {
                TextGeometry.Line line = g.lines().get(g.lineOf(pos.getMinor()));
                Bounds inBox = o.flow().localToParent(new BoundingBox(0, line.minY(), o.flow().getWidth(),
                        line.maxY() - line.minY()));
                area.showParagraphRegion(paragraph, inBox);
                area.layout();
            }
        }
    }

    /** A reveal asked for before the area had a width; done (after the layout that gives it one) by {@link #revealWhenWide}. */
    private Span pendingReveal;
    private final javafx.beans.InvalidationListener revealWhenWide = this::revealIfWide;

    private void revealIfWide(javafx.beans.Observable changed) {
        if (pendingReveal != null && getScene() != null && area.getWidth() > 0) {
            area.widthProperty().removeListener(revealWhenWide);
            sceneProperty().removeListener(revealWhenWide);
            // Not from inside the layout pass that set the width: reveal lays the area out itself.
            Platform.runLater(() -> {
                Span s = pendingReveal;
                if (s != null) {
                    reveal(s);
                }
            });
        }
    }

    /** The scene box of the line holding column {@code col} of {@code paragraph}, when all of it is in the view. */
    private Optional<Bounds> lineOnScreen(int paragraph, int col) {
        Bounds view = area.localToScene(area.getLayoutBounds());
        for (ParagraphOverlay o : liveOverlays()) {
            TextGeometry g = o.index() == paragraph ? geometry(o) : null;
            if (g != null && !g.lines().isEmpty()) {
                TextGeometry.Line line = g.lines().get(g.lineOf(col));
                Bounds b = o.flow().localToScene(new BoundingBox(0, line.minY(), o.flow().getWidth(), line.maxY() - line.minY()));
                if (b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY()) {
                    return Optional.of(b);
                }
            }
        }
        return Optional.empty();
    }

    // ----------------------------------------------------------------------------- geometry

    /** Where the character at {@code offset} is drawn, in scene coordinates; empty when its paragraph is not on screen. */
    public Optional<Bounds> characterBounds(int offset) {
        List<Bounds> boxes = rangeBounds(new Span(offset, Math.min(offset + 1, area.getLength())));
        return boxes.isEmpty() ? Optional.empty() : Optional.of(boxes.get(0));
    }

    /**
     * Where the exact characters of {@code span} are drawn, one box per line and visual run, in
     * scene coordinates; only paragraphs on screen are covered.
     */
    public List<Bounds> rangeBounds(Span span) {
        List<Bounds> out = new ArrayList<>();
        forEachParagraph(span, (o, g, start, s, e) -> {
            for (Rectangle2D r : g.rangeBoxes(s, e)) {
                out.add(o.flow().localToScene(box(r)));
            }
        });
        return out;
    }

    /** Where the highlight of {@code span} is painted: the span grown to whole words, in scene coordinates. */
    public List<Bounds> highlightBounds(Span span) {
        List<Bounds> out = new ArrayList<>();
        forEachParagraph(span, (o, g, start, s, e) -> {
            Span d = WordSpans.display(g.text(), new Span(s, e));
            for (Rectangle2D r : g.rangeBoxes(d.start(), d.end())) {
                out.add(o.flow().localToScene(box(r)));
            }
        });
        return out;
    }

    /** The caret line in scene coordinates, when its paragraph is on screen. */
    public Optional<Bounds> caretBounds() {
        int par = area.getCurrentParagraph();
        for (ParagraphOverlay o : liveOverlays()) {
            if (o.index() == par) {
                TextGeometry g = geometry(o);
                if (g != null) {
                    return Optional.of(o.flow().localToScene(box(g.caret(area.getCaretColumn()))));
                }
            }
        }
        return Optional.empty();
    }

    private interface ParagraphVisitor {
        void visit(ParagraphOverlay overlay, TextGeometry geometry, int paragraphStart, int start, int end);
    }

    private void forEachParagraph(Span span, ParagraphVisitor visitor) {
        area.layout();
        for (ParagraphOverlay o : liveOverlays()) {
            int par = o.index();
            if (par >= area.getParagraphs().size()) {
                continue;
            }
            int ps = area.getAbsolutePosition(par, 0);
            int pe = ps + area.getParagraph(par).length();
            int s = Math.max(span.start(), ps);
            int e = Math.min(span.end(), pe);
            if (s < e) {
                TextGeometry g = geometry(o);
                if (g != null) {
                    visitor.visit(o, g, ps, s - ps, e - ps);
                }
            }
        }
    }

    private TextGeometry geometry(ParagraphOverlay o) {
        TextFlow flow = o.flow();
        if (flow == null || o.index() >= area.getParagraphs().size()) {
            return null;
        }
        if (flow.isNeedsLayout()) {
            flow.layout();
        }
        var paragraph = area.getParagraph(o.index());
        return TextGeometry.of(flow, paragraph.getText(), paragraph.getParagraphStyle());
    }

    private static Bounds box(Rectangle2D r) {
        return new BoundingBox(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    // ----------------------------------------------------------------------------- painting

    private ParagraphOverlay overlayFor(int paragraph) {
        return new ParagraphOverlay(paragraph, this::requestPaint, overlays);
    }

    private List<ParagraphOverlay> liveOverlays() {
        List<ParagraphOverlay> live = new ArrayList<>(overlays.size());
        for (ParagraphOverlay o : overlays) {
            if (o.live()) {
                live.add(o);
            }
        }
        return live;
    }

    private void repaintAll() {
        for (ParagraphOverlay o : liveOverlays()) {
            o.repaint();
        }
    }

    /** Shows the caret at once and blinks it from there while the area has the focus. */
    private void restartBlink() {
        caretOn = true;
        if (caretShape != null) {
            caretShape.setVisible(true);
        }
        if (area.isFocused()) {
            blink.playFromStart();
        } else {
            blink.stop();
        }
    }

    private void requestPaint(ParagraphOverlay o) {
        if (dirty.add(o) && dirty.size() == 1) {
            Platform.requestNextPulse();
        }
    }

    /** Runs after each pulse's layout pass: paints the overlays asked for since the last one. */
    private void paintPass() {
        if (dirty.isEmpty()) {
            return;
        }
        List<ParagraphOverlay> todo = new ArrayList<>(dirty);
        dirty.clear();
        for (ParagraphOverlay o : todo) {
            if (o.live() && !o.flow().isNeedsLayout()) {
                paint(o);
            }
        }
    }

    private void paint(ParagraphOverlay o) {
        int par = o.index();
        if (par >= area.getParagraphs().size()) {
            o.show(List.of());
            return;
        }
        var paragraph = area.getParagraph(par);
        String text = paragraph.getText();
        int ps = area.getAbsolutePosition(par, 0);
        int pe = ps + text.length();
        List<Highlight> here = highlightsIn(ps, pe);
        IndexRange sel = area.getSelection();
        boolean selected = sel.getLength() > 0 && sel.getStart() < pe && sel.getEnd() > ps;
        boolean caret = area.isFocused() && area.getCurrentParagraph() == par;
        if (here.isEmpty() && !selected && !caret) {
            o.show(List.of());
            return;
        }
        TextFlow flow = o.flow();
        TextGeometry g = TextGeometry.of(flow, text, paragraph.getParagraphStyle());
        List<Node> shapes = new ArrayList<>();
        for (Highlight h : here) {
            int s = Math.max(h.span().start(), ps) - ps;
            int e = Math.min(h.span().end(), pe) - ps;
            Span d = WordSpans.display(text, new Span(s, e));
            for (Rectangle2D r : g.rangeBoxes(d.start(), d.end())) {
                shapes.add(shape(o, flow, r, "highlight", h.styleClass()));
            }
        }
        if (selected) {
            int s = Math.max(sel.getStart(), ps) - ps;
            int e = Math.min(sel.getEnd(), pe) - ps;
            for (Rectangle2D r : g.rangeBoxes(s, e)) {
                shapes.add(shape(o, flow, r, "selection-box"));
            }
        }
        if (caret) {
            Rectangle2D c = g.caret(area.getCaretColumn());
            caretShape = shape(o, flow, new Rectangle2D(c.getMinX() - 1, c.getMinY(), 2, c.getHeight()), "caret-box");
            caretShape.setVisible(caretOn);
            shapes.add(caretShape);
        }
        o.show(shapes);
    }

    private static Region shape(ParagraphOverlay o, TextFlow flow, Rectangle2D r, String... classes) {
        Bounds b = o.parentToLocal(flow.localToParent(box(r)));
        Region region = new Region();
        region.getStyleClass().addAll(classes);
        region.setManaged(false);
        region.resizeRelocate(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        return region;
    }

    // ----------------------------------------------------------------------------- keys

    private void installKeys() {
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(KeyCode.LEFT), e -> moveVisually(-1, false)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.RIGHT), e -> moveVisually(1, false)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.LEFT, KeyCombination.SHIFT_DOWN), e -> moveVisually(-1, true)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN), e -> moveVisually(1, true)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN), e -> moveByWord(-1, false)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN), e -> moveByWord(1, false)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        e -> moveByWord(-1, true)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        e -> moveByWord(1, true)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.HOME), e -> moveToLineEdge(true, false)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.END), e -> moveToLineEdge(false, false)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.HOME, KeyCombination.SHIFT_DOWN), e -> moveToLineEdge(true, true)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.END, KeyCombination.SHIFT_DOWN), e -> moveToLineEdge(false, true)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.UP), e -> moveVertically(-1, false)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.DOWN), e -> moveVertically(1, false)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.UP, KeyCombination.SHIFT_DOWN), e -> moveVertically(-1, true)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.DOWN, KeyCombination.SHIFT_DOWN), e -> moveVertically(1, true))));
    }

    /** LEFT ({@code dx < 0}) or RIGHT one caret stop on screen; at a line's end, on to the next or previous line. */
    void moveVisually(int dx, boolean extend) {
        int par = area.getCurrentParagraph();
        int col = area.getCaretColumn();
        var paragraph = area.getParagraph(par);
        String text = paragraph.getText();
        ParagraphDirection direction = paragraph.getParagraphStyle();
        int[] line = lineAround(par, col);
        boolean lastLine = line[1] >= text.length();
        int[] stops = VisualOrder.stops(text, direction, line[0], line[1]);
        if (!lastLine) {
            stops = java.util.Arrays.stream(stops).filter(s -> s != line[1]).toArray();
        }
        int target = col;
        do {
            int next = VisualOrder.step(stops, target, dx);
            if (next < 0) {
                int logical = direction.rtl() ? -dx : dx;
                int absolute = clamp(area.getAbsolutePosition(par, target) + logical);
                area.moveTo(absolute, extend ? SelectionPolicy.EXTEND : SelectionPolicy.CLEAR);
                area.requestFollowCaret();
                return;
            }
            target = next;
        } while (!clusterBoundary(text, target));
        area.moveTo(par, target, extend ? SelectionPolicy.EXTEND : SelectionPolicy.CLEAR);
        area.requestFollowCaret();
    }

    /** Ctrl+LEFT/RIGHT: to the next word end in the visual direction of the paragraph (logical in practice). */
    void moveByWord(int dx, boolean extend) {
        int par = area.getCurrentParagraph();
        ParagraphDirection direction = area.getParagraph(par).getParagraphStyle();
        boolean forward = direction.rtl() ? dx < 0 : dx > 0;
        int pos = area.getCaretPosition();
        String text = area.getParagraph(par).getText();
        int col = area.getCaretColumn();
        int target;
        if (forward) {
            if (col >= text.length()) {
                target = clamp(pos + 1);
            } else {
                int i = col;
                while (i < text.length() && !WordSpans.wordChar(text.charAt(i))) {
                    i++;
                }
                while (i < text.length() && WordSpans.wordChar(text.charAt(i))) {
                    i++;
                }
                target = pos + (i - col);
            }
        } else {
            if (col == 0) {
                target = clamp(pos - 1);
            } else {
                int i = col;
                while (i > 0 && !WordSpans.wordChar(text.charAt(i - 1))) {
                    i--;
                }
                while (i > 0 && WordSpans.wordChar(text.charAt(i - 1))) {
                    i--;
                }
                target = pos - (col - i);
            }
        }
        area.moveTo(target, extend ? SelectionPolicy.EXTEND : SelectionPolicy.CLEAR);
        area.requestFollowCaret();
    }

    /**
     * UP ({@code dy < 0}) or DOWN one visual line, keeping the caret's x on screen (RichTextFX's
     * own UP/DOWN starts from its mirrored caret x, see RtlWorkarounds item 3). Repeated moves keep
     * the x they started from, as in any text editor; past the first or last line, the caret goes
     * to the start or end of the text.
     */
    void moveVertically(int dy, boolean extend) {
        SelectionPolicy policy = extend ? SelectionPolicy.EXTEND : SelectionPolicy.CLEAR;
        Optional<Bounds> caret = caretBounds();
        if (caret.isEmpty()) {
            area.requestFollowCaret();
            area.layout();
            caret = caretBounds();
        }
        if (caret.isEmpty()) {
            return;
        }
        Bounds c = caret.get();
        double x = area.getCaretPosition() == verticalFrom && !Double.isNaN(verticalX) ? verticalX : (c.getMinX() + c.getMaxX()) / 2;
        double lineHeight = Math.max(4, c.getHeight());
        Point2D target = area.sceneToLocal(x, dy < 0 ? c.getMinY() - lineHeight / 2 : c.getMaxY() + lineHeight / 2);
        if (target.getY() < 0 || target.getY() > area.getHeight()) {
            // Bring the line in first: scroll by the distance it lies outside the view.
            double by = target.getY() < 0 ? target.getY() - lineHeight : target.getY() - area.getHeight() + lineHeight;
            double before = area.getEstimatedScrollY();
            area.scrollYBy(by);
            area.layout();
            target = new Point2D(target.getX(), target.getY() - (area.getEstimatedScrollY() - before));
        }
        int offset;
        if (target.getY() < 0) {
            offset = 0;
        } else if (target.getY() > area.getHeight()) {
            offset = area.getLength();
        } else {
            offset = area.hit(target.getX(), target.getY()).getInsertionIndex();
        }
        area.moveTo(offset, policy);
        area.requestFollowCaret();
        verticalFrom = area.getCaretPosition();
        verticalX = x;
    }

    /** Home/End: the logical start or end of the visual line the caret is on. */
    void moveToLineEdge(boolean start, boolean extend) {
        int par = area.getCurrentParagraph();
        String text = area.getParagraph(par).getText();
        int[] line = lineAround(par, area.getCaretColumn());
        int target;
        if (start) {
            target = line[0];
        } else {
            target = line[1];
            if (target < text.length() && target > line[0] && Character.isWhitespace(text.charAt(target - 1))) {
                target--;
            }
        }
        area.moveTo(par, target, extend ? SelectionPolicy.EXTEND : SelectionPolicy.CLEAR);
        area.requestFollowCaret();
    }

    /** The logical range {@code [start, end)} of the visual line holding column {@code col}. */
    private int[] lineAround(int par, int col) {
        int length = area.getParagraph(par).length();
        for (ParagraphOverlay o : liveOverlays()) {
            if (o.index() == par) {
                TextGeometry g = geometry(o);
                if (g != null && !g.lines().isEmpty()) {
                    TextGeometry.Line l = g.lines().get(g.lineOf(col));
                    return new int[] {l.start(), Math.min(length, l.end())};
                }
            }
        }
        return new int[] {0, length};
    }

    private static boolean clusterBoundary(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return true;
        }
        char c = text.charAt(offset);
        if (Character.isLowSurrogate(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK;
    }
}
