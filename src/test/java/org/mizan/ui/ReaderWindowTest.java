package org.mizan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.ui.UiHarness.fx;
import static org.mizan.ui.UiHarness.waitFor;

import java.nio.file.Path;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.model.Span;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReaderWindowTest {

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

    /** Arabic-Indic digits to ASCII, so counts compare whatever digits the locale uses. */
    static String ascii(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660') : (char) c));
        return b.toString();
    }

    private static boolean has(ArticleEditor e, int offset, String styleClass) {
        return fx(() -> e.styleClassesAt(offset).contains(styleClass));
    }

    @Test
    void openingAFileShowsHighlightsAtTheRightOffsets() throws Exception {
        DocumentViewModel doc = ui.open(UiHarness.write(dir, "roads.txt", ReaderFixture.ARTICLE));
        ArticleEditor editor = ui.view(doc).editor;
        String text = ReaderFixture.ARTICLE;
        assertEquals(text, fx(editor::getText));
        Span samer = ReaderFixture.first(text, "سامر الخطيب");
        for (int i = samer.start(); i < samer.end(); i++) {
            assertTrue(has(editor, i, "actor-person"), "person highlight at " + i);
        }
        assertFalse(has(editor, samer.start() - 2, "actor-person"), "the word before the name is not an actor");
        Span money = ReaderFixture.first(text, "80 مليون دولار");
        assertTrue(has(editor, money.start(), "figure-money"));
        assertTrue(has(editor, money.end() - 1, "figure-money"));
        Span anon = ReaderFixture.first(text, "مصدرًا مسؤولًا");
        assertTrue(has(editor, anon.start(), Highlights.SOURCE_ANONYMOUS));
        Span contradicted = ReaderFixture.first(text, "المبلغ لم يتجاوز");
        assertTrue(has(editor, contradicted.start() + 1, Highlights.CONTRADICTED));
        Span uncontested = ReaderFixture.first(text, "نسبة الإنجاز");
        assertFalse(has(editor, uncontested.start() + 1, Highlights.CONTRADICTED));
        assertTrue(fx(() -> ui.window.counts.getText()).contains("5"), "actor count shown in the status bar");

        // Switching the figures layer off removes their highlights and nothing else.
        fx(() -> ui.model.layer(Layer.FIGURES, false));
        assertFalse(has(editor, money.start(), "figure-money"));
        assertTrue(has(editor, samer.start(), "actor-person"));
        assertFalse(ui.prefs.getBoolean("layer.FIGURES", true), "the layer choice is remembered");
    }

    @Test
    void clickingAHighlightedWordShowsItsActor(FxRobot robot) throws Exception {
        DocumentViewModel doc = ui.open(UiHarness.write(dir, "roads.txt", ReaderFixture.ARTICLE));
        ArticleEditor editor = ui.view(doc).editor;
        Text word = fx(() -> editor.textNode().lookupAll(".text").stream()
                .filter(n -> n instanceof Text t && t.getText().strip().equals("حلب")).map(n -> (Text) n)
                .findFirst().orElseThrow());
        robot.clickOn(word);
        waitFor(() -> ui.window.side.actors.getSelectionModel().getSelectedItem() != null);
        assertEquals("حلب", fx(() -> ui.window.side.actors.getSelectionModel().getSelectedItem().canonical()));
        assertTrue(fx(() -> ui.model.statusProperty().get()).contains("حلب"));
        assertTrue(fx(() -> ui.model.statusProperty().get()).contains("مكان"), "the actor's type is named");

        // Clicking the actor in the panel walks through its mentions.
        fx(() -> ui.window.side.accordion.setExpandedPane(ui.window.side.accordion.getPanes().getFirst()));
        Node samerRow = fx(() -> ui.window.side.actors.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof PanelRows.ActorRow r
                        && r.canonical().equals("سامر الخطيب")).findFirst().orElseThrow());
        robot.clickOn(samerRow);
        waitFor(() -> editor.selection().length() > 0);
        Span sel = fx(editor::selection);
        String selected = sel.of(ReaderFixture.ARTICLE);
        assertTrue(selected.equals("الخطيب") || selected.equals("الخَطِيبُ") || selected.equals("سامر الخطيب"),
                selected);
        robot.clickOn(samerRow);
        waitFor(() -> !editor.selection().equals(sel));
        assertTrue(fx(editor::selection).start() != sel.start(), "the next click goes to the next mention");
    }

    @Test
    void editingUpdatesHighlights() throws Exception {
        DocumentViewModel doc = ui.open(UiHarness.write(dir, "roads.txt", ReaderFixture.ARTICLE));
        ArticleEditor editor = ui.view(doc).editor;
        var analysisBefore = fx(doc::analysis);
        String intro = "صرّح رامي العلي صباح اليوم.\n";
        // The same change a keystroke makes: an edit of the text area's document.
        fx(() -> editor.area().textArea().insertText(0, intro));
        waitFor(() -> doc.analysis() != analysisBefore && doc.analysisCurrent());
        String text = fx(editor::getText);
        assertTrue(text.startsWith(intro));
        Span rami = ReaderFixture.first(text, "رامي العلي");
        assertTrue(has(editor, rami.start(), "actor-person"), "the new name is highlighted");
        Span samer = ReaderFixture.first(text, "سامر الخطيب");
        assertTrue(has(editor, samer.start(), "actor-person"), "older names moved with the text");
        assertTrue(has(editor, samer.end() - 1, "actor-person"));
        assertTrue(fx(() -> ui.window.side.actors.getItems().stream().anyMatch(r -> r.canonical().equals("رامي العلي"))));
        assertTrue(fx(() -> doc.dirtyProperty().get()));
        assertTrue(fx(() -> doc.title().equals("roads.txt")));

        fx(editor::undo);
        waitFor(() -> doc.analysisCurrent() && !doc.text().contains("رامي"));
        assertFalse(fx(() -> ui.window.side.actors.getItems().stream().anyMatch(r -> r.canonical().equals("رامي العلي"))));
    }

    @Test
    void findMatchesUndiacritisedQueries(FxRobot robot) throws Exception {
        DocumentViewModel doc = ui.open(UiHarness.write(dir, "roads.txt", ReaderFixture.ARTICLE));
        ArticleEditor editor = ui.view(doc).editor;
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitFor(() -> ui.window.findBar.isVisible());
        fx(() -> ui.window.findBar.field.setText("واكد الخطيب"));
        waitFor(() -> editor.selection().length() > 0);
        String text = ReaderFixture.ARTICLE;
        Span expected = ReaderFixture.first(text, "وَأَكَّدَ الخَطِيبُ");
        assertEquals(expected, fx(editor::selection));
        assertTrue(has(editor, expected.start(), Highlights.FIND_MATCH));
        assertTrue(has(editor, expected.end() - 1, Highlights.FIND_MATCH));
        assertEquals("1 من 1", ascii(fx(() -> ui.window.findBar.count.getText())));

        fx(() -> ui.window.findBar.field.setText("الحكومة"));
        waitFor(() -> ascii(ui.window.findBar.count.getText()).endsWith("من 3"));
        Span tatweel = ReaderFixture.first(text, "الحكـــومة");
        assertTrue(has(editor, tatweel.start(), Highlights.FIND_MATCH), "tatweel ignored");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> !ui.window.findBar.isVisible());
        assertFalse(has(editor, tatweel.start(), Highlights.FIND_MATCH), "closing find clears its marks");
    }

    @Test
    void theLanguageSwitchesAtRunTimeAndMirrorsTheLayout() {
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, fx(() -> ui.window.root().getEffectiveNodeOrientation()));
        Menu file = fx(() -> ((javafx.scene.control.MenuBar) ui.window.root().lookup("#menu-bar")).getMenus().getFirst());
        assertEquals("ملف", fx(file::getText));
        fx(() -> ui.window.run("english"));
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, fx(() -> ui.window.root().getEffectiveNodeOrientation()));
        assertEquals("File", fx(file::getText));
        assertEquals("en", ui.prefs.get("language", ""), "the choice is remembered");
        // The article stays right-to-left whatever the UI language.
        DocumentViewModel doc = fx(() -> ui.model.openArticle(org.mizan.model.Article.of(ReaderFixture.ARTICLE, "x")));
        waitFor(() -> doc.analysis() != null);
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, fx(() -> ui.view(doc).editor.textNode().getEffectiveNodeOrientation()));
        Label status = fx(() -> (Label) ui.window.root().lookup("#counts"));
        assertTrue(fx(status::getText).startsWith("Actors"));
        fx(() -> ui.window.run("arabic"));
        assertTrue(fx(status::getText).startsWith("الفاعلون"), fx(status::getText));
        assertEquals("ملف", fx(file::getText));
    }

    @Test
    void everyMenuActionHasAShortcutAndATooltip() {
        var bar = fx(() -> (javafx.scene.control.MenuBar) ui.window.root().lookup("#menu-bar"));
        int checked = 0;
        for (Menu menu : fx(bar::getMenus)) {
            for (var item : fx(menu::getItems)) {
                if (item instanceof javafx.scene.control.SeparatorMenuItem || item instanceof Menu) {
                    continue;
                }
                assertTrue(item.getAccelerator() != null, "shortcut for " + item.getId());
                var content = ((javafx.scene.control.CustomMenuItem) item).getContent();
                var tip = content.getProperties().values().stream()
                        .filter(v -> v instanceof javafx.scene.control.Tooltip).findFirst();
                assertTrue(tip.isPresent(), "tooltip for " + item.getId());
                assertFalse(((javafx.scene.control.Tooltip) tip.get()).getText().isBlank());
                checked++;
            }
        }
        assertTrue(checked >= 25, "all actions are in menus: " + checked);
    }
}
