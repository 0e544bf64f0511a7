package org.mizan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.model.Article;

class FormatsTest {

    @TempDir
    Path tmp;

    private final ArticleReader reader = new ArticleReader();

    private Path folder() throws Exception {
        return Files.createDirectories(tmp.resolve("مقالات").resolve("أرشيف ٢٠٢٤"));
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl"><head>
            <meta charset="%s">
            <title>افتتاح جسر الميناء - صحيفة الساحل</title>
            <meta property="og:site_name" content="صحيفة الساحل">
            <meta property="article:published_time" content="2024-05-12T08:30:00+03:00">
            <script>document.body.innerHTML = 'نص كتبه سكربت'; fetch('http://127.0.0.1:9/track');</script>
            <style>p { color: red } .x::after { content: 'نص من الأنماط' }</style>
            </head><body>
            <header class="site"><nav><a href="/">الرئيسية</a> | <a href="/s">رياضة</a></nav><div>شعار الصحيفة</div></header>
            <div class="ad-banner">إعلان: اشترك في النشرة الآن</div>
            <article>
              <h1>افتتاح جسر الميناء</h1>
              <p>أعلنت البلدية صباح الأحد افتتاح جسر جديد
                 يربط الحي الشرقي بالميناء.</p>
              <p>وقال رئيس البلدية إن <b>الكلفة</b> بلغت&nbsp;40 مليون دينار.</p>
              <aside>اقرأ أيضا: أخبار الطقس</aside>
              <div class="share-buttons"><a href="#">شارك</a> <a href="#">غرّد</a></div>
              <form><input value="بحث"><button>أرسل</button></form>
              <p>لكن نقابة المهندسين قالت إن الكلفة تجاوزت 55 مليون دينار.</p>
              <footer>الوسوم: جسور، بلديات</footer>
            </article>
            <footer>جميع الحقوق محفوظة لصحيفة الساحل</footer>
            <img src="http://127.0.0.1:9/pixel.png" alt="صورة">
            </body></html>
            """;

    private static final String PAGE_TEXT = """
            افتتاح جسر الميناء
            أعلنت البلدية صباح الأحد افتتاح جسر جديد يربط الحي الشرقي بالميناء.
            وقال رئيس البلدية إن الكلفة بلغت 40 مليون دينار.
            لكن نقابة المهندسين قالت إن الكلفة تجاوزت 55 مليون دينار.""";

    @Test
    void htmlGivesTheArticleTextAndMetadataWithoutPageClutter() throws Exception {
        Path file = folder().resolve("جسر الميناء.html");
        Files.writeString(file, PAGE.formatted("utf-8"), StandardCharsets.UTF_8);
        OpenedArticle opened = reader.open(file);
        Article a = opened.article();
        assertEquals(FileFormat.HTML, opened.format());
        assertEquals(PAGE_TEXT, a.text());
        assertEquals(Optional.of("افتتاح جسر الميناء"), a.title());
        assertEquals(Optional.of("صحيفة الساحل"), a.outlet());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 12)), a.date());
        assertEquals(file.toString(), a.source());
    }

    @Test
    void htmlInWindows1256DeclaredByMetaIsDecodedByTheDeclaration() throws Exception {
        Charset cp1256 = TextEncoding.WINDOWS_1256.charset();
        Path file = folder().resolve("صفحة.htm");
        Files.write(file, PAGE.formatted("windows-1256").getBytes(cp1256));
        OpenedArticle opened = reader.open(file);
        assertEquals(PAGE_TEXT, opened.article().text());
        assertEquals(TextEncoding.WINDOWS_1256, opened.detection().encoding());
    }

    @Test
    void htmlWithoutArticleMarkupTakesTheBlockWithMostParagraphText() throws Exception {
        String html = """
                <html><head><title>بيان وزارة الصحة</title><meta name="date" content="2023-11-02"></head><body>
                <div id="menu"><p>الرئيسية</p><p>اتصل بنا</p></div>
                <div id="content">
                  <p>أكدت وزارة الصحة تسجيل انخفاض في عدد الإصابات خلال الأسبوع الماضي.</p>
                  <p>وأوضح المتحدث باسم الوزارة أن حملة التطعيم شملت عشرين ألف طفل.</p>
                </div>
                <div><time datetime="2020-01-01">قديم</time></div>
                </body></html>""";
        Path file = folder().resolve("بيان.html");
        Files.writeString(file, html);
        Article a = reader.read(file);
        assertEquals("""
                أكدت وزارة الصحة تسجيل انخفاض في عدد الإصابات خلال الأسبوع الماضي.
                وأوضح المتحدث باسم الوزارة أن حملة التطعيم شملت عشرين ألف طفل.""", a.text());
        assertEquals(Optional.of("بيان وزارة الصحة"), a.title());
        assertEquals(Optional.of(LocalDate.of(2023, 11, 2)), a.date());
        assertEquals(Optional.empty(), a.outlet());
    }

    @Test
    void htmlWithStructuredDataTakesHeadlinePublisherAndDateFromIt() throws Exception {
        String html = """
                <!doctype html><html><head><title>الموقع</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                 "headline":"ارتفاع أسعار القمح","datePublished":"2022-07-19T10:00:00Z",
                 "publisher":{"@type":"Organization","name":"وكالة الأنباء المحلية"}}</script>
                </head><body><main><p>ارتفعت أسعار القمح في الأسواق المحلية بنسبة 12 في المئة.</p></main></body></html>""";
        Path file = folder().resolve("قمح.html");
        Files.writeString(file, html);
        Article a = reader.read(file);
        assertEquals("ارتفعت أسعار القمح في الأسواق المحلية بنسبة 12 في المئة.", a.text());
        assertEquals(Optional.of("ارتفاع أسعار القمح"), a.title());
        assertEquals(Optional.of("وكالة الأنباء المحلية"), a.outlet());
        assertEquals(Optional.of(LocalDate.of(2022, 7, 19)), a.date());
    }

    @Test
    void htmlContentWithoutHtmlExtensionIsRecognised() throws Exception {
        Path file = folder().resolve("بلا امتداد");
        Files.writeString(file, PAGE.formatted("utf-8"));
        OpenedArticle opened = reader.open(file);
        assertEquals(FileFormat.HTML, opened.format());
        assertEquals(PAGE_TEXT, opened.article().text());
    }

    @Test
    void docxGivesParagraphsTableCellsAndTitle() throws Exception {
        List<String> paragraphs = List.of("ذكرت وزارة الزراعة أن موسم الحصاد بدأ مبكرا هذا العام.",
                "", "وقدرت الوزارة الإنتاج بنحو مليوني طن من القمح.");
        byte[] docx = Docx.of("موسم الحصاد", paragraphs,
                List.of(List.of("المحافظة", "الإنتاج"), List.of("الشمال", "900 ألف طن")));
        Path file = folder().resolve("تقرير الحصاد.docx");
        Files.write(file, docx);
        OpenedArticle opened = reader.open(file);
        assertEquals(FileFormat.DOCX, opened.format());
        assertEquals("""
                ذكرت وزارة الزراعة أن موسم الحصاد بدأ مبكرا هذا العام.
                وقدرت الوزارة الإنتاج بنحو مليوني طن من القمح.
                المحافظة
                الإنتاج
                الشمال
                900 ألف طن""", opened.article().text());
        assertEquals(Optional.of("موسم الحصاد"), opened.article().title());
        // Reading never writes: the package is opened read-only.
        assertEquals(docx.length, Files.size(file));
    }

    @Test
    void docxRoundTripsThroughTheWriter() throws Exception {
        Path txt = folder().resolve("أصل.txt");
        Files.writeString(txt, Texts.REPORT);
        Article a = reader.read(txt);
        Path docx = folder().resolve("نسخة.docx");
        new ArticleWriter().save(a, docx);
        assertEquals(Texts.REPORT, reader.read(docx).text());
    }

    @Test
    void htmlRoundTripsThroughTheWriterWithMetadata() throws Exception {
        Path page = folder().resolve("جسر.html");
        Files.writeString(page, PAGE.formatted("utf-8"));
        Article a = reader.read(page);
        Path copy = folder().resolve("نسخة.html");
        new ArticleWriter().save(a, copy, TextEncoding.WINDOWS_1256);
        Article back = reader.read(copy);
        assertEquals(a.text(), back.text());
        assertEquals(a.title(), back.title());
        assertEquals(a.outlet(), back.outlet());
        assertEquals(a.date(), back.date());
        assertEquals("windows-1256", back.encoding());
    }

    @Test
    void markdownIsStrippedToParagraphsWithFrontMatterMetadata() throws Exception {
        String md = """
                ---
                title: "زيارة الوفد التجاري"
                date: 2024-02-20
                outlet: مجلة الاقتصاد
                ---
                # وصول الوفد

                وصل **الوفد التجاري** إلى العاصمة يوم الثلاثاء،
                في زيارة تستمر [ثلاثة أيام](https://example.org/a "رابط").

                > قال رئيس الوفد إن *الاتفاقيات* جاهزة للتوقيع.

                - تبادل تجاري
                - استثمار مشترك

                1. المرحلة الأولى
                2. المرحلة الثانية

                ![صورة الوفد](img.png)
                ---
                نص بعد الفاصل مع `رمز`.
                """;
        Path file = folder().resolve("الوفد.md");
        Files.writeString(file, md);
        OpenedArticle opened = reader.open(file);
        assertEquals(FileFormat.MARKDOWN, opened.format());
        assertEquals("""
                وصول الوفد
                وصل الوفد التجاري إلى العاصمة يوم الثلاثاء، في زيارة تستمر ثلاثة أيام.
                قال رئيس الوفد إن الاتفاقيات جاهزة للتوقيع.
                تبادل تجاري
                استثمار مشترك
                1. المرحلة الأولى
                2. المرحلة الثانية
                نص بعد الفاصل مع رمز.""", opened.article().text());
        assertEquals(Optional.of("زيارة الوفد التجاري"), opened.article().title());
        assertEquals(Optional.of("مجلة الاقتصاد"), opened.article().outlet());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 20)), opened.article().date());
    }

    @Test
    void markdownInWindows1256WithoutFrontMatterTakesTheFirstHeadingAsTitle() throws Exception {
        String md = "# خبر عاجل\n\n" + Texts.REPORT + "\n";
        Path file = folder().resolve("عاجل.md");
        Files.write(file, md.getBytes(TextEncoding.WINDOWS_1256.charset()));
        OpenedArticle opened = reader.open(file);
        assertEquals(TextEncoding.WINDOWS_1256, opened.detection().encoding());
        assertEquals(Optional.of("خبر عاجل"), opened.article().title());
        assertTrue(opened.article().text().startsWith("خبر عاجل\n"));
        assertTrue(opened.article().text().endsWith(Texts.REPORT.lines().toList().getLast()));
        assertFalse(opened.article().text().contains("#"));
    }

    @Test
    void everyFormatIsListedForFileChoosers() {
        assertTrue(FileFormat.allExtensions().containsAll(List.of("txt", "md", "html", "htm", "docx")));
        assertEquals(Optional.of(FileFormat.DOCX), FileFormat.byExtension(Path.of("تقرير.DOCX")));
    }
}
