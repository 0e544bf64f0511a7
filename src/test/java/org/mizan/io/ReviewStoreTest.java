package org.mizan.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.model.Note;
import org.mizan.model.Review;

class ReviewStoreTest {

    @TempDir
    Path tmp;

    private Path articles() throws IOException {
        return Files.createDirectories(tmp.resolve("صحف").resolve("محلية"));
    }

    private ReviewStore store() {
        return new ReviewStore(tmp.resolve("data").resolve("mizan"));
    }

    @Test
    void decisionsAreSavedBesideTheArticleAndComeBackAsTheyWere() throws Exception {
        Path article = Files.writeString(articles().resolve("جسر الميناء.txt"), Texts.REPORT);
        Review.Sheet sheet = ReattacherTest.sheet(Texts.REPORT);
        Path written = store().save(article, sheet, Texts.REPORT);
        assertEquals(articles().resolve("جسر الميناء.txt.mizan.json"), written);

        ReviewStore.Loaded loaded = store().load(article, Texts.REPORT).orElseThrow();
        assertEquals(sheet, loaded.reattachment().sheet());
        assertTrue(loaded.reattachment().complete());
        assertFalse(loaded.textChanged());
        assertEquals(written, loaded.location());

        JsonNode json = new ObjectMapper().readTree(written.toFile());
        assertEquals("mizan-review", json.get("format").asText());
        assertEquals(1, json.get("version").asInt());
        JsonNode first = json.get("contradictions").get(0).get("first");
        assertEquals(Texts.REPORT.substring(first.get("start").asInt(), first.get("end").asInt()),
                first.get("exact").asText());
        assertEquals(32, first.get("prefix").asText().length());
    }

    @Test
    void afterTheArticleIsEditedDecisionsReattachAndLostOnesAreReported() throws Exception {
        Path article = Files.writeString(articles().resolve("مقال.txt"), Texts.REPORT);
        store().save(article, ReattacherTest.sheet(Texts.REPORT), Texts.REPORT);
        String edited = "تحديث: " + Texts.REPORT.replace("قبل نهاية الصيف", "في الخريف");
        Files.writeString(article, edited);

        ReviewStore.Loaded loaded = store().load(article, edited).orElseThrow();
        assertTrue(loaded.textChanged());
        Reattachment r = loaded.reattachment();
        assertEquals(1, r.unattached().size());
        assertTrue(r.unattached().getFirst().decision() instanceof Note);
        assertEquals(3, r.sheet().size());
        ReattacherTest.assertAnchoredIn(r.sheet(), edited);
    }

    @Test
    void noReviewFileMeansNothingToLoad() throws Exception {
        Path article = Files.writeString(articles().resolve("جديد.txt"), Texts.REPORT);
        assertTrue(store().load(article, Texts.REPORT).isEmpty());
    }

    @Test
    void whenTheArticlesFolderCannotTakeTheFileItGoesToTheDataFolder() throws Exception {
        Path article = Files.writeString(articles().resolve("مقال.txt"), Texts.REPORT);
        // The review file's name is taken by a folder, so nothing can be written there.
        Files.writeString(Files.createDirectories(store().besideArticle(article)).resolve("x"), "x");
        Review.Sheet sheet = ReattacherTest.sheet(Texts.REPORT);
        Path written = store().save(article, sheet, Texts.REPORT);
        assertEquals(store().inDataDir(article), written);
        assertTrue(written.startsWith(tmp.resolve("data").resolve("mizan")));
        assertEquals(sheet, store().load(article, Texts.REPORT).orElseThrow().reattachment().sheet());
    }

    @Test
    void readOnlyArticlesFolderUsesTheDataFolder() throws Exception {
        Path folder = articles();
        Path article = Files.writeString(folder.resolve("مقال.txt"), Texts.REPORT);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(folder), "running as root: permissions do not stop writing");
            Path written = store().save(article, ReattacherTest.sheet(Texts.REPORT), Texts.REPORT);
            assertEquals(store().inDataDir(article), written);
            assertFalse(Files.exists(store().besideArticle(article)));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void twoArticlesWithTheSameNameInDifferentFoldersKeepSeparateFallbackFiles() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("أ")).resolve("خبر.txt");
        Path b = Files.createDirectories(tmp.resolve("ب")).resolve("خبر.txt");
        assertFalse(store().inDataDir(a).equals(store().inDataDir(b)));
    }

    @Test
    void aReviewFileFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path article = Files.writeString(articles().resolve("مقال.txt"), Texts.REPORT);
        Path review = store().besideArticle(article);
        byte[] newer = "{\"format\":\"mizan-review\",\"version\":9,\"contradictions\":[]}".getBytes();
        Files.write(review, newer);
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> store().load(article, Texts.REPORT));
        assertTrue(e.getMessage().contains("newer Mizan") && e.getMessage().contains(review.toString()), e.getMessage());
        assertArrayEquals(newer, Files.readAllBytes(review));

        Files.writeString(review, "{ هذا ليس JSON");
        e = assertThrows(UnusableInputException.class, () -> store().load(article, Texts.REPORT));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void autosaveWritesTheLatestSheetAfterEveryChange() throws Exception {
        Path article = Files.writeString(articles().resolve("مقال.txt"), Texts.REPORT);
        List<Path> saved = new CopyOnWriteArrayList<>();
        List<IOException> failed = new CopyOnWriteArrayList<>();
        Review.Sheet sheet = Review.Sheet.empty();
        List<Review.Sheet> history = new ArrayList<>();
        try (ReviewAutosave autosave = new ReviewAutosave(store(), article, saved::add, failed::add)) {
            for (int i = 0; i < 30; i++) {
                int at = Texts.REPORT.indexOf("الجسر");
                sheet = sheet.plus(new Note(Anchors.of(Texts.REPORT, at, at + 5), "ملاحظة " + i));
                history.add(sheet);
                autosave.changed(sheet, Texts.REPORT);
            }
            autosave.flush();
            assertEquals(sheet, store().load(article, Texts.REPORT).orElseThrow().reattachment().sheet());
            assertTrue(failed.isEmpty(), failed.toString());
            assertFalse(saved.isEmpty());
            assertTrue(saved.size() <= 30);

            sheet = sheet.minus(sheet.notes().getFirst());
            autosave.changed(sheet, Texts.REPORT);
        }
        // close() wrote the last change.
        assertEquals(29, store().load(article, Texts.REPORT).orElseThrow().reattachment().sheet().notes().size());
    }
}
