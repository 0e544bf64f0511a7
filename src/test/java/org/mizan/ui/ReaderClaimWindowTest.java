package org.mizan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.ui.UiHarness.fx;
import static org.mizan.ui.UiHarness.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.io.Corrections;
import org.mizan.io.ReviewStore;
import org.mizan.model.Claim;
import org.mizan.model.Polarity;
import org.mizan.model.Span;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A claim the analysis missed, marked from the article; a note of the reader's own; both kept and exported. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReaderClaimWindowTest {

    /** The fixture article plus a sentence the fixture pipeline finds no claim in (it has no listed cue). */
    static final String ARTICLE = ReaderFixture.ARTICLE
            + "\nوتُظهر وثائق البلدية أن الحكومة أنفقت 95 مليون دولار فقط على الطرق، بحسب ما اطّلع عليه مراسلنا.";
    static final String MISSED = "الحكومة أنفقت 95 مليون دولار فقط على الطرق";
    static final String NOTE = "اطلب نسخة من وثائق البلدية";

    @TempDir
    static Path data;

    private final List<ReviewBook.Problem> problems = new CopyOnWriteArrayList<>();
    private final UiHarness ui = new UiHarness(ReviewBook.files(new ReviewStore(data.resolve("app-data")), problems::add));

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

    private static Optional<Claim> mine(DocumentViewModel d) {
        return d.analysis().claims().stream().filter(Corrections::readerAdded).findFirst();
    }

    private DialogPane dialog(FxRobot robot, String id) {
        waitFor(() -> robot.lookup(id).tryQuery().isPresent());
        return robot.lookup(id).queryAs(DialogPane.class);
    }

    private static void ok(FxRobot robot, DialogPane pane) {
        robot.clickOn(fx(() -> (Button) pane.lookupButton(ButtonType.OK)));
    }

    private ListCell<?> claimCell(String words) {
        fx(() -> ui.window.side.accordion.setExpandedPane(ui.window.side.accordion.getPanes().get(2)));
        // the list is virtual: only rows scrolled into view have cells
        waitFor(() -> ui.window.side.claims.getItems().stream().anyMatch(r -> r.content().equals(words)));
        fx(() -> ui.window.side.claims.scrollTo(ui.window.side.claims.getItems().stream()
                .filter(r -> r.content().equals(words)).findFirst().orElseThrow()));
        waitFor(() -> ui.window.side.claims.lookupAll(".list-cell").stream().anyMatch(n -> isClaim(n, words)));
        return fx(() -> (ListCell<?>) ui.window.side.claims.lookupAll(".list-cell").stream()
                .filter(n -> isClaim(n, words)).findFirst().orElseThrow());
    }

    /** The node of a menu entry that is on screen (a menu's item nodes also exist off screen). */
    private static Node shown(FxRobot robot, String query) {
        waitFor(() -> robot.lookup(query).match((Node n) -> n.getScene() != null && n.isVisible()).tryQuery().isPresent());
        return robot.lookup(query).match((Node n) -> n.getScene() != null && n.isVisible()).query();
    }

    private static boolean isClaim(Node n, String words) {
        return n instanceof ListCell<?> c && c.getItem() instanceof PanelRows.ClaimRow r && r.content().equals(words);
    }

    @Test
    void aMissedClaimMarkedFromTheArticleIsListedHighlightedContradictedSavedAndRemovable(FxRobot robot)
            throws Exception {
        Path file = UiHarness.write(dir, "roads.txt", ARTICLE);
        DocumentViewModel doc = ui.open(file);
        assertEquals(1, fx(() -> ui.model.reviewItems(doc).size()), "120 against 80 million");
        DocumentView v = ui.view(doc);
        Span missed = ReaderFixture.first(ARTICLE, MISSED);

        // Select the words, press the shortcut, answer the dialog with the mouse.
        fx(() -> v.editor.select(missed));
        fx(() -> v.editor.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        DialogPane pane = dialog(robot, "#claim-dialog");
        assertTrue(fx(() -> pane.getHeaderText()).contains(MISSED));
        robot.clickOn(fx(() -> pane.lookup("#claim-source-anonymous")));
        ok(robot, pane);

        waitFor(() -> doc.analysisCurrent() && mine(doc).isPresent());
        Claim claim = mine(doc).orElseThrow();
        assertEquals(missed, claim.span());
        assertTrue(claim.source().isEmpty(), "anonymous: no one named");
        assertTrue(fx(() -> v.editor.styleClassesAt(missed.start() + 2)).contains(Highlights.CLAIM)
                || fx(() -> v.editor.styleClassesAt(missed.start() + 2)).contains(Highlights.CONTRADICTED));
        // It takes part in the contradiction search: it now conflicts with both figures.
        waitFor(() -> ui.model.reviewItems(doc).size() == 3);
        claimCell(MISSED);
        // read in one pass on the FX thread: a virtual list may give the cell another row in between
        waitFor(() -> ui.window.side.claims.lookupAll(".list-cell").stream().anyMatch(n -> isClaim(n, MISSED)
                && ((ListCell<?>) n).getText() != null && ((ListCell<?>) n).getText().contains("added by you")
                && n.getStyleClass().contains("claim-added-row")));
        assertFalse(fx(() -> ui.window.side.claims.lookupAll(".list-cell").stream().anyMatch(n -> !isClaim(n, MISSED)
                && n.getStyleClass().contains("claim-added-row"))), "only the reader's claim is marked as theirs");
        String saved = Files.readString(dir.resolve("roads.txt" + ReviewStore.SUFFIX));
        assertTrue(saved.contains("\"ADD\"") && saved.contains(MISSED), saved);

        // Closing and reopening the article (a new analysis) brings it back.
        fx(() -> ui.model.close(doc));
        waitFor(() -> ui.model.documents().isEmpty());
        DocumentViewModel again = ui.open(file);
        waitFor(() -> mine(again).isPresent() && ui.model.reviewItems(again).size() == 3);

        // "Remove my claim" undoes it; "Not a claim" is not offered for it.
        robot.rightClickOn(claimCell(MISSED));
        assertFalse(fx(() -> ui.window.side.claimMenu.getItems().stream()
                .filter(i -> "correct-remove-claim".equals(i.getId())).findFirst().orElseThrow().isVisible()));
        robot.clickOn(shown(robot, "#correct-remove-mine"));
        waitFor(() -> again.analysisCurrent() && mine(again).isEmpty());
        waitFor(() -> ui.model.reviewItems(again).size() == 1);
        assertFalse(Files.readString(dir.resolve("roads.txt" + ReviewStore.SUFFIX)).contains("\"ADD\""));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void theSourceCanBeAnActorFromTheListOrTheWordsSelectedNext() {
        DocumentViewModel doc = ui.open(write());
        DocumentView v = ui.view(doc);
        Span missed = ReaderFixture.first(ARTICLE, MISSED);

        // an actor from the list: its mention nearest the claim is the source's words
        fx(() -> ui.window.markClaim(v, missed, new ClaimDialog.Choice(new ClaimDialog.Actor("سامر الخطيب"),
                Polarity.AFFIRMED)));
        waitFor(() -> doc.analysisCurrent() && mine(doc).isPresent());
        var source = mine(doc).orElseThrow().source().orElseThrow();
        assertEquals(Optional.of("سامر الخطيب"), source.canonical());
        assertTrue(source.named());
        assertEquals("الخَطِيبُ", source.span().of(ARTICLE), "the nearest mention, in the sentence before");

        // the words selected next: the claim waits for them, then takes them as its source
        fx(() -> ui.model.corrector().removeClaim(doc, mine(doc).orElseThrow()));
        waitFor(() -> doc.analysisCurrent() && mine(doc).isEmpty());
        fx(() -> ui.window.markClaim(v, missed, new ClaimDialog.Choice(new ClaimDialog.NextSelection(),
                Polarity.AFFIRMED)));
        assertTrue(fx(() -> ui.model.statusProperty().get()).contains("select the words of the claim's source"));
        assertTrue(mine(doc).isEmpty(), "nothing recorded before the source is chosen");
        Span documents = ReaderFixture.first(ARTICLE, "وثائق البلدية");
        fx(() -> v.editor.select(documents));
        fx(() -> ui.window.run("markClaim"));
        waitFor(() -> doc.analysisCurrent() && mine(doc).isPresent());
        var chosen = mine(doc).orElseThrow().source().orElseThrow();
        assertEquals(documents, chosen.span());
        assertFalse(chosen.named(), "no actor in those words: an anonymous source");
    }

    private Path write() {
        try {
            return UiHarness.write(dir, "roads.txt", ARTICLE);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aNoteOnSelectedWordsIsListedAndPrintedInTheExportedPdf(FxRobot robot) throws Exception {
        DocumentViewModel doc = ui.open(write());
        DocumentView v = ui.view(doc);
        Span words = ReaderFixture.first(ARTICLE, "وثائق البلدية");
        fx(() -> v.editor.select(words));
        fx(() -> v.editor.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        DialogPane pane = dialog(robot, "#note-dialog");
        fx(() -> ((TextField) pane.lookup("#note-text")).setText(NOTE));
        ok(robot, pane);

        waitFor(() -> ui.window.side.notes.getItems().size() == 1);
        assertEquals(new Corrector.PlacedNote(words, NOTE), fx(() -> ui.window.side.notes.getItems().getFirst()));
        assertTrue(Files.readString(dir.resolve("roads.txt" + ReviewStore.SUFFIX)).contains(NOTE));

        Path pdf = dir.resolve("roads.pdf");
        fx(() -> ui.model.exportPdf(doc, pdf)).get(60, java.util.concurrent.TimeUnit.SECONDS);
        try (PDDocument out = Loader.loadPDF(pdf.toFile())) {
            int found = 0;
            for (PDPage page : out.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationHighlight && NOTE.equals(a.getContents())) {
                        found++;
                    }
                }
            }
            assertEquals(1, found, "the note is a highlight carrying its text");
        }

        // deleting it from the notes list
        fx(() -> ui.window.side.accordion.setExpandedPane(ui.window.side.accordion.getPanes().get(4)));
        waitFor(() -> ui.window.side.notes.lookupAll(".list-cell").stream()
                .anyMatch(n -> n instanceof ListCell<?> c && c.getItem() != null));
        robot.rightClickOn(fx(() -> ui.window.side.notes.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() != null).findFirst().orElseThrow()));
        robot.clickOn(shown(robot, "#correct-remove-note"));
        waitFor(() -> ui.window.side.notes.getItems().isEmpty());
        assertFalse(Files.readString(dir.resolve("roads.txt" + ReviewStore.SUFFIX)).contains(NOTE));
    }

    @Test
    void theNewEntriesAreInTheEditMenuWithTheirShortcutsAndReadableLabels(FxRobot robot) {
        ui.open(write());
        robot.clickOn("#menu-edit");
        for (String[] entry : new String[][] {{"markClaim", "Mark as Claim…", "M"}, {"addNote", "Add Note…", "K"}}) {
            Node content = shown(robot, "#menu-" + entry[0] + " .menu-action");
            javafx.scene.control.Label label = fx(() -> (javafx.scene.control.Label)
                    ((javafx.scene.layout.HBox) content).getChildren().getFirst());
            assertEquals(entry[1], fx(label::getText));
            // the label must show on the menu's light background (Modena painted these white)
            javafx.scene.paint.Color fill = (javafx.scene.paint.Color) fx(label::getTextFill);
            assertTrue(fill.getBrightness() < 0.5, "dark text: " + fill);
            assertTrue(fx(() -> ((javafx.scene.control.Label) ((javafx.scene.layout.HBox) content).getChildren().getLast())
                    .getText()).endsWith("+" + entry[2]));
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        fx(() -> ui.model.messages().languageProperty().set(Language.ARABIC));
        waitFor(() -> ui.window.side.accordion.getPanes().get(4).getText().equals("ملاحظاتي"));
    }
}
