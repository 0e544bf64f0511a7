package org.mizan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.ui.UiHarness.fx;
import static org.mizan.ui.UiHarness.waitFor;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.PickResult;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Files dragged from a file manager onto the window: real {@link DragEvent}s (DRAG_OVER, then
 * DRAG_DROPPED) carrying a {@link Dragboard} with the files, fired at the node under the drop point
 * so they travel the scene's event route as the platform's would.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DragAndDropWindowTest {

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

    /** What a file manager puts on the drag board: the files, offered for copying. */
    private static final class FilesBoard implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        FilesBoard(Map<DataFormat, Object> initial) {
            content.putAll(initial);
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @SafeVarargs
        @Override
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            for (Pair<DataFormat, Object> p : pairs) {
                content.put(p.getKey(), p.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return EnumSet.of(TransferMode.COPY, TransferMode.LINK);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    private static Dragboard board(Map<DataFormat, Object> content) {
        return fx(() -> DragboardHelper.createDragboard(new FilesBoard(content)));
    }

    private static Dragboard files(Path... paths) {
        List<File> list = java.util.Arrays.stream(paths).map(Path::toFile).toList();
        return board(Map.of(DataFormat.FILES, list));
    }

    /** Fires a drag event of {@code type} at the middle of the tab area, as the platform would; returns it. */
    private DragEvent fire(javafx.event.EventType<DragEvent> type, Dragboard board) {
        return fx(() -> {
            Node target = ui.window.tabs;
            Bounds b = target.localToScene(target.getBoundsInLocal());
            double x = b.getCenterX();
            double y = b.getCenterY();
            Bounds s = target.localToScreen(target.getBoundsInLocal());
            DragEvent e = new DragEvent(ui.window.scene(), target, type, board, x, y, s.getCenterX(), s.getCenterY(),
                    TransferMode.COPY, null, null, new PickResult(target, x, y));
            Event.fireEvent(target, e);
            return e;
        });
    }

    @Test
    void filesDraggedOverAreAcceptedAndDroppedOnesOpenInTabs() throws Exception {
        Path roads = UiHarness.write(dir, "طرق.txt", ReaderFixture.ARTICLE);
        Path other = UiHarness.write(dir, "other.txt", ReaderFixture.OTHER);

        DragEvent over = fire(DragEvent.DRAG_OVER, files(roads, other));
        assertTrue(over.isAccepted(), "files are accepted");
        assertEquals(TransferMode.COPY, over.getAcceptedTransferMode());
        DragEvent text = fire(DragEvent.DRAG_OVER, board(Map.of(DataFormat.PLAIN_TEXT, "نص")));
        assertFalse(text.isAccepted(), "dragged text is not a file to open");

        DragEvent drop = fire(DragEvent.DRAG_DROPPED, files(roads, other));
        assertTrue(drop.isDropCompleted());
        waitFor(() -> ui.window.tabs.getTabs().size() == 2 && ui.model.documents().size() == 2
                && ui.model.documents().stream().allMatch(DocumentViewModel::analysisCurrent));
        assertEquals(List.of("طرق.txt", "other.txt"), fx(() -> ui.window.tabs.getTabs().stream().map(t -> t.getText())
                .toList()));
        assertEquals(ReaderFixture.ARTICLE, fx(() -> ui.model.documents().getFirst().text()));

        DragEvent nothing = fire(DragEvent.DRAG_DROPPED, board(Map.of(DataFormat.PLAIN_TEXT, "نص")));
        assertFalse(nothing.isDropCompleted(), "a drop without files is refused");
        assertEquals(2, fx(() -> ui.window.tabs.getTabs().size()));
    }

    @Test
    void aDroppedUnreadableFileShowsOneErrorDialogAndChangesNothing(FxRobot robot) throws Exception {
        Path roads = UiHarness.write(dir, "طرق.txt", ReaderFixture.ARTICLE);
        fire(DragEvent.DRAG_DROPPED, files(roads));
        waitFor(() -> ui.model.documents().size() == 1 && ui.model.selected().analysisCurrent());
        DocumentViewModel before = fx(ui.model::selected);

        Path binary = Files.write(dir.resolve("صورة.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
            0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path empty = Files.write(dir.resolve("فارغ.txt"), new byte[0]);
        assertTrue(fire(DragEvent.DRAG_OVER, files(binary, empty)).isAccepted(), "the window cannot tell before reading");
        assertTrue(fire(DragEvent.DRAG_DROPPED, files(binary, empty)).isDropCompleted());

        waitFor(() -> ui.window.problemDialog != null && ui.window.problemDialog.isShowing());
        Label text = (Label) robot.lookup("#problem-text").query();
        waitFor(() -> text.getText().lines().count() == 2);
        String shown = fx(text::getText);
        assertTrue(shown.contains("صورة.txt") && shown.contains("فارغ.txt"), shown);
        assertEquals(1, robot.lookup("#problem-dialog").queryAll().size(), "one dialog for both files");
        robot.clickOn(robot.lookup("#problem-dialog .button").queryButton());
        waitFor(() -> !ui.window.problemDialog.isShowing());

        assertEquals(1, fx(() -> ui.model.documents().size()), "nothing opened, nothing closed");
        assertEquals(1, fx(() -> ui.window.tabs.getTabs().size()));
        assertEquals(before, fx(ui.model::selected));
        assertEquals(ReaderFixture.ARTICLE, fx(before::text));
        assertFalse(fx(() -> ui.model.recentFiles().contains(binary.toAbsolutePath())));
        assertEquals(0, Files.size(empty), "the dropped files are not touched");
    }
}
