package org.mizan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.io.ReviewStore;
import org.mizan.model.ContradictionKind;
import org.mizan.model.Note;
import org.mizan.model.Review;
import org.mizan.model.ReviewStatus;
import org.mizan.model.TextAnchor;

/** The reader's review book never loses a decision: not one that stopped fitting, not an unreadable file. */
class ReviewBookTest {

    private static final String TEXT = "أعلنت الوزارة أنها أفرجت عن 120 محتجزاً يوم الثلاثاء.\n"
            + "لكن منظمة حقوقية قالت إن السلطات أفرجت عن 80 محتجزاً فقط.\n"
            + "وأضافت المنظمة أن الإفراج تم قبل بدء جولة المفاوضات في جنيف.\n";

    @TempDir
    Path dir;

    private static TextAnchor anchor(String text, String quote) {
        int at = text.indexOf(quote);
        return org.mizan.io.Anchors.of(text, at, at + quote.length());
    }

    private Path article() throws Exception {
        Path a = dir.resolve("تقرير.txt");
        Files.writeString(a, TEXT, StandardCharsets.UTF_8);
        return a;
    }

    @Test
    void aDecisionThatNoLongerFitsIsKeptAndComesBackWithItsText() throws Exception {
        Path article = article();
        ReviewStore store = new ReviewStore(dir.resolve("data"));
        Review verdict = new Review(anchor(TEXT, "أفرجت عن 120 محتجزاً"), anchor(TEXT, "أفرجت عن 80 محتجزاً فقط"),
                ContradictionKind.NUMERIC, ReviewStatus.CONFIRMED, "الرقمان لا يتفقان");
        ReviewBook.files(store, p -> { }).save(article.toString(), new Review.Sheet(List.of(verdict)), TEXT);

        // the second claim is deleted: the verdict cannot attach to this text
        String edited = TEXT.replace("لكن منظمة حقوقية قالت إن السلطات أفرجت عن 80 محتجزاً فقط.\n", "");
        List<ReviewBook.Problem> problems = new ArrayList<>();
        ReviewBook book = ReviewBook.files(store, problems::add);
        Review.Sheet sheet = book.load(article.toString(), edited);
        assertTrue(sheet.reviews().isEmpty());
        assertEquals(1, problems.size(), problems.toString());

        // another decision is made and saved on the edited text
        Note note = new Note(anchor(edited, "جولة المفاوضات في جنيف"), "تحقق من الموعد");
        book.save(article.toString(), sheet.plus(note), edited);

        // the text comes back: both the old verdict and the new note are there
        Review.Sheet again = ReviewBook.files(store, p -> { }).load(article.toString(), TEXT);
        assertEquals(1, again.reviews().size());
        assertEquals(ReviewStatus.CONFIRMED, again.reviews().getFirst().status());
        assertEquals("الرقمان لا يتفقان", again.reviews().getFirst().note());
        assertEquals(List.of("تحقق من الموعد"), again.notes().stream().map(Note::text).toList());
    }

    @Test
    void anUnreadableReviewFileIsKeptAsideBeforeTheFirstSave() throws Exception {
        Path article = article();
        ReviewStore store = new ReviewStore(dir.resolve("data"));
        Path reviewFile = store.besideArticle(article);
        String damaged = "{\"format\":\"mizan-review\",\"version\":1,\"reviews\":[{\"first\":";
        Files.writeString(reviewFile, damaged, StandardCharsets.UTF_8);

        List<ReviewBook.Problem> problems = new ArrayList<>();
        ReviewBook book = ReviewBook.files(store, problems::add);
        assertTrue(book.load(article.toString(), TEXT).isEmpty());
        assertEquals(1, problems.size(), problems.toString());

        Note note = new Note(anchor(TEXT, "جولة المفاوضات في جنيف"), "تحقق من الموعد");
        book.save(article.toString(), Review.Sheet.empty().plus(note), TEXT);

        try (Stream<Path> files = Files.list(dir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().contains(".unreadable-")).toList();
            assertEquals(1, aside.size());
            assertEquals(damaged, Files.readString(aside.getFirst(), StandardCharsets.UTF_8));
        }
        assertEquals(1, ReviewBook.files(store, p -> { }).load(article.toString(), TEXT).notes().size());
    }

    @Test
    void decisionsThatCouldNotBeReattachedAreToldInTheInterfaceLanguageArabicAfterASwitch() throws Exception {
        Path article = article();
        ReviewStore store = new ReviewStore(dir.resolve("data"));
        Review verdict = new Review(anchor(TEXT, "أفرجت عن 120 محتجزاً"), anchor(TEXT, "أفرجت عن 80 محتجزاً فقط"),
                ContradictionKind.NUMERIC, ReviewStatus.CONFIRMED, "");
        Note note = new Note(anchor(TEXT, "جولة المفاوضات في جنيف"), "تحقق من الموعد");
        ReviewBook.files(store, p -> { }).save(article.toString(), Review.Sheet.of(List.of(verdict, note)), TEXT);

        String edited = TEXT.replace("80 محتجزاً فقط", "عدد أقل").replace("جولة المفاوضات في جنيف", "المحادثات");
        List<ReviewBook.Problem> problems = new ArrayList<>();
        ReviewBook.files(store, problems::add).load(article.toString(), edited);
        assertEquals(1, problems.size(), problems.toString());

        Messages messages = new Messages(Language.ENGLISH);
        String english = problems.getFirst().in(messages);
        assertTrue(english.startsWith("2 saved decisions on تقرير.txt no longer fit its text"), english);

        messages.languageProperty().set(Language.ARABIC);
        String arabic = problems.getFirst().in(messages);
        assertTrue(arabic.contains("القرارات المحفوظة") && arabic.contains("ملف المراجعة"), arabic);
        assertTrue(arabic.contains("تقرير.txt"), "names the file: " + arabic);
        // the words each decision was on, so the reader knows which ones
        assertTrue(arabic.contains("«أفرجت عن 80 محتجزاً فقط»") && arabic.contains("«جولة المفاوضات في جنيف»"), arabic);
        String rest = arabic.replace("تقرير.txt", "");
        assertTrue(rest.chars().noneMatch(c -> c < 128 && Character.isLetter(c)), "no English left: " + arabic);
    }
}
