package org.mizan.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files Mizan cannot use get one clear line naming them, and are left exactly as they were. */
class UnusableInputTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    /** Opens {@code file}, expects refusal, checks the message and that the file is unchanged; returns the message. */
    private String refused(ArticleReader r, Path file) throws Exception {
        byte[] before = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        FileTime mtime = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
        List<Path> siblingsBefore = siblings(file);
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> r.open(file));
        String m = e.getMessage();
        assertEquals(1, m.lines().count(), m);
        assertTrue(m.contains(file.toString()), m);
        if (before != null) {
            assertArrayEquals(before, Files.readAllBytes(file));
            assertEquals(mtime, Files.getLastModifiedTime(file));
        }
        assertEquals(siblingsBefore, siblings(file), "nothing created or removed beside the file");
        return m;
    }

    private static List<Path> siblings(Path file) throws Exception {
        try (var s = Files.list(file.toAbsolutePath().getParent())) {
            return s.sorted().toList();
        }
    }

    private static byte[] docx() throws Exception {
        return Docx.of("عنوان", List.of("قالت اللجنة إن التقرير سيصدر الشهر المقبل.", "وأضافت أن النتائج أولية."),
                List.of());
    }

    @Test
    void emptyFile() throws Exception {
        Path f = Files.createFile(dir.resolve("فارغ.txt"));
        assertTrue(refused(reader, f).contains("is empty"));
    }

    @Test
    void blankFile() throws Exception {
        Path f = Files.writeString(dir.resolve("فراغ.txt"), " \n\t\n ");
        assertTrue(refused(reader, f).contains("empty"));
    }

    @Test
    void randomBytes() throws Exception {
        byte[] noise = new byte[4096];
        new Random(8).nextBytes(noise);
        Path f = Files.write(dir.resolve("ضجيج.txt"), noise);
        assertTrue(refused(reader, f).contains("not a text file"));
    }

    @Test
    void randomBytesOfEveryLengthAndSeedAreRefused() throws Exception {
        Random r = new Random(11);
        for (int i = 0; i < 40; i++) {
            byte[] noise = new byte[64 + r.nextInt(2000)];
            r.nextBytes(noise);
            Path f = Files.write(dir.resolve("noise" + i + ".txt"), noise);
            assertThrows(UnusableInputException.class, () -> reader.open(f), "seed 11, file " + i);
        }
    }

    @Test
    void imageWithTextExtension() throws Exception {
        byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 300);
        Path f = Files.write(dir.resolve("صورة.txt"), png);
        assertTrue(refused(reader, f).contains("PNG image"));
    }

    @Test
    void zipThatIsNoDocx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("ملاحظات.txt"));
            z.write("هذا ليس مستند وورد".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        for (String name : List.of("أرشيف.zip", "أرشيف.docx", "أرشيف.txt")) {
            Path f = Files.write(dir.resolve(name), out.toByteArray());
            assertTrue(refused(reader, f).contains("ZIP archive but not a Word"), name);
        }
    }

    @Test
    void docxThatIsNoZip() throws Exception {
        Path f = Files.writeString(dir.resolve("مزيف.docx"), "نص عادي باسم ملف وورد");
        assertTrue(refused(reader, f).contains("not a ZIP package"));
    }

    @Test
    void truncatedDocx() throws Exception {
        byte[] whole = docx();
        for (int cut : new int[] {whole.length / 4, whole.length / 2, whole.length - 30}) {
            Path f = Files.write(dir.resolve("مقطوع" + cut + ".docx"), Arrays.copyOf(whole, cut));
            assertTrue(refused(reader, f).contains("damaged or incomplete"), "cut at " + cut);
        }
    }

    @Test
    void zipBombDocx() throws Exception {
        // 4 MB of blanks compress about a thousandfold: far past the inflate ratio a real document has.
        byte[] bomb = Docx.rewrite(docx(), "word/document.xml",
                xml -> xml.replace("<w:body>", "<w:body>" + " ".repeat(4_000_000)));
        assertTrue(bomb.length < 200_000, "the bomb is small on disk: " + bomb.length);
        Path f = Files.write(dir.resolve("قنبلة.docx"), bomb);
        assertTrue(refused(reader, f).contains("zip bomb"));
    }

    @Test
    void docxWithExternalEntityIsRefusedAndNothingLeaks() throws Exception {
        Path secret = Files.writeString(dir.resolve("سر.txt"), "كلمة السر 1234");
        String entity = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] xxe = Docx.rewrite(docx(), "word/document.xml", xml -> {
            int decl = xml.indexOf("?>") + 2;
            return xml.substring(0, decl) + entity + xml.substring(decl).replace("التقرير", "&xxe;");
        });
        Path f = Files.write(dir.resolve("كيان.docx"), xxe);
        String m = refused(reader, f);
        assertTrue(m.contains("DOCTYPE"), m);
        assertFalse(m.contains("1234"), m);
    }

    @Test
    void tooLargeForTheConfiguredLimit() throws Exception {
        ArticleReader small = new ArticleReader(ReadLimits.DEFAULT.withMaxFileBytes(1024));
        Path f = Files.writeString(dir.resolve("طويل.txt"), Texts.REPORT.repeat(3));
        assertTrue(refused(small, f).contains("too large"));
        assertEquals(Texts.REPORT, small.read(Files.writeString(dir.resolve("قصير.txt"), Texts.REPORT)).text());
    }

    @Test
    void defaultLimitIsTwentyMegabytes() throws Exception {
        assertEquals(20L * 1024 * 1024, ReadLimits.DEFAULT.maxFileBytes());
        Path f = dir.resolve("ضخم.txt");
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            // A sparse 21 MB file: refused on its size before anything is read.
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'a'}), 21L * 1024 * 1024);
        }
        assertTrue(refused(reader, f).contains("too large"));
    }

    @Test
    void missingFileAndFolder() throws Exception {
        Path missing = dir.resolve("غير موجود.txt");
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> reader.open(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("no such file"));
        Path folder = Files.createDirectory(dir.resolve("مجلد.txt"));
        assertTrue(refused(reader, folder).contains("folder"));
    }

    @Test
    void unreadableFile() throws Exception {
        Path f = Files.writeString(dir.resolve("محمي.txt"), Texts.REPORT);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(f), "running as root: permissions do not stop reading");
            assertTrue(assertThrows(UnusableInputException.class, () -> reader.open(f)).getMessage()
                    .contains("permission denied"));
        } finally {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
