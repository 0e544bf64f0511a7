package org.mizan.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL) while saving leaves the article as it was before or after that save,
 * never a mixture or a truncated file.
 */
class AtomicSaveCrashTest {

    @TempDir
    Path dir;

    @Test
    void killedWhileSavingLeavesTheOldOrTheNewFileNeverABrokenOne() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("مسودات"));
        Path target = folder.resolve("مقال قيد التحرير.txt");
        byte[] v0 = SaveLoop.bytes(0);
        byte[] v1 = SaveLoop.bytes(1);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        Random random = new Random(20240512);
        int midSave = 0;
        int rounds = 8;
        for (int round = 0; round < rounds; round++) {
            Process child = new ProcessBuilder(java, "-cp", classpath, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    SaveLoop.class.getName(), target.toString()).redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                String first = out.readLine();
                assertEquals("ready", first, "child did not start: " + first);
                Thread.sleep(20 + random.nextInt(400));
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(20, TimeUnit.SECONDS), "child did not die");
            }
            byte[] now = Files.readAllBytes(target);
            assertTrue(Arrays.equals(now, v0) || Arrays.equals(now, v1),
                    "round " + round + ": file is neither version (" + now.length + " bytes)");
            List<Path> leftovers;
            try (var s = Files.list(folder)) {
                leftovers = s.filter(p -> !p.equals(target)).toList();
            }
            // A kill mid-save may leave its temporary file; never anything else, and never the target broken.
            for (Path p : leftovers) {
                assertTrue(p.getFileName().toString().startsWith(".") && p.getFileName().toString().endsWith(".tmp"), p.toString());
                midSave++;
                Files.delete(p);
            }
        }
        System.out.printf("AtomicSaveCrashTest: %d kills, %d of them during a save%n", rounds, midSave);
        // The file is still a valid article for the reader.
        String text = new ArticleReader().read(target).text();
        assertTrue(text.equals(SaveLoop.version(0)) || text.equals(SaveLoop.version(1)));
    }

    @Test
    void aFailedSaveLeavesNoTemporaryFileAndTheOldContent() throws Exception {
        Path target = dir.resolve("أصل.txt");
        Files.writeString(target, Texts.REPORT);
        // The target is a non-empty folder's name clash: the final rename must fail.
        Path blocked = Files.createDirectories(dir.resolve("مجلد.txt"));
        Files.writeString(blocked.resolve("داخل.txt"), "x");
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> AtomicFiles.write(blocked, "جديد".getBytes(StandardCharsets.UTF_8)));
        try (var s = Files.list(dir)) {
            assertEquals(List.of("أصل.txt", "مجلد.txt"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertArrayEquals(Texts.REPORT.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
    }

    @Test
    void saveFollowsASymbolicLinkAndKeepsPermissions() throws Exception {
        Path real = Files.writeString(dir.resolve("حقيقي.txt"), "قديم");
        Files.setPosixFilePermissions(real, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("رابط.txt"), real);
        AtomicFiles.write(link, "جديد".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("جديد", Files.readString(real));
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
    }
}
