package org.mizan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.ui.UiHarness.fx;
import static org.mizan.ui.UiHarness.waitFor;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.analysis.Engine;
import org.mizan.model.Span;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The side-by-side review over the standard engine: a claim its source repeats is one flag, each copy reachable. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReviewRepeatsWindowTest {

    private final UiHarness ui = new UiHarness(ReviewBook.inMemory(), Engine.standard());

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
    void aClaimTheSourceRepeatsIsReachedFromItsSide(FxRobot robot) throws Exception {
        String text = "ذكرت صحيفة \"المرصد\" أن واشنطن تعتزم سحب قواتها من سوريا قبل نهاية العام. "
                + "وقال مسؤول في البيت الأبيض لوكالة \"أنباء\" إن الإدارة الأميركية لا تنوي الانسحاب من سوريا.\n"
                + "#عاجل | مسؤول في البيت الأبيض لوكالة أنباء: الإدارة الأميركية لا تنوي الانسحاب من سوريا\n";
        ui.open(UiHarness.write(dir, "repeat.txt", text));
        ui.openReviewFromPanel(robot);
        ReviewView r = ui.window.review;
        boolean denialFirst = fx(() -> r.first.editor.selection().of(r.first.editor.getText()).contains("لا تنوي"));
        ReviewView.ClaimPane denial = denialFirst ? r.first : r.second;
        ReviewView.ClaimPane report = denialFirst ? r.second : r.first;
        assertTrue(fx(denial.again::isVisible), "the denial's pane offers its copy");
        assertFalse(fx(report.again::isVisible), "the report was said once");
        assertTrue(fx(denial.again::getText).contains("1") || fx(denial.again::getText).contains("١"),
                fx(denial.again::getText));
        robot.clickOn(denial.again);
        waitFor(() -> ui.window.tabs.getSelectionModel().getSelectedItem().getUserData() instanceof DocumentView);
        DocumentView v = fx(() -> (DocumentView) ui.window.tabs.getSelectionModel().getSelectedItem().getUserData());
        int copy = text.lastIndexOf("الإدارة الأميركية لا تنوي الانسحاب من سوريا");
        assertEquals(new Span(copy, copy + "الإدارة الأميركية لا تنوي الانسحاب من سوريا".length()),
                fx(v.editor::selection));
    }

}
