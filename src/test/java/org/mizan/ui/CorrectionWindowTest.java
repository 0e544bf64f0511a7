package org.mizan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.ui.UiHarness.fx;
import static org.mizan.ui.UiHarness.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.io.ReviewStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Corrections from the side panel's menu, dropped files, the cannot-open dialog and recent files, on screen. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CorrectionWindowTest {

    @TempDir
    static Path data;

    private final List<ReviewBook.Problem> reviewProblems = new CopyOnWriteArrayList<>();
    private final UiHarness ui = new UiHarness(ReviewBook.files(new ReviewStore(data.resolve("app-data")), reviewProblems::add));

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        ui.start(stage, Language.ENGLISH);
    }

    @AfterEach
    void stop() {
        ui.stop();
    }

    /** The node of a menu entry that is on screen (a menu's item nodes also exist off screen). */
    private static Node shown(FxRobot robot, String query) {
        waitFor(() -> robot.lookup(query).match((Node n) -> n.getScene() != null && n.isVisible()).tryQuery().isPresent());
        return robot.lookup(query).match((Node n) -> n.getScene() != null && n.isVisible()).query();
    }

    private Node actorCell(String canonical) {
        waitFor(() -> ui.window.side.actors.lookupAll(".list-cell").stream().anyMatch(n -> isActor(n, canonical)));
        return fx(() -> ui.window.side.actors.lookupAll(".list-cell").stream().filter(n -> isActor(n, canonical))
                .findFirst().orElseThrow());
    }

    private static boolean isActor(Node n, String canonical) {
        return n instanceof ListCell<?> c && c.getItem() instanceof PanelRows.ActorRow r && r.canonical().equals(canonical)
                && c.getGraphic() != null;
    }

    private boolean styled(DocumentViewModel d, String words, String styleClass) {
        DocumentView v = ui.view(d);
        int at = fx(() -> v.editor.getText().indexOf(words));
        return fx(() -> v.editor.styleClassesAt(at).contains(styleClass));
    }

    @Test
    void aCorrectionFromTheSidePanelSurvivesClosingAndReopening(FxRobot robot) throws Exception {
        Path roads = UiHarness.write(dir, "roads.txt", ReaderFixture.ARTICLE);
        DocumentViewModel doc = ui.open(roads);
        waitFor(() -> styled(doc, "حلب", "actor-location"));

        robot.rightClickOn(actorCell("حلب"));
        robot.clickOn(shown(robot, "#correct-type"));
        // Into the submenu along its first row (a diagonal path would cross the next item and close it).
        robot.moveTo(shown(robot, "#correct-type-person"));
        robot.clickOn(shown(robot, "#correct-type-organization"));
        waitFor(() -> styled(doc, "حلب", "actor-organization"));
        assertTrue(fx(() -> ui.model.statusProperty().get()).contains("حلب"));
        assertTrue(Files.readString(dir.resolve("roads.txt" + ReviewStore.SUFFIX)).contains("ORGANIZATION"),
                "autosaved beside the article");

        fx(() -> ui.model.close(doc));
        waitFor(() -> ui.model.documents().isEmpty());
        DocumentViewModel again = ui.open(roads);
        waitFor(() -> styled(again, "حلب", "actor-organization"));
        assertFalse(styled(again, "حلب", "actor-location"));
        assertTrue(reviewProblems.isEmpty(), reviewProblems.toString());
    }

    @Test
    void droppedFilesOpenInTabsAndABadOneShowsADialogThatChangesNothing(FxRobot robot) throws Exception {
        Path roads = UiHarness.write(dir, "roads.txt", ReaderFixture.ARTICLE);
        Path other = UiHarness.write(dir, "other.txt", ReaderFixture.OTHER);
        assertTrue(fx(() -> ui.window.dropped(List.of(roads.toFile(), other.toFile()))));
        waitFor(() -> ui.window.tabs.getTabs().size() == 2 && ui.model.documents().size() == 2);
        assertFalse(fx(() -> ui.window.dropped(List.of())), "a drop without files is refused");

        Path binary = Files.write(dir.resolve("صورة.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
            0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        fx(() -> ui.window.dropped(List.of(binary.toFile(), empty.toFile())));
        waitFor(() -> ui.window.problemDialog != null && ui.window.problemDialog.isShowing());
        Label text = (Label) robot.lookup("#problem-text").query();
        assertNotNull(text);
        waitFor(() -> text.getText().contains("empty.txt"));
        String shown = fx(text::getText);
        assertTrue(shown.contains("صورة.txt"), shown);
        assertEquals(2, shown.lines().count(), "one line per file, in one dialog: " + shown);
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        waitFor(() -> !ui.window.problemDialog.isShowing());
        assertEquals(2, fx(() -> ui.model.documents().size()), "nothing opened, nothing closed");
        assertEquals(2, fx(() -> ui.window.tabs.getTabs().size()));
        assertFalse(fx(() -> ui.model.recentFiles().contains(binary.toAbsolutePath())));
    }

    @Test
    void recentFilesAreRememberedAcrossARestartAndReopenFromTheMenu(FxRobot robot) throws Exception {
        Path roads = UiHarness.write(dir, "roads.txt", ReaderFixture.ARTICLE);
        DocumentViewModel doc = ui.open(roads);
        fx(() -> ui.model.close(doc));
        waitFor(() -> ui.model.documents().isEmpty());
        // A later run reads the same preferences.
        assertEquals(roads.toAbsolutePath(), new Settings(ui.prefs).recentFiles().getFirst());

        robot.clickOn("#menu-file");
        robot.clickOn("#menu-recent");
        robot.clickOn("roads.txt   " + dir);
        waitFor(() -> ui.model.documents().size() == 1 && ui.model.selected().analysisCurrent());
        assertEquals(roads.toAbsolutePath(), fx(() -> ui.model.selected().fileProperty().get()));
    }
}
