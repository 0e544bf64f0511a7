package org.mizan.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.ui.editor.FxSupport.call;
import static org.mizan.ui.editor.FxSupport.press;
import static org.mizan.ui.editor.FxSupport.run;
import static org.mizan.ui.editor.FxSupport.settle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.model.Span;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor on real Arabic text, headless: highlights against glyph pixels, clicks, wrapping, keys, edits. */
@Tag("ui")
@Tag("rtl")
@ExtendWith(ApplicationExtension.class)
class ArticleAreaTest {

    static final String P1 = "أعلنت وزارة الداخلية في بيان صدر صباح الثلاثاء 14 أيار 2024 أن سالم الحداد، المتحدث باسمها، "
            + "سيعقد مؤتمرا صحفيا في مقر الوزارة لشرح تفاصيل الخطة الجديدة التي تشمل الإفراج عن 120 محتجزا خلال "
            + "ثلاثة أشهر، وأضاف أن التفاصيل متاحة على الموقع https://www.example.org/news/2024 للمهتمين.";
    static final String P2 = "وقالت منظمة \"العدالة أولا\" الحقوقية إن نحو ٣٠٠ شخص ما زالوا في السجون، فيما ذكرت وكالة "
            + "Reuters أن أسعار الخبز ارتفعت بنسبة 40% منذ بداية العام (وفق صحيفة الأفق).";
    static final String P3 = "The ministry said on Monday that 40% of the detainees were released, according to Reuters.";
    static final String P4 = "ونفى المتحدث ذلك لاحقا في حديث مع قناة محلية.";
    static final String TEXT = String.join("\n", P1, P2, P3, P4);

    private ArticleArea area;
    private Stage stage;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        area = new ArticleArea();
        area.getStylesheets().add(ArticleAreaTest.class.getResource("probe-highlights.css").toExternalForm());
        area.setArticleText(TEXT);
        stage.setScene(new Scene(area, 460, 900));
        stage.show();
    }

    /** TestFX hands every test the same primary stage: give each test the same size. */
    @BeforeEach
    void standardSize() {
        resize(460, 900);
    }

    @AfterEach
    void noExceptionOnTheFxThread() {
        settle();
        assertEquals(List.of(), fxErrors, "exceptions on the FX thread");
    }

    /** Resizes the window and waits until the scene has taken the new size. */
    private void resize(int width, int height) {
        run(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        for (int i = 0; i < 100 && call(() -> stage.getScene().getWidth() != width || stage.getScene().getHeight() != height); i++) {
            settle();
        }
        settle();
    }

    private static int at(String needle) {
        int i = TEXT.indexOf(needle);
        if (i < 0) {
            throw new IllegalArgumentException(needle);
        }
        return i;
    }

    private static Span span(String needle) {
        int i = at(needle);
        return new Span(i, i + needle.length());
    }

    // ------------------------------------------------------------------ pixels

    static Stream<Arguments> spans() {
        return Stream.of(
                Arguments.of("one Arabic word", span("وزارة")),
                Arguments.of("a long Arabic word", span("الداخلية")),
                Arguments.of("a two-word name", span("سالم الحداد")),
                Arguments.of("a name in quotes", span("العدالة أولا")),
                Arguments.of("a figure with its noun", span("120 محتجزا")),
                Arguments.of("a date", span("14 أيار 2024")),
                Arguments.of("Arabic-Indic digits", span("٣٠٠ شخص")),
                Arguments.of("a percentage", span("40%")),
                Arguments.of("a Latin name inside Arabic", span("Reuters")),
                Arguments.of("a Latin URL", span("https://www.example.org/news/2024")),
                Arguments.of("a span starting inside a word", new Span(at("الحقوقية") + 2, at("الحقوقية") + 6)),
                Arguments.of("a word in brackets", span("الأفق")),
                Arguments.of("a word of a left-to-right paragraph", span("detainees")),
                Arguments.of("a clause wrapped over two lines",
                        span("سيعقد مؤتمرا صحفيا في مقر الوزارة لشرح تفاصيل الخطة الجديدة")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spans")
    void highlightCoversTheSpansGlyphsAndLittleElse(String what, Span span) {
        PixelCheck check = PixelCheck.measure(area, stage, span, "probe-fill", 1);
        if (what.contains("two lines")) {
            assertTrue(check.lines() >= 2, "the clause should wrap at this width: " + check);
        }
        assertTrue(check.coverage() >= 0.70, what + ": glyph area covered " + check);
        assertTrue(check.outside() < 0.10, what + ": colour outside the glyphs " + check);
    }

    @Test
    void urlWrappedOverTwoLinesIsHighlightedOnBothLines() {
        Span url = span("https://www.example.org/news/2024");
        int width = -1;
        for (int w = 300; w <= 900 && width < 0; w += 9) {
            int tryWidth = w;
            resize(tryWidth, 900);
            long lines = call(() -> FxSupport.words(area).stream()
                    .filter(x -> x.paragraph() == 0 && x.start() < url.end() && x.end() > url.start())
                    .map(x -> Math.round(x.scene().getMinY())).distinct().count());
            if (lines >= 2) {
                width = w;
            }
        }
        assertTrue(width > 0, "found no width at which the URL wraps");
        PixelCheck check = PixelCheck.measure(area, stage, url, "probe-fill", 1);
        assertTrue(check.lines() >= 2, check.toString());
        assertTrue(check.coverage() >= 0.70, "width " + width + ": " + check);
        assertTrue(check.outside() < 0.10, "width " + width + ": " + check);
    }

    @ParameterizedTest
    @ValueSource(strings = {"probe-border", "probe-underline"})
    void borderAndUnderlineVariantsPaintAtTheSpan(String styleClass) {
        for (Span s : List.of(span("سالم الحداد"), span("Reuters"), span("40%"))) {
            PixelCheck check = PixelCheck.measure(area, stage, s, styleClass, 3);
            assertTrue(check.colourInside() > 0.90, styleClass + " " + s + ": " + check);
        }
    }

    // ------------------------------------------------------------------ mouse

    @Test
    void clickingAWordPutsTheCaretInItAndDoubleClickSelectsIt(FxRobot robot) {
        List<FxSupport.Word> targets = call(() -> clickTargets(20));
        assertEquals(20, targets.size(), "words to click");
        // Single clicks first, then double clicks: each click lands far from the one before, so
        // the clicks of one word never count as part of the next word's double click.
        for (FxSupport.Word w : targets) {
            String word = w.text().strip();
            int start = call(() -> area.textArea().getAbsolutePosition(w.paragraph(), w.start()));
            robot.moveTo(call(() -> wordCentreOnScreen(w))).clickOn(MouseButton.PRIMARY);
            settle();
            int caret = call(area::getCaretPosition);
            assertTrue(caret >= start && caret <= start + word.length(),
                    "click on " + word + " put the caret at " + caret + ", word is " + start + ".." + (start + word.length()));
        }
        for (FxSupport.Word w : targets) {
            robot.moveTo(call(() -> wordCentreOnScreen(w))).doubleClickOn(MouseButton.PRIMARY);
            settle();
            assertEquals(w.text().strip(), call(area::getSelectedText), "double-click on " + w.text());
        }
    }

    /** Whole words (between spaces) of letters only, spread over the paragraphs. */
    private List<FxSupport.Word> clickTargets(int count) {
        List<FxSupport.Word> candidates = new ArrayList<>();
        for (FxSupport.Word w : FxSupport.words(area)) {
            String word = w.text().strip();
            String par = area.textArea().getParagraph(w.paragraph()).getText();
            boolean wholeToken = (w.start() == 0 || Character.isWhitespace(par.charAt(w.start() - 1)))
                    && (w.end() == par.length() || w.text().endsWith(" "));
            if (wholeToken && word.length() >= 3 && word.chars().allMatch(Character::isLetter) && w.scene().getWidth() > 12) {
                candidates.add(w);
            }
        }
        List<FxSupport.Word> out = new ArrayList<>();
        int step = Math.max(1, candidates.size() / count);
        for (int i = 0; i < candidates.size() && out.size() < count; i += step) {
            out.add(candidates.get(i));
        }
        return out;
    }

    /** The middle of the word's letters (the node's box also holds its trailing space). */
    private Point2D wordCentreOnScreen(FxSupport.Word w) {
        int start = area.textArea().getAbsolutePosition(w.paragraph(), w.start());
        List<Bounds> letters = area.rangeBounds(new Span(start, start + w.text().strip().length()));
        Bounds b = letters.isEmpty() ? w.scene() : letters.get(0);
        Bounds node = w.scene();
        // Cross-check with the node's own box: the letters lie within it.
        assertTrue(b.getMinX() >= node.getMinX() - 1 && b.getMaxX() <= node.getMaxX() + 1, "letters outside their node");
        Point2D scene = new Point2D((b.getMinX() + b.getMaxX()) / 2, (node.getMinY() + node.getMaxY()) / 2);
        return stage.getScene().getRoot().localToScreen(stage.getScene().getRoot().sceneToLocal(scene));
    }

    // ------------------------------------------------------------------ wrapping

    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {300, 700, 1100, 1600})
    void wrapsWithoutRepeatedClippedOrOverflowingText(int width) {
        checkWrapping(width);
    }

    /** At 420 px the one-line last paragraph used to keep the alignment of the wider window before. */
    @Test
    void wrapsAt420() {
        checkWrapping(420);
    }

    /**
     * A live resize lays every paragraph out as a new window of that size does, including the
     * paragraphs whose number of lines does not change (narrower and wider, by a little and a lot).
     */
    @Test
    void aLiveResizeLaysOutLikeANewWindow() {
        run(() -> area.setArticleText(TEXT));
        settle();
        for (int width : new int[] {420, 412, 436, 700, 1100, 450}) {
            resize(width, 1500);
            List<String> live = call(() -> nodeBoxes(area));
            double sceneWidth = call(() -> stage.getScene().getWidth());
            Stage other = call(() -> {
                ArticleArea fresh = new ArticleArea();
                fresh.setArticleText(TEXT);
                Stage s = new Stage();
                s.setScene(new Scene(fresh, sceneWidth, 1500));
                s.show();
                return s;
            });
            try {
                settle();
                List<String> fresh = call(() -> nodeBoxes((ArticleArea) other.getScene().getRoot()));
                assertEquals(fresh, live, "Text node boxes after a live resize to " + width + " px");
            } finally {
                run(other::close);
            }
        }
    }

    /** Every Text node of {@code a} as "paragraph:offset text @ x..x y", to whole pixels (FX thread). */
    private static List<String> nodeBoxes(ArticleArea a) {
        a.getScene().getRoot().applyCss();
        a.getScene().getRoot().layout();
        return FxSupport.words(a).stream()
                .sorted(java.util.Comparator.comparingInt(FxSupport.Word::paragraph).thenComparingInt(FxSupport.Word::start))
                .map(w -> {
                    Bounds b = w.node().getBoundsInParent();
                    return w.paragraph() + ":" + w.start() + " " + w.text().strip() + " @ " + Math.round(b.getMinX()) + ".."
                            + Math.round(b.getMaxX()) + " " + Math.round(b.getMinY());
                })
                .toList();
    }

    /**
     * A word wider than the line (JavaFX must split it) throws nothing and loses no character.
     * Before such words were cut into pieces, JavaFX 25 threw in computeTrailingSpaceWidth here.
     */
    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {250, 300, 360})
    void aWordWiderThanTheLineThrowsNothing(int width) {
        String text = "ثمكلمةطويلةجدالاتحتويعلىأيمسافةولاعلامةترقيمعلىالاطلاقوهيأعرضمنالسطركله ثم كلمات قصيرة بعدها.";
        resize(width, 900);
        run(() -> area.setArticleText(text));
        settle();
        call(() -> {
            StringBuilder drawn = new StringBuilder();
            FxSupport.words(area).forEach(w -> drawn.append(w.text()));
            assertEquals(text, drawn.toString(), "every character is in one Text node");
            return null;
        });
    }

    /**
     * A run-on word wider than the line draws no letter past the end of its line, at any width.
     * JavaFX must split one of its pieces where the line ends, and then draws that piece's whole
     * run on the first line (RtlWorkarounds items 1b and 7): letters past the paragraph's left
     * edge, into its padding and beyond. Both paragraphs are right-to-left, so no ink may lie left
     * of the paragraph's content box.
     */
    @Test
    void aWordWiderThanTheLineDrawsNothingPastTheLinesEnd() {
        String text = "ثمكلمةطويلةجدالاتحتويعلىأيمسافةولاعلامةترقيمعلىالاطلاقوهيأعرضمنالسطركله ثم كلمات قصيرة بعدها.\n"
                + "وفي الفقرة الثانية كلمة ملتصقة أخرى: وزارةالداخليةوالخارجيةوالدفاعوالماليةوالعدلوالصحةوالتعليم انتهى.";
        List<String> overflowing = new ArrayList<>();
        for (int width = 240; width <= 440; width += 8) {
            resize(width, 700);
            run(() -> area.setArticleText(text));
            settle();
            var image = call(() -> stage.getScene().snapshot(null));
            double left = call(() -> {
                javafx.scene.layout.Region flow = (javafx.scene.layout.Region) area.lookup(".paragraph-text");
                return flow.localToScene(flow.getLayoutBounds()).getMinX() + flow.snappedLeftInset();
            });
            int[] px = call(() -> FxSupport.pixels(image));
            int w = (int) image.getWidth();
            int stray = 0;
            for (int i = 0; i < px.length; i++) {
                if (i % w < left - 1 && PixelCheck.dark(px[i])) {
                    stray++;
                }
            }
            if (stray > 0) {
                overflowing.add(width + " px: " + stray + " dark pixels");
            }
        }
        assertEquals(List.of(), overflowing, "ink past the end of right-to-left lines");
    }

    /**
     * reveal() on an area that has no width (not in a scene yet, or in a zero-width window) throws
     * nothing, and neither does laying it out: before, JavaFX threw splitting Arabic words at zero
     * width, from reveal() and then in every pulse (RtlWorkarounds item 8).
     */
    @Test
    void revealAtZeroWidthThrowsNothing() {
        List<Throwable> thrown = new ArrayList<>();
        ArticleArea detached = call(() -> {
            ArticleArea a = new ArticleArea();
            a.setArticleText(TEXT);
            return a;
        });
        run(() -> {
            try {
                detached.reveal(span("Reuters"));
            } catch (RuntimeException e) {
                thrown.add(e);
            }
        });
        Stage[] narrow = new Stage[1];
        ArticleArea zero = call(() -> {
            ArticleArea a = new ArticleArea();
            a.setArticleText(TEXT);
            narrow[0] = new Stage();
            narrow[0].setScene(new Scene(a, 0, 300));
            narrow[0].show();
            try {
                a.reveal(span("Reuters"));
            } catch (RuntimeException e) {
                thrown.add(e);
            }
            return a;
        });
        settle();
        run(() -> narrow[0].close());
        assertEquals(List.of(), thrown, "reveal at zero width");
        assertTrue(call(() -> zero.getWidth()) <= 1, "the area really had no width");
    }

    /** The first paragraph on screen is reported by its article offset, so analysis can start where the reader looks. */
    @Test
    void theFirstVisibleOffsetFollowsScrolling() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("الفقرة رقم ").append(i).append(": قال المتحدث باسم الوزارة إن المحادثات مستمرة.\n");
        }
        String text = sb.toString();
        Stage[] window = new Stage[1];
        ArticleArea a = call(() -> {
            ArticleArea x = new ArticleArea();
            x.setArticleText(text);
            window[0] = new Stage();
            window[0].setScene(new Scene(x, 600, 300));
            window[0].show();
            return x;
        });
        settle();
        assertEquals(0, (int) call(a::firstVisibleOffset), "a new article shows its top");
        int target = text.indexOf("الفقرة رقم 150:");
        run(() -> a.reveal(new Span(target, target + 5)));
        settle();
        int first = call(a::firstVisibleOffset);
        run(() -> window[0].close());
        assertTrue(first > text.indexOf("الفقرة رقم 120:") && first <= target,
                "the first paragraph on screen after revealing paragraph 150 starts at " + first);
        assertEquals('ا', text.charAt(first), "a paragraph start");
        assertTrue(first == 0 || text.charAt(first - 1) == '\n');
    }

    private void checkWrapping(int width) {
        resize(width, 1500);
        // The text as written (other tests edit it); a live resize itself is checked in
        // aLiveResizeLaysOutLikeANewWindow.
        run(() -> area.setArticleText(TEXT));
        settle();
        call(() -> {
            // Check the layout the next pulse draws (the headless pulse may not have run yet).
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            List<FxSupport.Word> words = FxSupport.words(area);
            var paragraphs = area.textArea().getParagraphs();
            assertEquals(paragraphs.size(), words.stream().map(FxSupport.Word::paragraph).distinct().count(),
                    "every paragraph is on screen");
            for (int p = 0; p < paragraphs.size(); p++) {
                int par = p;
                List<FxSupport.Word> nodes = words.stream().filter(w -> w.paragraph() == par).toList();
                StringBuilder drawn = new StringBuilder();
                nodes.forEach(w -> drawn.append(w.text()));
                assertEquals(paragraphs.get(p).getText(), drawn.toString(), "every character is in exactly one Text node");
                var flow = nodes.get(0).flow();
                double lineHeight = nodes.stream().mapToDouble(w -> w.node().getBoundsInParent().getHeight()).min().orElseThrow();
                for (FxSupport.Word w : nodes) {
                    Bounds b = w.node().getBoundsInParent();
                    assertTrue(b.getMinX() >= -0.5 && b.getMaxX() <= flow.getWidth() + 0.5,
                            "'" + w.text() + "' lies outside its paragraph: " + b + " in width " + flow.getWidth()
                                    + (flow.isNeedsLayout() ? " (flow not laid out)" : ""));
                    assertTrue(b.getMaxY() <= flow.getHeight() + 0.5, "'" + w.text() + "' below its paragraph");
                    assertTrue(b.getHeight() < lineHeight * 1.5, "'" + w.text() + "' was split over two lines");
                }
                for (int i = 0; i < nodes.size(); i++) {
                    for (int j = i + 1; j < nodes.size(); j++) {
                        Bounds a = nodes.get(i).node().getBoundsInParent();
                        Bounds b = nodes.get(j).node().getBoundsInParent();
                        double overlapX = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                        double overlapY = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                        boolean bidiUnion = !nodes.get(i).text().equals(nodes.get(i).text().strip())
                                || !nodes.get(j).text().equals(nodes.get(j).text().strip());
                        assertFalse(overlapX > 1 && overlapY > 1 && !bidiUnion,
                                "'" + nodes.get(i).text() + "' and '" + nodes.get(j).text() + "' are drawn over each other");
                    }
                }
            }
            return null;
        });
        // No ink outside the paragraphs' columns.
        var image = call(() -> stage.getScene().snapshot(null));
        double[] column = call(() -> {
            Bounds flow = area.lookup(".paragraph-text").localToScene(area.lookup(".paragraph-text").getLayoutBounds());
            return new double[] {flow.getMinX(), flow.getMaxX()};
        });
        int[] px = call(() -> FxSupport.pixels(image));
        int w = (int) image.getWidth();
        int stray = 0;
        for (int i = 0; i < px.length; i++) {
            int x = i % w;
            if ((x < column[0] - 1 || x > column[1] + 1) && x < w - 20 && PixelCheck.dark(px[i])) {
                stray++;
            }
        }
        assertEquals(0, stray, "dark pixels outside the text column at width " + width);
    }

    // ------------------------------------------------------------------ keys

    @Test
    void leftMovesTowardsTheEndOfRightToLeftTextAndRightBack() {
        int start = at("وزارة");
        run(() -> area.moveCaret(start));
        settle();
        double x0 = call(() -> area.caretBounds().orElseThrow().getMinX());
        press(area, KeyCode.LEFT, false, false);
        settle();
        assertEquals(start + 1, call(area::getCaretPosition));
        double x1 = call(() -> area.caretBounds().orElseThrow().getMinX());
        assertTrue(x1 < x0 - 2, "LEFT moved the caret on screen from " + x0 + " to " + x1);
        press(area, KeyCode.RIGHT, false, false);
        press(area, KeyCode.RIGHT, false, false);
        assertEquals(start - 1, call(area::getCaretPosition));
    }

    @Test
    void arrowsMoveVisuallyInsideALatinRunAndInALeftToRightParagraph() {
        int latin = at("Reuters") + 3;
        run(() -> area.moveCaret(latin));
        settle();
        double x0 = call(() -> area.caretBounds().orElseThrow().getMinX());
        press(area, KeyCode.LEFT, false, false);
        settle();
        assertEquals(latin - 1, call(area::getCaretPosition), "LEFT inside a Latin word goes towards its first letter");
        assertTrue(call(() -> area.caretBounds().orElseThrow().getMinX()) < x0);

        int english = at("ministry") + 2;
        run(() -> area.moveCaret(english));
        press(area, KeyCode.LEFT, false, false);
        assertEquals(english - 1, call(area::getCaretPosition));
        press(area, KeyCode.RIGHT, false, false);
        press(area, KeyCode.RIGHT, false, false);
        assertEquals(english + 1, call(area::getCaretPosition));
    }

    @Test
    void shiftArrowsSelectAndWordJumpsFollowTheParagraphDirection() {
        int start = at("الداخلية");
        run(() -> area.moveCaret(start));
        for (int i = 0; i < 3; i++) {
            press(area, KeyCode.LEFT, true, false);
        }
        assertEquals("الدا".substring(0, 3), call(area::getSelectedText));
        run(() -> area.moveCaret(at("وزارة")));
        press(area, KeyCode.LEFT, false, true);
        assertEquals(at("وزارة") + "وزارة".length(), call(area::getCaretPosition), "Ctrl+LEFT in Arabic: end of the word");
        press(area, KeyCode.LEFT, false, true);
        assertEquals(at("الداخلية") + "الداخلية".length(), call(area::getCaretPosition));
        press(area, KeyCode.RIGHT, true, true);
        assertEquals("الداخلية", call(area::getSelectedText), "Shift+Ctrl+RIGHT selects back over the word");
        run(() -> area.moveCaret(at("ministry")));
        press(area, KeyCode.RIGHT, false, true);
        assertEquals(at("ministry") + "ministry".length(), call(area::getCaretPosition), "Ctrl+RIGHT in English");
    }

    @Test
    void homeAndEndGoToTheEdgesOfTheVisualLine() {
        int inside = at("مؤتمرا") + 2;
        run(() -> area.moveCaret(inside));
        settle();
        double caretY = call(() -> area.caretBounds().orElseThrow().getMinY());
        press(area, KeyCode.HOME, false, false);
        settle();
        int home = call(area::getCaretPosition);
        assertTrue(home <= inside && home > 0, "Home went to " + home);
        Bounds homeCaret = call(() -> area.caretBounds().orElseThrow());
        assertEquals(caretY, homeCaret.getMinY(), 0.5, "Home stays on the line");
        double right = call(() -> area.lookup(".paragraph-text").localToScene(area.lookup(".paragraph-text").getLayoutBounds()).getMaxX());
        assertTrue(homeCaret.getMinX() > right - 15, "Home is at the right edge in Arabic: " + homeCaret + " vs " + right);
        press(area, KeyCode.END, false, false);
        settle();
        int end = call(area::getCaretPosition);
        assertTrue(end > inside, "End went to " + end);
        assertEquals(caretY, call(() -> area.caretBounds().orElseThrow().getMinY()), 0.5, "End stays on the line");
    }

    @Test
    void upAndDownMoveALineKeepingTheCaretsPlaceOnScreen() {
        run(() -> area.setArticleText(TEXT));
        settle();
        // Near the right edge (the start) of the second line of the first paragraph, where a
        // mirrored x would land at the other end of the line.
        int offset = call(() -> {
            List<FxSupport.Word> first = FxSupport.words(area).stream().filter(w -> w.paragraph() == 0).toList();
            double secondLineY = first.stream().mapToDouble(w -> w.node().getBoundsInParent().getMinY()).distinct().sorted()
                    .skip(1).findFirst().orElseThrow();
            FxSupport.Word start = first.stream().filter(w -> w.node().getBoundsInParent().getMinY() == secondLineY)
                    .max(java.util.Comparator.comparingDouble(w -> w.node().getBoundsInParent().getMaxX())).orElseThrow();
            return start.start() + 2;
        });
        run(() -> {
            area.textArea().requestFocus();
            area.moveCaret(offset);
        });
        settle();
        Bounds c0 = call(() -> area.caretBounds().orElseThrow());
        press(area, KeyCode.UP, false, false);
        settle();
        Bounds c1 = call(() -> area.caretBounds().orElseThrow());
        assertTrue(c1.getMinY() < c0.getMinY() - c0.getHeight() / 2, "UP went to the line above: " + c0 + " -> " + c1);
        assertEquals(c0.getMinX(), c1.getMinX(), 20, "UP kept the caret's x");
        press(area, KeyCode.DOWN, false, false);
        settle();
        assertEquals(offset, call(area::getCaretPosition), "DOWN came back to where UP started");

        // Across paragraphs: from the first line of the second paragraph up into the first one, and down again.
        int second = call(() -> area.textArea().getAbsolutePosition(1, 2));
        run(() -> area.moveCaret(second));
        settle();
        Bounds d0 = call(() -> area.caretBounds().orElseThrow());
        press(area, KeyCode.UP, false, false);
        settle();
        int up = call(area::getCaretPosition);
        assertTrue(up < P1.length(), "UP from the second paragraph's first line lands in the first paragraph: " + up);
        Bounds d1 = call(() -> area.caretBounds().orElseThrow());
        assertEquals(d0.getMinX(), d1.getMinX(), 20, "UP kept the caret's x across paragraphs");
        press(area, KeyCode.DOWN, true, false);
        settle();
        assertEquals(second, call(area::getCaretPosition), "Shift+DOWN came back");
        assertEquals(new Span(up, second), call(area::getSelection), "Shift+DOWN selected the line's worth of text");
    }

    @Test
    void theCaretBlinksWhileTheAreaHasTheFocusAndShowsAtOnceWhenMoved() throws InterruptedException {
        run(() -> {
            area.textArea().requestFocus();
            area.moveCaret(at("وزارة"));
        });
        settle();
        assertTrue(call(() -> area.lookup(".caret-box").isVisible()), "visible right after a move");
        boolean sawHidden = false;
        boolean sawShownAgain = false;
        for (int i = 0; i < 30 && !sawShownAgain; i++) {
            Thread.sleep(100);
            boolean visible = call(() -> area.lookup(".caret-box").isVisible());
            sawHidden |= !visible;
            sawShownAgain = sawHidden && visible;
        }
        assertTrue(sawHidden && sawShownAgain, "the caret blinks");
        for (int i = 0; i < 30 && call(() -> area.lookup(".caret-box").isVisible()); i++) {
            Thread.sleep(50);
        }
        press(area, KeyCode.LEFT, false, false);
        assertTrue(call(() -> area.lookup(".caret-box").isVisible()), "visible at once after a key press");
    }

    // ------------------------------------------------------------------ editing

    @Test
    void typingArabicAndLatinKeepsWordSegmentsAndUndoRedoWork() {
        int after = at("وزارة") + "وزارة".length();
        run(() -> area.moveCaret(after));
        FxSupport.type(area, " الصحة");
        FxSupport.type(area, " and Health");
        settle();
        String edited = TEXT.substring(0, after) + " الصحة and Health" + TEXT.substring(after);
        assertEquals(edited, call(area::getArticleText));
        call(() -> {
            List<FxSupport.Word> nodes = FxSupport.words(area).stream().filter(w -> w.paragraph() == 0).toList();
            int[] expected = RtlWorkarounds.segmentLengths(area.textArea().getParagraph(0).getText());
            assertEquals(Arrays.toString(expected),
                    Arrays.toString(nodes.stream().mapToInt(w -> w.text().length()).toArray()),
                    "the edited paragraph is cut into words again");
            return null;
        });
        press(area, KeyCode.Z, false, true);
        settle();
        assertEquals(TEXT, call(area::getArticleText), "undo");
        press(area, KeyCode.Y, false, true);
        settle();
        assertEquals(edited, call(area::getArticleText), "redo");
    }

    @Test
    void highlightsMoveWithEditsAndPaintOverTheirWords() {
        run(() -> area.setHighlights(List.of(new Highlight(span("سالم الحداد"), "probe-fill"))));
        run(() -> area.moveCaret(at("أعلنت")));
        FxSupport.type(area, "قد ");
        settle();
        Span moved = call(() -> area.getHighlights().get(0).span());
        assertEquals("سالم الحداد", moved.of(call(area::getArticleText)));
        PixelCheck check = PixelCheck.measure(area, stage, moved, "probe-fill", 1);
        assertTrue(check.coverage() >= 0.70 && check.outside() < 0.10, check.toString());
    }

    @Test
    void selectionAndCaretArePaintedWhereTheTextIs() {
        Span word = span("الخبز");
        run(() -> {
            area.textArea().requestFocus();
            area.select(word);
        });
        settle();
        call(() -> {
            Bounds letters = area.rangeBounds(word).get(0);
            Bounds node = FxSupport.words(area).stream()
                    .filter(w -> w.paragraph() == 1 && w.text().strip().equals("الخبز")).findFirst().orElseThrow().scene();
            assertTrue(letters.getMinX() >= node.getMinX() - 1 && letters.getMaxX() <= node.getMaxX() + 1);
            Node box = area.lookup(".selection-box");
            Bounds sel = box.localToScene(box.getLayoutBounds());
            assertEquals(letters.getMinX(), sel.getMinX(), 1.0, "selection left edge");
            assertEquals(letters.getMaxX(), sel.getMaxX(), 1.0, "selection right edge");
            Node caret = area.lookup(".caret-box");
            Bounds c = caret.localToScene(caret.getLayoutBounds());
            // The caret is at the selection's end: after the last letter, i.e. at the word's left edge.
            assertEquals(letters.getMinX(), (c.getMinX() + c.getMaxX()) / 2, 1.5, "caret at the end of the word");
            return null;
        });
    }

    @Test
    void characterBoundsAreWhereTheGlyphsAreAndLatinParagraphsRunLeftToRight() {
        call(() -> {
            for (FxSupport.Word w : FxSupport.words(area)) {
                int start = area.textArea().getAbsolutePosition(w.paragraph(), w.start());
                Bounds c = area.characterBounds(start).orElseThrow();
                Bounds node = w.scene();
                assertTrue(c.getMinX() >= node.getMinX() - 1 && c.getMaxX() <= node.getMaxX() + 1,
                        "first character of '" + w.text() + "' at " + c + " outside its node " + node);
            }
            Bounds t = area.characterBounds(at("The ministry")).orElseThrow();
            Bounds h = area.characterBounds(at("ministry")).orElseThrow();
            assertTrue(t.getMaxX() <= h.getMinX(), "English runs left to right");
            Bounds flow = area.lookup(".paragraph-text").localToScene(area.lookup(".paragraph-text").getLayoutBounds());
            assertTrue(t.getMinX() < flow.getMinX() + 15, "an English paragraph starts at the left edge");
            Bounds first = area.characterBounds(0).orElseThrow();
            assertTrue(first.getMaxX() > flow.getMaxX() - 15, "an Arabic paragraph starts at the right edge");
            return null;
        });
    }

    @Test
    void aVeryLongParagraphIsShownInPiecesWithArticleOffsets() {
        StringBuilder sb = new StringBuilder("مقدمة قصيرة\r\n");
        String[] words = {"قال", "المسؤول", "إن", "الحكومة", "ستفرج", "عن", "25", "محتجزا", "خلال", "أسبوع."};
        for (int i = 0; i < 5000; i++) {
            sb.append(words[i % words.length]).append(i < 4999 ? " " : "");
        }
        String text = sb.toString();
        run(() -> area.setArticleText(text));
        settle();
        assertTrue(call(() -> area.textArea().getParagraphs().size()) > 10, "shown in pieces");
        assertEquals(text, call(area::getArticleText), "the text handed back is the article's");
        int target = text.indexOf("الحكومة", 20_000);
        assertShownAndHighlighted(target, "الحكومة");
    }

    /**
     * The word at article offset {@code target} is the one drawn there, and a highlight over it
     * covers its glyphs (however the area split the article into display paragraphs).
     */
    private void assertShownAndHighlighted(int target, String word) {
        Span name = new Span(target, target + word.length());
        run(() -> {
            area.setHighlights(List.of(new Highlight(name, "probe-fill")));
            area.moveCaret(target);
        });
        settle();
        String shown = call(() -> {
            var pos = area.textArea().offsetToPosition(target, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
            return area.textArea().getParagraph(pos.getMajor()).getText()
                    .substring(pos.getMinor(), pos.getMinor() + word.length());
        });
        assertEquals(word, shown, "article offsets address the same characters on screen");
        PixelCheck check = PixelCheck.measure(area, stage, name, "probe-fill", 1);
        assertTrue(check.coverage() >= 0.70 && check.outside() < 0.10, check.toString());
    }

    /** A long article of short Arabic paragraphs, one of them over the piece length, with Windows line ends in places. */
    private static String longArticle(int chars) {
        String[] sentences = {"أعلنت وزارة الصحة أن عدد المصابين بلغ 45 حالة في مدينة الزاوية.",
            "وقال المتحدث نادر السويحلي إن الفرق الطبية وصلت صباح الأربعاء.",
            "ونفت البلدية في بيان أن تكون المستشفيات قد امتلأت بالمرضى.",
            "وذكرت صحيفة الوسط أن المساعدات تأخرت ثلاثة أيام عن موعدها."};
        StringBuilder sb = new StringBuilder();
        for (int p = 0; sb.length() < chars; p++) {
            int count = p == 40 ? 60 : 2 + p % 5;
            for (int k = 0; k < count; k++) {
                sb.append(sentences[(p + k) % sentences.length]).append(k < count - 1 ? " " : "");
            }
            sb.append(p % 7 == 3 ? "\r\n" : "\n");
        }
        return sb.append("آخر فقرة في المقال.").toString();
    }

    @Test
    void aLongArticleComesInSmallStepsAndEndsUpWholeWithArticleOffsets() {
        String text = longArticle(ArticleArea.SYNC_LOAD_LIMIT + 40_000);
        List<Integer> lengths = new CopyOnWriteArrayList<>();
        javafx.animation.AnimationTimer frames = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                lengths.add(area.getLength());
            }
        };
        int shownAtOnce = call(() -> {
            frames.start();
            area.setArticleText(text);
            assertTrue(area.loadingProperty().get(), "a long text loads over several frames");
            assertFalse(area.textArea().isEditable(), "read-only while loading");
            assertEquals(text, area.getArticleText(), "the article text is the whole text at once");
            return area.getLength();
        });
        assertEquals(0, shownAtOnce, "nothing in proportion to the text is done before the first frame");
        long end = System.nanoTime() + 60_000_000_000L;
        while (call(() -> area.loadingProperty().get()) && System.nanoTime() < end) {
            pause(50);
        }
        run(frames::stop);
        assertFalse(call(() -> area.loadingProperty().get()), "loaded");
        int firstShown = lengths.stream().filter(n -> n > 0).findFirst().orElseThrow();
        assertTrue(firstShown <= 2 * ArticleArea.SCREEN_CHUNK_CHARS,
                "the first frame with text gets about one paragraph, not a screenful: " + firstShown);
        assertEquals(text, call(area::getArticleText), "the text handed back is the article's");
        assertEquals(text.length(), (int) call(area::getLength), "one display character per article character");
        assertTrue(call(() -> area.textArea().isEditable()), "editable once loaded");
        int target = text.lastIndexOf("السويحلي");
        assertShownAndHighlighted(target, "السويحلي");
    }

    @Test
    void aTextSetWhileALongOneLoadsReplacesItAndNothingOfTheOldOneArrivesLater() {
        String text = longArticle(ArticleArea.SYNC_LOAD_LIMIT + 40_000);
        run(() -> {
            area.setArticleText(text);
            area.setArticleText(TEXT);
        });
        pause(1500);
        settle();
        assertEquals(TEXT, call(area::getArticleText));
        assertEquals(TEXT.length(), (int) call(area::getLength));
        assertFalse(call(() -> area.loadingProperty().get()));
        assertTrue(call(() -> area.textArea().isEditable()));
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
