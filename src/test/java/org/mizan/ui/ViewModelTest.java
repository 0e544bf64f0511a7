package org.mizan.ui;

import static org.mizan.ui.Await.await;
import org.mizan.ui.editor.Highlight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.ReviewStatus;
import org.mizan.model.Span;

/** The reader's logic without a screen: live analysis, highlights, find, review decisions, settings. */
class ViewModelTest {

    private final ScheduledExecutorService bg = Executors.newSingleThreadScheduledExecutor();
    /** Stands in for the FX thread: results are applied one at a time, in order. */
    private final java.util.concurrent.ExecutorService fx = Executors.newSingleThreadExecutor();
    private final Threads threads = new Threads(bg, fx);

    @AfterEach
    void stop() {
        bg.shutdownNow();
        fx.shutdownNow();
    }

    private static Analysis analyse(String text) {
        return ReaderFixture.pipeline().analyze(Article.of(text, "a.txt"));
    }

    // ---- highlights ----

    @Test
    void highlightsCarryOneStyleClassPerKindAtTheAnalysisOffsets() {
        Analysis a = analyse(ReaderFixture.ARTICLE);
        List<Highlight> hs = Highlights.of(a, EnumSet.allOf(Layer.class), List.of());
        Span samer = ReaderFixture.first(a.text(), "سامر الخطيب");
        Span aleppo = ReaderFixture.first(a.text(), "حلب");
        Span money = ReaderFixture.first(a.text(), "80 مليون دولار");
        Span agency = ReaderFixture.first(a.text(), "وكالة الأنباء الوطنية");
        assertTrue(hs.contains(new Highlight(samer, "actor-person")));
        assertTrue(hs.contains(new Highlight(aleppo, "actor-location")));
        assertTrue(hs.contains(new Highlight(money, "figure-money")));
        assertTrue(hs.contains(new Highlight(agency, "actor-outlet")), "media outlets have their own style");
        assertTrue(hs.contains(new Highlight(ReaderFixture.first(a.text(), "مصدرًا مسؤولًا في البلدية"),
                Highlights.SOURCE_ANONYMOUS)));
        assertTrue(hs.contains(new Highlight(ReaderFixture.first(a.text(), "وزير المالية سامر الخطيب"),
                Highlights.SOURCE_NAMED)));
        assertTrue(hs.contains(new Highlight(ReaderFixture.first(a.text(), "نفى"), Highlights.CUE)));
        // Both claims of the contradiction are outlined, the uncontested ones are not.
        Span c1 = a.claims().get(0).span();
        Span c2 = a.claims().get(1).span();
        assertTrue(hs.contains(new Highlight(c1, Highlights.CONTRADICTED)));
        assertTrue(hs.contains(new Highlight(c2, Highlights.CONTRADICTED)));
        assertFalse(hs.contains(new Highlight(a.claims().get(3).span(), Highlights.CONTRADICTED)));
        for (int i = 1; i < hs.size(); i++) {
            assertTrue(hs.get(i - 1).span().compareTo(hs.get(i).span()) <= 0, "sorted by start");
        }
    }

    @Test
    void switchedOffLayersDrawNothing() {
        Analysis a = analyse(ReaderFixture.ARTICLE);
        List<Highlight> onlyFigures = Highlights.of(a, Set.of(Layer.FIGURES), List.of());
        assertEquals(a.figures().size(), onlyFigures.size());
        assertTrue(onlyFigures.stream().allMatch(h -> h.styleClass().startsWith("figure-")));
        assertTrue(Highlights.of(a, Set.of(), List.of()).isEmpty());
    }

    @Test
    void highlightsWithinAWindowAreClippedAndShifted() {
        Analysis a = analyse(ReaderFixture.ARTICLE);
        Span window = ReviewViewModel.context(a.text(), a.claims().get(1).span());
        List<Highlight> in = Highlights.within(Highlights.of(a, EnumSet.allOf(Layer.class), List.of()), window);
        String sentence = window.of(a.text());
        Highlight money = in.stream().filter(h -> h.styleClass().equals("figure-money")).findFirst().orElseThrow();
        assertEquals("80 مليون دولار", money.span().of(sentence));
        assertTrue(in.stream().allMatch(h -> h.span().end() <= sentence.length()));
    }

    @Test
    void theContextOfAClaimIsItsSentence() {
        String text = ReaderFixture.ARTICLE;
        Span claim = ReaderFixture.first(text, "تكون الحكومة قد أوقفت أي مشروع");
        String context = ReviewViewModel.context(text, claim).of(text);
        assertTrue(context.startsWith("ونفى الخطيب"), context);
        assertTrue(context.contains("تكون الحكومة قد أوقفت أي مشروع"));
        assertFalse(context.contains("لكن مصدرًا"), "the sentence before is not part of it");
        assertFalse(context.contains("وَأَكَّدَ"), "the next paragraph is not part of it");
    }

    // ---- live analysis ----

    @Test
    void quickEditsAreAnalysedOnceAfterThePauseAndOnlyTheLastTextCounts() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<String> analysed = new CopyOnWriteArrayList<>();
        DocumentViewModel doc = new DocumentViewModel(Article.of("قال سامر الخطيب", "a.txt"), null, art -> {
            runs.incrementAndGet();
            analysed.add(art.text());
            return ReaderFixture.pipeline().analyze(art);
        }, threads, Duration.ofMillis(150));
        doc.textEdited("قال سامر الخطيب إن");
        doc.textEdited("قال سامر الخطيب إن حلب");
        doc.textEdited("قال سامر الخطيب إن حلب آمنة");
        await(() -> doc.analysis() != null && !doc.busyProperty().get());
        assertEquals(1, runs.get(), "edits within the pause are analysed once");
        assertEquals(List.of("قال سامر الخطيب إن حلب آمنة"), analysed);
        assertTrue(doc.analysisCurrent());
        assertEquals("حلب", doc.mentionAt(doc.text().indexOf("حلب") + 1).orElseThrow().canonical());
        assertTrue(doc.dirtyProperty().get());
    }

    @Test
    void aResultThatFinishesAfterANewerEditIsDropped() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        String first = "قال سامر الخطيب";
        String second = "ذكرت صحيفة الصباح";
        List<String> applied = new CopyOnWriteArrayList<>();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(2);
        DocumentViewModel doc = new DocumentViewModel(Article.of(first, "a.txt"), null, art -> {
            if (art.text().equals(first)) {
                firstStarted.countDown();
                try {
                    releaseFirst.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return ReaderFixture.pipeline().analyze(art);
        }, new Threads(pool, fx), Duration.ZERO);
        doc.analysisProperty().addListener((o, a, b) -> applied.add(b.text()));
        try {
            doc.analyseNow();
            assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
            doc.textEdited(second);
            await(() -> doc.analysis() != null);
            releaseFirst.countDown();
            Thread.sleep(200);
            fx.submit(() -> { }).get();
            assertEquals(List.of(second), applied, "the slow, stale analysis never replaces the newer one");
            assertEquals(second, doc.analysis().text());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedAnalysisKeepsTheTextAndIsReportedOnceUntilOneSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<String> errors = new CopyOnWriteArrayList<>();
        DocumentViewModel doc = new DocumentViewModel(Article.of("نص أول", "a.txt"), null, art -> {
            calls.incrementAndGet();
            if (art.text().contains("عطل")) {
                throw new IllegalStateException("annotator broke");
            }
            return ReaderFixture.pipeline().analyze(art);
        }, threads, Duration.ZERO);
        doc.errorProperty().addListener((o, a, b) -> {
            if (b != null) {
                errors.add(b);
            }
        });
        doc.analyseNow();
        await(() -> doc.analysis() != null);
        Analysis good = doc.analysis();
        doc.textEdited("نص فيه عطل");
        await(() -> calls.get() == 2 && !doc.busyProperty().get());
        doc.textEdited("نص فيه عطل آخر");
        await(() -> calls.get() == 3 && !doc.busyProperty().get());
        fx.submit(() -> { }).get();
        assertEquals(1, errors.size(), "two failures in a row are reported once");
        assertTrue(errors.getFirst().contains("annotator broke"));
        assertEquals("نص فيه عطل آخر", doc.text(), "the edited text is kept");
        assertEquals(good, doc.analysis(), "the last good analysis stays");
        doc.textEdited("نص سليم");
        await(() -> doc.analysis() != good);
        fx.submit(() -> { }).get();
        assertNull(doc.errorProperty().get());
    }

    @Test
    void nextMentionWalksThroughAnActorsMentionsAndWraps() throws Exception {
        DocumentViewModel doc = new DocumentViewModel(Article.of(ReaderFixture.ARTICLE, "a.txt"), null,
                ReaderFixture.pipeline()::analyze, threads, Duration.ZERO);
        doc.analyseNow();
        await(() -> doc.analysis() != null);
        String t = doc.text();
        Span m1 = doc.nextMention("سامر الخطيب", -1).orElseThrow();
        assertEquals("سامر الخطيب", m1.of(t));
        Span m2 = doc.nextMention("سامر الخطيب", m1.start()).orElseThrow();
        assertEquals("الخطيب", m2.of(t));
        Span m3 = doc.nextMention("سامر الخطيب", m2.start()).orElseThrow();
        assertEquals("الخَطِيبُ", m3.of(t));
        assertEquals(m1, doc.nextMention("سامر الخطيب", m3.start()).orElseThrow(), "wraps to the first");
        var rows = PanelRows.actors(doc.actorGroups());
        assertEquals("سامر الخطيب", rows.getFirst().canonical(), "most mentioned first");
        assertEquals(3, rows.getFirst().count());
    }

    // ---- find ----

    @Test
    void findIgnoresDiacriticsTatweelAndLetterVariants() {
        FindViewModel find = new FindViewModel();
        String t = ReaderFixture.ARTICLE;
        List<Span> hits = find.find(t, "واكد الخطيب");
        assertEquals(1, hits.size());
        assertEquals("وَأَكَّدَ الخَطِيبُ", hits.getFirst().of(t), "the match covers the original, vowels included");
        List<Span> gov = find.find(t, "الحكومة");
        assertTrue(gov.stream().anyMatch(s -> s.of(t).equals("الحكـــومة")), "tatweel ignored");
        assertEquals(3, gov.size());
        assertEquals("إلى", find.find("ذهب إلى المكتبة", "الي").getFirst().of("ذهب إلى المكتبة"),
                "hamza on alef and alef maqsura ignored");
        assertTrue(find.find(t, "   ").isEmpty());
    }

    @Test
    void findStepsThroughMatchesFromTheCaret() {
        FindViewModel find = new FindViewModel();
        String t = ReaderFixture.ARTICLE;
        find.queryProperty().set("الخطيب");
        int caret = t.indexOf("ونفى");
        find.search(t, caret);
        assertEquals(3, find.matches().size());
        assertEquals(1, find.currentProperty().get(), "the first match after the caret is current");
        assertEquals(find.matches().get(2), find.next());
        assertEquals(find.matches().get(0), find.next(), "wraps");
        assertEquals(find.matches().get(2), find.previous());
    }

    // ---- review ----

    @Test
    void decisionsSurviveReanalysisOfAnEditedText() {
        ReviewBook book = ReviewBook.inMemory();
        Analysis a = analyse(ReaderFixture.ARTICLE);
        ReviewItem item = ReviewItem.resolve(a.contradictions().getFirst(), List.of(a));
        assertNotNull(item);
        ReviewDecisions d1 = new ReviewDecisions(book);
        assertEquals(ReviewStatus.UNREVIEWED, d1.status(item));
        d1.decide(item, ReviewStatus.CONFIRMED);
        d1.note(item, "راجعت الأرقام مع البلدية");

        // Reopened later, text edited above the claims: offsets moved, the decision follows the quotes.
        Analysis edited = ReaderFixture.pipeline().analyze(Article.of("عنوان جديد للخبر\n" + ReaderFixture.ARTICLE,
                "a.txt"));
        ReviewItem again = ReviewItem.resolve(edited.contradictions().getFirst(), List.of(edited));
        assertNotNull(again);
        assertTrue(again.first().span().start() > item.first().span().start());
        ReviewDecisions d2 = new ReviewDecisions(book);
        assertEquals(ReviewStatus.CONFIRMED, d2.status(again));
        assertEquals("راجعت الأرقام مع البلدية", d2.note(again));
        d2.decide(again, ReviewStatus.DISMISSED);
        assertEquals(1, book.load("a.txt", edited.text()).reviews().size(), "a new decision replaces the old one");
        assertEquals(ReviewStatus.DISMISSED, d1.status(item));
    }

    @Test
    void reviewStepsForwardAndBackAndDecidesTheCurrentItem() {
        Analysis a = analyse(ReaderFixture.ARTICLE);
        Analysis b = ReaderFixture.pipeline().analyze(Article.of(ReaderFixture.OTHER, "b.txt"));
        var cross = ReaderFixture.pipeline().acrossArticles(List.of(a, b)).stream()
                .filter(x -> !x.first().article().equals(x.second().article())).toList();
        assertEquals(2, cross.size());
        List<ReviewItem> items = new java.util.ArrayList<>();
        items.add(ReviewItem.resolve(a.contradictions().getFirst(), List.of(a)));
        cross.forEach(x -> items.add(ReviewItem.resolve(x, List.of(a, b))));
        ReviewViewModel vm = new ReviewViewModel(new ReviewDecisions(ReviewBook.inMemory()));
        vm.show(items, null);
        assertEquals(0, vm.indexProperty().get());
        vm.confirm();
        vm.next();
        assertTrue(vm.current().crossArticle());
        assertEquals("b.txt", vm.current().secondArticle().article().source());
        vm.dismiss();
        vm.next();
        vm.next();
        assertEquals(0, vm.indexProperty().get(), "wraps");
        assertEquals(ReviewStatus.CONFIRMED, vm.status());
        vm.previous();
        vm.previous();
        assertEquals(ReviewStatus.DISMISSED, vm.status());
        var rows = PanelRows.contradictions(items, vm.decisions());
        assertEquals(List.of(ReviewStatus.CONFIRMED, ReviewStatus.DISMISSED, ReviewStatus.UNREVIEWED),
                rows.stream().map(PanelRows.ContradictionRow::status).toList());
    }

    // ---- panel rows ----

    @Test
    void panelRowsShowFiguresAndClaimsAsReadersNeedThem() {
        Analysis a = analyse(ReaderFixture.ARTICLE);
        var figures = PanelRows.figures(a);
        var money = figures.stream().filter(f -> f.text().equals("120 مليون دولار")).findFirst().orElseThrow();
        assertEquals("120,000,000", money.value());
        assertEquals("USD", money.unit());
        assertEquals("2023", figures.stream().filter(f -> f.text().equals("2023")).findFirst().orElseThrow().value());
        var claims = PanelRows.claims(a);
        assertEquals("مصدرًا مسؤولًا في البلدية", claims.get(1).source());
        assertFalse(claims.get(1).named());
        assertTrue(claims.get(0).named());
        assertEquals("المبلغ لم يتجاوز 80 مليون دولار", claims.get(1).content());
    }

    // ---- files ----

    @Test
    void aFileThatCannotBeOpenedIsExplainedInTheReadersLanguageByNameNotPath(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path empty = java.nio.file.Files.writeString(dir.resolve("فارغ.txt"), "  \n ");
        Path image = java.nio.file.Files.write(dir.resolve("photo.txt"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        MainViewModel model = new MainViewModel(ReaderFixture.pipeline(), ArticleFiles.standard(),
                new Settings(new MemoryPreferences()), ReviewBook.inMemory(), threads, Duration.ZERO, Language.ARABIC);
        List<String> shown = new CopyOnWriteArrayList<>();
        fx.submit(() -> model.onProblem(shown::add)).get();
        fx.submit(() -> model.open(empty)).get();
        await(() -> shown.size() == 1);
        assertEquals("تعذّر الفتح: الملف فارغ.txt فارغ.", shown.get(0));
        assertFalse(shown.get(0).contains(dir.toString()), "the reader's folder names are not repeated in a dialog");

        fx.submit(() -> model.open(dir.resolve("missing.txt"))).get();
        await(() -> shown.size() == 2);
        assertEquals("تعذّر الفتح: الملف missing.txt غير موجود.", shown.get(1));

        fx.submit(() -> model.open(image)).get();
        await(() -> shown.size() == 3);
        assertTrue(shown.get(2).startsWith("تعذّر الفتح: photo.txt ليس مقالًا"), shown.get(2));
        assertTrue(model.documents().isEmpty(), "nothing half-opened");
    }

    @Test
    void everyKindOfInputProblemHasATextInBothLanguages() {
        for (var reason : org.mizan.io.UnusableInputException.Reason.values()) {
            if (reason == org.mizan.io.UnusableInputException.Reason.OTHER) {
                continue;
            }
            for (Language l : Language.values()) {
                assertTrue(Messages.bundle(l).containsKey("input." + reason.name()), l + " lacks input." + reason);
            }
        }
        var other = new org.mizan.io.UnusableInputException("x.conll line 3: expected 'token TAG'");
        assertEquals("x.conll line 3: expected 'token TAG'", InputProblems.describe(new Messages(Language.ARABIC), other),
                "a problem of no known kind keeps its own message");
    }

    @Test
    void anOpenedFileIsSavedBackInItsOwnEncodingAndReopenedWithAnother(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        java.nio.charset.Charset cp1256 = java.nio.charset.Charset.forName("windows-1256");
        Path file = dir.resolve("roads.txt");
        java.nio.file.Files.write(file, ReaderFixture.ARTICLE.getBytes(cp1256));
        MainViewModel model = new MainViewModel(ReaderFixture.pipeline(), ArticleFiles.standard(),
                new Settings(new MemoryPreferences()), ReviewBook.inMemory(), threads, Duration.ZERO, Language.ENGLISH);
        fx.submit(() -> model.open(file)).get();
        await(() -> !model.documents().isEmpty());
        DocumentViewModel doc = fx.submit(model::selected).get();
        assertEquals(file.toAbsolutePath(), model.recentFiles().getFirst());

        // Reopen with an explicit encoding (what the reader does when detection guessed wrong).
        fx.submit(() -> model.reopen(doc, java.nio.charset.StandardCharsets.ISO_8859_1)).get();
        await(() -> doc.article().encoding().startsWith("ISO-8859-1"));
        assertFalse(doc.text().contains("سامر"));
        fx.submit(() -> model.reopen(doc, cp1256)).get();
        await(() -> doc.text().equals(ReaderFixture.ARTICLE));
        await(doc::analysisCurrent);
        assertEquals("سامر الخطيب", doc.mentionAt(doc.text().indexOf("سامر") + 1).orElseThrow().canonical());

        // An edit saved goes back in the article's own encoding, atomically replacing the file.
        String edited = "عنوان: " + ReaderFixture.ARTICLE;
        fx.submit(() -> doc.textEdited(edited)).get();
        assertTrue(doc.dirtyProperty().get());
        assertTrue(fx.submit(() -> model.save(doc, null)).get());
        assertEquals(edited, new String(java.nio.file.Files.readAllBytes(file), cp1256), "saved in windows-1256");
        assertFalse(doc.dirtyProperty().get());
        Path copy = dir.resolve("copy.txt");
        assertTrue(fx.submit(() -> model.save(doc, copy)).get());
        assertEquals(copy.toAbsolutePath(), doc.fileProperty().get(), "Save As moves the tab to the new file");
        assertEquals(edited, new String(java.nio.file.Files.readAllBytes(copy), cp1256));
    }

    @Test
    void decisionsAreKeptInAReviewFileAndComeBackAfterARestart(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("roads.txt");
        java.nio.file.Files.writeString(file, ReaderFixture.ARTICLE);
        org.mizan.io.ReviewStore store = new org.mizan.io.ReviewStore(dir.resolve("data"));
        List<ReviewBook.Problem> problems = new CopyOnWriteArrayList<>();
        MainViewModel first = new MainViewModel(ReaderFixture.pipeline(), ArticleFiles.standard(),
                new Settings(new MemoryPreferences()), ReviewBook.files(store, problems::add), threads, Duration.ZERO,
                Language.ENGLISH);
        fx.submit(() -> first.open(file)).get();
        await(() -> !first.documents().isEmpty() && first.documents().getFirst().analysisCurrent());
        fx.submit(() -> {
            first.review().show(first.reviewItems(), null);
            first.review().confirm();
            first.review().note("الرقمان من مصدرين مختلفين");
        }).get();
        assertTrue(java.nio.file.Files.isRegularFile(store.besideArticle(file)), "written beside the article");

        // A new session (new model, new book over the same store) finds the decision again.
        MainViewModel second = new MainViewModel(ReaderFixture.pipeline(), ArticleFiles.standard(),
                new Settings(new MemoryPreferences()), ReviewBook.files(store, problems::add), threads, Duration.ZERO,
                Language.ENGLISH);
        fx.submit(() -> second.open(file)).get();
        await(() -> !second.documents().isEmpty() && second.documents().getFirst().analysisCurrent());
        ReviewItem item = fx.submit(() -> second.reviewItems().getFirst()).get();
        assertEquals(ReviewStatus.CONFIRMED, second.decisions().status(item));
        assertEquals("الرقمان من مصدرين مختلفين", second.decisions().note(item));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void exportingAPdfWritesTheFileAndReportsProgress(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        MainViewModel model = new MainViewModel(ReaderFixture.pipeline(), ArticleFiles.standard(),
                new Settings(new MemoryPreferences()), ReviewBook.inMemory(), threads, Duration.ZERO, Language.ENGLISH);
        DocumentViewModel doc = fx.submit(() -> model.openArticle(Article.of(ReaderFixture.ARTICLE, "roads.txt"))).get();
        await(doc::analysisCurrent);
        List<Double> progress = new CopyOnWriteArrayList<>();
        model.exportProgressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        Path pdf = dir.resolve("roads.pdf");
        Path written = fx.submit(() -> model.exportPdf(doc, pdf)).get().get(60, TimeUnit.SECONDS);
        assertEquals(pdf, written);
        byte[] bytes = java.nio.file.Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(progress.contains(1.0), "progress reaches the end: " + progress);
        assertEquals(-1, model.exportProgressProperty().get(), "no export running afterwards");
        assertTrue(model.statusProperty().get().contains("roads.pdf"));
    }

    @Test
    void zoomStaysWithinItsLimitsAndIsRemembered() {
        MemoryPreferences prefs = new MemoryPreferences();
        MainViewModel model = new MainViewModel(ReaderFixture.pipeline(), ArticleFiles.standard(), new Settings(prefs),
                ReviewBook.inMemory(), threads, Duration.ZERO, Language.ENGLISH);
        model.zoomIn();
        model.zoomIn();
        assertEquals(1.2, model.zoomProperty().get(), 1e-9);
        for (int i = 0; i < 40; i++) {
            model.zoomIn();
        }
        assertEquals(MainViewModel.MAX_ZOOM, model.zoomProperty().get(), 1e-9);
        assertEquals(MainViewModel.MAX_ZOOM, new Settings(prefs).zoom(), 1e-9);
        model.zoomReset();
        for (int i = 0; i < 40; i++) {
            model.zoomOut();
        }
        assertEquals(MainViewModel.MIN_ZOOM, model.zoomProperty().get(), 1e-9);
    }

    // ---- settings ----

    @Test
    void settingsRememberRecentFilesWindowLanguageLayersAndZoom() {
        MemoryPreferences prefs = new MemoryPreferences();
        Settings s = new Settings(prefs);
        for (int i = 0; i < 12; i++) {
            s.addRecent(Path.of("/tmp/a" + i + ".txt"));
        }
        s.addRecent(Path.of("/tmp/a5.txt"));
        List<Path> recent = new Settings(prefs).recentFiles();
        assertEquals(Settings.MAX_RECENT, recent.size());
        assertEquals(Path.of("/tmp/a5.txt"), recent.getFirst(), "reopened file moves to the top");
        assertEquals(Path.of("/tmp/a11.txt"), recent.get(1));
        assertEquals(1, recent.stream().filter(p -> p.endsWith("a5.txt")).count());

        s.window(new Settings.WindowBounds(10, 20, 1300, 900, false));
        s.saveLanguage(Language.ENGLISH);
        s.layer(Layer.FIGURES, false);
        s.zoom(1.4);
        Settings again = new Settings(prefs);
        assertEquals(new Settings.WindowBounds(10, 20, 1300, 900, false), again.window());
        assertEquals(Language.ENGLISH, again.languageOr(Language.ARABIC));
        assertEquals(EnumSet.of(Layer.ACTORS, Layer.CLAIMS, Layer.CONTRADICTIONS), again.layers());
        assertEquals(1.4, again.zoom());
        assertEquals(Language.ARABIC, new Settings(new MemoryPreferences()).languageOr(Language.ARABIC),
                "the system language is used until the reader picks one");
    }

    @Test
    void languageFollowsTheSystemLocaleAndEveryKeyExistsInBothBundles() {
        assertEquals(Language.ARABIC, Language.forLocale(java.util.Locale.forLanguageTag("ar-EG")));
        assertEquals(Language.ENGLISH, Language.forLocale(java.util.Locale.FRANCE));
        var ar = Messages.bundle(Language.ARABIC);
        var en = Messages.bundle(Language.ENGLISH);
        assertEquals(en.keySet(), ar.keySet());
        Messages m = new Messages(Language.ARABIC);
        var label = m.text("menu.file");
        assertEquals("ملف", label.get());
        m.languageProperty().set(Language.ENGLISH);
        assertEquals("File", label.get(), "bound texts follow a language switch");
    }
}
