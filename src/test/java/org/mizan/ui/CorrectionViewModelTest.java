package org.mizan.ui;

import static org.mizan.ui.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.io.ReviewStore;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.EntityType;
import org.mizan.model.Mention;
import org.mizan.model.Polarity;
import org.mizan.model.ReviewStatus;
import org.mizan.model.Span;

/** Manual corrections of actors and claims, and opening files, without a screen. */
class CorrectionViewModelTest {

    private final ScheduledExecutorService bg = Executors.newSingleThreadScheduledExecutor();
    /** Stands in for the FX thread. */
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final Threads threads = new Threads(bg, fx);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        bg.shutdownNow();
        fx.shutdownNow();
    }

    private MainViewModel model(ReviewBook book) {
        return new MainViewModel(ReaderFixture.pipeline(), ArticleFiles.standard(), new Settings(new MemoryPreferences()),
                book, threads, Duration.ZERO, Language.ENGLISH);
    }

    private <T> T onFx(Callable<T> c) throws Exception {
        return fx.submit(c).get(10, TimeUnit.SECONDS);
    }

    private DocumentViewModel open(MainViewModel model, Path file) throws Exception {
        int before = onFx(() -> model.documents().size());
        onFx(() -> {
            model.open(file);
            return null;
        });
        await(() -> model.documents().size() > before && model.documents().getLast().analysisCurrent());
        return onFx(() -> model.documents().getLast());
    }

    private static Mention mention(Analysis a, String exact) {
        return a.mentions().stream().filter(m -> m.span().of(a.text()).equals(exact)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + exact));
    }

    private static boolean hasMention(DocumentViewModel d, String exact) {
        Analysis a = d.analysis();
        return a != null && a.mentions().stream().anyMatch(m -> m.span().of(a.text()).equals(exact));
    }

    private static Claim claim(Analysis a, String content) {
        return a.claims().stream().filter(c -> c.span().of(a.text()).equals(content)).findFirst().orElseThrow();
    }

    @Test
    void actorsAreRetypedMergedRemovedAndMarkedAndItHoldsAfterAnEdit() throws Exception {
        MainViewModel model = model(ReviewBook.inMemory());
        DocumentViewModel doc = open(model, UiHarness.write(dir, "roads.txt", ReaderFixture.ARTICLE));
        Corrector c = model.corrector();

        assertTrue(onFx(() -> c.retype(doc, "حلب", EntityType.ORGANIZATION)));
        await(() -> mention(doc.analysis(), "حلب").type() == EntityType.ORGANIZATION);

        // Merge the newspaper into the agency: both mentions under one actor, of the agency's type.
        assertTrue(onFx(() -> c.rename(doc, "صحيفة الصباح", "وكالة الأنباء الوطنية")));
        await(() -> doc.actorGroups().getOrDefault("وكالة الأنباء الوطنية", List.of()).size() == 2);
        assertFalse(doc.actorGroups().containsKey("صحيفة الصباح"));

        assertTrue(onFx(() -> c.removeActor(doc, "منظمة الشفافية العربية")));
        await(() -> !doc.actorGroups().containsKey("منظمة الشفافية العربية"));

        // "Mark selection as actor": a selection with the spaces a mouse drags along.
        int at = doc.text().indexOf(" البلدية ");
        assertTrue(onFx(() -> c.markActor(doc, new Span(at, at + " البلدية ".length()), EntityType.ORGANIZATION)));
        await(() -> hasMention(doc, "البلدية"));
        assertEquals(EntityType.ORGANIZATION, mention(doc.analysis(), "البلدية").type());
        // One correction per mention: حلب, the newspaper, the organisation and the marked words have one each.
        assertEquals(4, c.corrections(doc).size(), c.corrections(doc).toString());

        // An edit before them all moves every offset; the corrections follow their words.
        String edited = "عاجل — " + ReaderFixture.ARTICLE;
        onFx(() -> {
            doc.textEdited(edited);
            return null;
        });
        await(() -> doc.analysisCurrent() && doc.text().equals(edited));
        Analysis a = doc.analysis();
        assertEquals(EntityType.ORGANIZATION, mention(a, "حلب").type());
        assertEquals(EntityType.ORGANIZATION, mention(a, "البلدية").type());
        assertEquals(2, doc.actorGroups().get("وكالة الأنباء الوطنية").size());
        assertFalse(doc.actorGroups().containsKey("منظمة الشفافية العربية"));
    }

    @Test
    void claimsAreRemovedFlippedAndGivenTheSelectedSource() throws Exception {
        MainViewModel model = model(ReviewBook.inMemory());
        DocumentViewModel doc = open(model, UiHarness.write(dir, "roads.txt", ReaderFixture.ARTICLE));
        Corrector c = model.corrector();
        String spent = "الحكومة أنفقت 120 مليون دولار على إصلاح الطرق في مدينة حلب خلال عام 2023";
        String progress = "نسبة الإنجاز بلغت 35 بالمئة";

        assertTrue(onFx(() -> c.flipPolarity(doc, claim(doc.analysis(), spent))));
        await(() -> claim(doc.analysis(), spent).polarity() == Polarity.NEGATED);

        Span paper = ReaderFixture.first(doc.text(), "صحيفة الصباح");
        assertTrue(onFx(() -> c.setSource(doc, claim(doc.analysis(), progress), paper)));
        await(() -> claim(doc.analysis(), progress).source().orElseThrow().span().equals(paper));
        assertTrue(claim(doc.analysis(), progress).source().get().named(), "an actor is mentioned in it");
        assertFalse(onFx(() -> c.setSource(doc, claim(doc.analysis(), progress), null)), "nothing selected");

        // Flipping twice restores the engine's reading; the source set before is kept.
        assertTrue(onFx(() -> c.flipPolarity(doc, claim(doc.analysis(), spent))));
        await(() -> claim(doc.analysis(), spent).polarity() == Polarity.AFFIRMED);

        assertEquals(1, onFx(() -> model.reviewItems(doc).size()));
        assertTrue(onFx(() -> c.removeClaim(doc, claim(doc.analysis(), "المبلغ لم يتجاوز 80 مليون دولار"))));
        await(() -> doc.analysis().claims().stream().noneMatch(x -> x.span().of(doc.text()).startsWith("المبلغ")));
        assertEquals(0, onFx(() -> model.reviewItems(doc).size()), "its contradiction goes with it");
    }

    @Test
    void correctionsAreSavedBesideTheArticleAndComeBackInANewSessionAndInTheJsonExport() throws Exception {
        Path file = UiHarness.write(dir, "roads.txt", ReaderFixture.ARTICLE);
        ReviewStore store = new ReviewStore(dir.resolve("data"));
        List<ReviewBook.Problem> problems = new CopyOnWriteArrayList<>();
        MainViewModel first = model(ReviewBook.files(store, problems::add));
        DocumentViewModel doc = open(first, file);
        assertTrue(onFx(() -> first.corrector().retype(doc, "حلب", EntityType.ORGANIZATION)));
        assertTrue(onFx(() -> first.corrector().removeActor(doc, "منظمة الشفافية العربية")));
        onFx(() -> {
            first.review().show(first.reviewItems(), null);
            first.review().confirm();
            return null;
        });
        String saved = Files.readString(store.besideArticle(file));
        assertTrue(saved.contains("\"actorCorrections\"") && saved.contains("ORGANIZATION") && saved.contains("REMOVE"), saved);

        MainViewModel second = model(ReviewBook.files(store, problems::add));
        DocumentViewModel again = open(second, file);
        assertEquals(EntityType.ORGANIZATION, mention(again.analysis(), "حلب").type());
        assertFalse(again.actorGroups().containsKey("منظمة الشفافية العربية"));

        Path json = dir.resolve("roads.json");
        assertTrue(onFx(() -> second.exportJson(again, json)));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        boolean aleppoIsOrg = false;
        for (JsonNode e : root.get("entities")) {
            assertFalse(e.get("canonical").asText().equals("منظمة الشفافية العربية"), e.toString());
            aleppoIsOrg |= e.get("text").asText().equals("حلب") && e.get("type").asText().equals("ORGANIZATION");
        }
        assertTrue(aleppoIsOrg, root.get("entities").toString());
        assertEquals(ReviewStatus.CONFIRMED.name(), root.get("contradictions").get(0).get("review").get("status").asText());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aBadFileGivesOneProblemNamingItAndChangesNothing() throws Exception {
        MainViewModel model = model(ReviewBook.inMemory());
        List<String> problems = new CopyOnWriteArrayList<>();
        model.onProblem(problems::add);
        Path empty = Files.write(dir.resolve("فارغ.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("صورة.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Path good = UiHarness.write(dir, "roads.txt", ReaderFixture.ARTICLE);
        onFx(() -> {
            model.openAll(List.of(empty, binary, good));
            return null;
        });
        await(() -> problems.size() == 2 && !model.documents().isEmpty());
        assertEquals(1, onFx(() -> model.documents().size()), "only the good file opens");
        assertTrue(problems.stream().anyMatch(p -> p.contains("فارغ.txt")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("صورة.txt")), problems.toString());
        problems.forEach(p -> assertEquals(1, p.lines().count(), p));
        assertEquals(List.of(good.toAbsolutePath()), onFx(() -> List.copyOf(model.recentFiles())),
                "a file that did not open is not a recent file");
    }

    @Test
    void reopenWithEncodingOffersTheOtherArabicCodePageFirstWhenDetectionWasUnsure() throws Exception {
        MainViewModel model = model(ReviewBook.inMemory());
        // Letters windows-1256 and ISO-8859-6 both hold at the same bytes: detection cannot tell.
        String text = "ترحب جدا";
        Path file = Files.write(dir.resolve("غامض.txt"), text.getBytes(java.nio.charset.Charset.forName("windows-1256")));
        DocumentViewModel doc = open(model, file);
        assertTrue(onFx(() -> model.statusProperty().get()).contains("Reopen with Encoding"),
                "the reader is pointed to the menu: " + onFx(() -> model.statusProperty().get()));
        List<java.nio.charset.Charset> choices = onFx(() -> model.encodingChoices(doc));
        String now = doc.article().encoding();
        java.nio.charset.Charset other = java.nio.charset.Charset.forName(now.equals("windows-1256") ? "ISO-8859-6" : "windows-1256");
        assertEquals(other, choices.getFirst(), choices.toString());
        assertFalse(choices.stream().anyMatch(c -> c.name().equals(now)), "the encoding in use is not offered again");
        onFx(() -> {
            model.reopen(doc, other);
            return null;
        });
        await(() -> doc.article().encoding().equals(other.name()));
        assertEquals(text, onFx(doc::text), "these letters have the same bytes in both code pages");
    }
}
