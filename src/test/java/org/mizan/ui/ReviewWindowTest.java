package org.mizan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.ui.UiHarness.fx;
import static org.mizan.ui.UiHarness.waitFor;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.model.ReviewStatus;
import org.mizan.model.Span;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReviewWindowTest {

    private final UiHarness ui = new UiHarness(ReviewBook.inMemory());

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        ui.start(stage, Language.ARABIC);
    }

    @AfterEach
    void stop() {
        ui.stop();
    }

    @Test
    void aContradictionOpensTheSideBySideViewWithBothClaims(FxRobot robot) throws Exception {
        ui.open(UiHarness.write(dir, "roads.txt", ReaderFixture.ARTICLE));
        ui.openReviewFromPanel(robot);
        ReviewView r = ui.window.review;
        String left = fx(r.first.editor::getText);
        String right = fx(r.second.editor::getText);
        assertTrue(left.contains("الحكومة أنفقت 120 مليون دولار"), left);
        assertTrue(left.startsWith("قال وزير المالية"), "the whole sentence is the context: " + left);
        assertTrue(right.contains("المبلغ لم يتجاوز 80 مليون دولار"), right);
        assertTrue(fx(r.first.source::getText).contains("وزير المالية سامر الخطيب"));
        assertTrue(fx(r.second.source::getText).contains("مصدرًا مسؤولًا في البلدية"));
        assertTrue(fx(r.second.source::getText).contains("مجهول"), "an anonymous source is labelled so");
        assertTrue(fx(r.explanation::getText).contains("مبلغًا"), "the explanation is shown in Arabic");
        // The claim is selected and its highlights drawn in the pane.
        Span claim = fx(r.second.editor::selection);
        assertEquals("المبلغ لم يتجاوز 80 مليون دولار", claim.of(right));
        int money = right.indexOf("80 مليون دولار");
        assertTrue(fx(() -> r.second.editor.styleClassesAt(money).contains("figure-money")));
        assertTrue(fx(() -> r.first.editor.styleClassesAt(left.indexOf("سامر")).contains("actor-person")));

        // Jump back to the passage in the article.
        robot.clickOn("#review-second-jump");
        waitFor(() -> ui.window.tabs.getSelectionModel().getSelectedItem().getUserData() instanceof DocumentView);
        DocumentView v = fx(() -> (DocumentView) ui.window.tabs.getSelectionModel().getSelectedItem().getUserData());
        assertEquals(ReaderFixture.first(ReaderFixture.ARTICLE, "المبلغ لم يتجاوز 80 مليون دولار"),
                fx(v.editor::selection));
    }

    @Test
    void confirmAndDismissSurviveClosingAndReopening(FxRobot robot) throws Exception {
        Path roads = UiHarness.write(dir, "roads.txt", ReaderFixture.ARTICLE);
        Path other = UiHarness.write(dir, "other.txt", ReaderFixture.OTHER);
        ui.open(roads);
        ui.open(other);
        // One contradiction inside roads.txt, two across the articles (the other article's figure).
        waitFor(() -> ui.model.crossArticle().size() == 2);
        fx(() -> ui.window.run("review"));
        waitFor(() -> ui.model.review().items().size() == 3);
        assertEquals(0, fx(() -> ui.model.review().indexProperty().get()));
        robot.clickOn("#review-confirm");
        robot.press(KeyCode.F8).release(KeyCode.F8);
        waitFor(() -> ui.model.review().indexProperty().get() == 1);
        assertTrue(fx(() -> ui.model.review().current().crossArticle()), "cross-article pairs open in the same view");
        assertTrue(fx(ui.window.review.second.article::getText).contains("other.txt")
                || fx(ui.window.review.first.article::getText).contains("other.txt"));
        robot.clickOn("#review-dismiss");
        assertEquals("مرفوض", fx(ui.window.review.status::getText));

        // Close every tab, open the files again: the decisions are still there.
        for (DocumentViewModel d : fx(() -> List.copyOf(ui.model.documents()))) {
            fx(() -> ui.model.close(d));
        }
        fx(() -> ui.window.tabs.getTabs().clear());
        waitFor(() -> ui.model.documents().isEmpty());
        ui.open(roads);
        ui.open(other);
        waitFor(() -> ui.model.crossArticle().size() == 2);
        fx(() -> ui.window.run("review"));
        waitFor(() -> ui.model.review().items().size() == 3);
        List<ReviewStatus> statuses = fx(() -> ui.model.review().items().stream()
                .map(it -> ui.model.decisions().status(it)).toList());
        assertEquals(List.of(ReviewStatus.CONFIRMED, ReviewStatus.DISMISSED, ReviewStatus.UNREVIEWED), statuses);
        fx(() -> ui.model.review().indexProperty().set(0));
        assertEquals("مؤكَّد", fx(ui.window.review.status::getText));
        robot.press(KeyCode.SHIFT, KeyCode.F8).release(KeyCode.F8, KeyCode.SHIFT);
        waitFor(() -> ui.model.review().indexProperty().get() == 2);
    }

    @Test
    void theSideBySidePanesKeepTheRtlGuarantees(FxRobot robot) throws Exception {
        ui.open(UiHarness.write(dir, "roads.txt", ReaderFixture.ARTICLE));
        ui.openReviewFromPanel(robot);
        ReviewView r = ui.window.review;
        for (ReviewView.ClaimPane pane : List.of(r.first, r.second)) {
            var area = pane.editor.textNode();
            assertEquals(NodeOrientation.RIGHT_TO_LEFT, fx(area::getEffectiveNodeOrientation));
            List<Text> texts = fx(() -> area.lookupAll(".text").stream().filter(n -> n instanceof Text t
                    && !t.getText().isEmpty() && t.isVisible()).map(n -> (Text) n).toList());
            assertFalse(texts.isEmpty());
            Bounds view = fx(() -> area.localToScene(area.getLayoutBounds()));
            double lineTop = Double.MAX_VALUE;
            double firstLineRight = -1;
            for (Text t : texts) {
                Bounds b = fx(() -> t.localToScene(t.getBoundsInLocal()));
                // Wrapping: no run draws past either edge of its pane (the JavaFX wrapped-Arabic defect would).
                assertTrue(b.getMinX() >= view.getMinX() - 1 && b.getMaxX() <= view.getMaxX() + 1,
                        "run '" + t.getText() + "' inside its pane " + b + " vs " + view);
                // Words are separate runs, so a line break never falls inside one.
                assertFalse(t.getText().strip().contains(" "), "one word per run: '" + t.getText() + "'");
                if (b.getMinY() < lineTop - 1) {
                    lineTop = b.getMinY();
                    firstLineRight = b.getMaxX();
                } else if (Math.abs(b.getMinY() - lineTop) <= 1) {
                    firstLineRight = Math.max(firstLineRight, b.getMaxX());
                }
            }
            // Right-to-left: the first line starts at the right edge of the pane.
            assertTrue(view.getMaxX() - firstLineRight < 40, "first line is right-aligned: " + firstLineRight + " vs " + view);
            double height = fx(() -> texts.stream().mapToDouble(t -> t.localToScene(t.getBoundsInLocal()).getMaxY())
                    .max().orElse(0) - texts.stream().mapToDouble(t -> t.localToScene(t.getBoundsInLocal()).getMinY())
                    .min().orElse(0));
            assertTrue(height > 1.5 * fx(() -> texts.getFirst().getBoundsInLocal().getHeight()),
                    "the sentence wraps over several lines in a half-width pane");
            // Clicking a word puts the caret inside that word.
            Text word = texts.stream().filter(t -> t.getText().strip().length() >= 4).findFirst().orElseThrow();
            robot.clickOn(word);
            String full = fx(pane.editor::getText);
            int caret = fx(pane.editor::caretPosition);
            firstIndexOfWordAround(full, word.getText().strip(), caret);
        }
    }

    /** The start of the occurrence of {@code word} that contains {@code caret}, or fails. */
    private static int firstIndexOfWordAround(String text, String word, int caret) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            if (caret >= i && caret <= i + word.length()) {
                return i;
            }
        }
        throw new AssertionError("caret " + caret + " is not inside any '" + word + "'");
    }
}
