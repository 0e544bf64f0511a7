package org.mizan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path dir;

    @Test
    void newestFirstWithoutDuplicatesAndBounded() throws Exception {
        RecentFiles recent = new RecentFiles(dir.resolve("بيانات"), 3);
        Path a = dir.resolve("أ.txt");
        Path b = dir.resolve("ب.html");
        Path c = dir.resolve("ج.docx");
        Path d = dir.resolve("د.md");
        recent.add(a);
        recent.add(b);
        recent.add(a);
        assertEquals(List.of(a, b), recent.list());
        recent.add(c);
        recent.add(d);
        assertEquals(List.of(d, c, a), new RecentFiles(dir.resolve("بيانات"), 3).list());
        recent.remove(c);
        assertEquals(List.of(d, a), recent.list());
    }

    @Test
    void aMissingOrDamagedListIsEmpty() throws Exception {
        assertEquals(List.of(), new RecentFiles(dir.resolve("لا شيء"), 5).list());
        Path data = Files.createDirectories(dir.resolve("تالف"));
        Files.write(data.resolve("recent-files.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0x41});
        assertEquals(List.of(), new RecentFiles(data, 5).list());
    }
}
