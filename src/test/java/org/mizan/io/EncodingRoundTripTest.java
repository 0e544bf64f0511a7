package org.mizan.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.model.Article;

class EncodingRoundTripTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();
    private final ArticleWriter writer = new ArticleWriter();

    static Stream<Arguments> encodings() {
        return Stream.of(TextEncoding.UTF_8, TextEncoding.UTF_8_BOM, TextEncoding.UTF_16LE_BOM,
                TextEncoding.UTF_16BE_BOM, TextEncoding.UTF_16LE, TextEncoding.UTF_16BE, TextEncoding.WINDOWS_1256,
                TextEncoding.ISO_8859_6).map(Arguments::of);
    }

    private static byte[] bytes(String text, TextEncoding e) {
        byte[] bom = e.bomBytes();
        byte[] body = text.getBytes(e.charset());
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @ParameterizedTest
    @MethodSource("encodings")
    void articleIsDetectedDecodedExactlyAndSavedBackByteForByte(TextEncoding encoding) throws Exception {
        byte[] original = bytes(Texts.REPORT, encoding);
        Path file = dir.resolve("خبر-" + encoding.label().replace(' ', '_') + ".txt");
        Files.write(file, original);

        OpenedArticle opened = reader.open(file);
        assertEquals(Texts.REPORT, opened.article().text());
        assertEquals(encoding, opened.detection().encoding(), opened.detection().basis());
        assertEquals(encoding.label(), opened.article().encoding());
        assertFalse(opened.detection().unsure(), () -> "confidence " + opened.detection().confidence());
        assertEquals(FileFormat.TEXT, opened.format());

        Path copy = dir.resolve("نسخة.txt");
        Article saved = writer.save(opened.article(), copy);
        assertArrayEquals(original, Files.readAllBytes(copy));
        assertEquals(copy.toString(), saved.source());
    }

    @ParameterizedTest
    @MethodSource("encodings")
    void oneShortSentenceIsStillReadRight(TextEncoding encoding) throws Exception {
        Path file = dir.resolve("قصير.txt");
        Files.write(file, bytes(Texts.SHORT, encoding));
        OpenedArticle opened = reader.open(file);
        assertEquals(Texts.SHORT, opened.article().text(), opened.detection().toString());
        assertEquals(encoding, opened.detection().encoding());
    }

    @ParameterizedTest
    @MethodSource("encodings")
    void tatweelAndTanweenDoNotMakeACyrillicOrGreekCodePageLookBetter(TextEncoding encoding) throws Exception {
        // Tatweel (ـ) is a letter of no script; a wrong code page must not win because of it.
        String text = "أعلن المصرف أرباحاً بـ3.5 مليار، متجاوزاً التوقعات بـ\"فارق كبير\".";
        Path file = dir.resolve("أرباح.txt");
        Files.write(file, bytes(text, encoding));
        OpenedArticle opened = reader.open(file);
        assertEquals(text, opened.article().text(), opened.detection().toString());
    }

    @Test
    void theDefiniteArticleSettlesShortTextsWithoutTelltaleBytes() throws Exception {
        // Every byte here is an Arabic letter in both code pages; only ال tells which reading is Arabic.
        String text = "الرد الحاسم";
        for (TextEncoding e : List.of(TextEncoding.WINDOWS_1256, TextEncoding.ISO_8859_6)) {
            Path file = dir.resolve("رد.txt");
            Files.write(file, text.getBytes(e.charset()));
            OpenedArticle opened = reader.open(file);
            assertEquals(text, opened.article().text(), opened.detection().toString());
            assertEquals(e, opened.detection().encoding());
        }
    }

    @Test
    void lineEndingsAreKeptAsTheyAre() throws Exception {
        String crlf = Texts.REPORT.replace("\n", "\r\n");
        Path file = dir.resolve("crlf.txt");
        Files.write(file, bytes(crlf, TextEncoding.WINDOWS_1256));
        Article a = reader.read(file);
        assertEquals(crlf, a.text());
        writer.save(a, file);
        assertArrayEquals(bytes(crlf, TextEncoding.WINDOWS_1256), Files.readAllBytes(file));
    }

    @Test
    void textSharedByBothArabicCodePagesIsFlaggedUnsureWithTheOtherAsAlternative() throws Exception {
        // These letters have the same bytes in windows-1256 and ISO-8859-6: no way to tell them apart.
        String text = "ترحب جدا";
        Path file = dir.resolve("غامض.txt");
        Files.write(file, text.getBytes(TextEncoding.WINDOWS_1256.charset()));
        OpenedArticle opened = reader.open(file);
        assertEquals(text, opened.article().text());
        assertTrue(opened.detection().unsure(), opened.detection().toString());
        TextEncoding other = opened.detection().encoding().equals(TextEncoding.WINDOWS_1256)
                ? TextEncoding.ISO_8859_6 : TextEncoding.WINDOWS_1256;
        assertTrue(opened.detection().alternatives().contains(other), opened.detection().toString());
    }

    @Test
    void reopenWithAnotherEncodingUsesIt() throws Exception {
        Path file = dir.resolve("مقال.txt");
        Files.write(file, Texts.REPORT.getBytes(TextEncoding.ISO_8859_6.charset()));
        Article wrong = reader.read(file, TextEncoding.WINDOWS_1256);
        assertFalse(wrong.text().equals(Texts.REPORT));
        assertEquals("windows-1256", wrong.encoding());
        OpenedArticle right = reader.open(file, TextEncoding.ISO_8859_6);
        assertEquals(Texts.REPORT, right.article().text());
        assertEquals(100, right.detection().confidence());
    }

    @Test
    void savingInAnotherEncodingConvertsAndRefusesCharactersItCannotHold() throws Exception {
        Path file = dir.resolve("مقال.txt");
        Files.writeString(file, Texts.REPORT, StandardCharsets.UTF_8);
        Article a = reader.read(file);
        Article saved = writer.save(a, file, TextEncoding.WINDOWS_1256);
        assertEquals("windows-1256", saved.encoding());
        assertArrayEquals(Texts.REPORT.getBytes(TextEncoding.WINDOWS_1256.charset()), Files.readAllBytes(file));
        assertEquals(Texts.REPORT, reader.read(file).text());

        // ISO-8859-6 has no Persian letters: the save is refused and the file is left as it was.
        byte[] before = Files.readAllBytes(file);
        Article persian = a.withText(Texts.REPORT + "\nگزارش");
        CannotSaveException e = assertThrows(CannotSaveException.class,
                () -> writer.save(persian, file, TextEncoding.ISO_8859_6));
        assertTrue(e.getMessage().contains("U+06AF"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void labelsParseBack() {
        for (TextEncoding e : TextEncoding.COMMON) {
            assertEquals(e, TextEncoding.parse(e.label()));
        }
        assertEquals(TextEncoding.WINDOWS_1256, TextEncoding.parse("cp1256"));
        assertThrows(IllegalArgumentException.class, () -> TextEncoding.parse("no-such-charset"));
    }
}
