package org.mizan.io;

import java.nio.file.Path;
import org.mizan.model.Article;

/**
 * Child process for {@link AtomicSaveCrashTest}: saves two versions of an article over the same
 * file, alternately, until it is killed. Prints "ready" once the first save is complete.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    /** Version 0 or 1 of the article: a couple of megabytes, so a kill often lands mid-write. */
    static String version(int v) {
        String head = v == 0 ? "النسخة الأولى من المقال\n" : "النسخة الثانية بعد التحرير\n";
        return head + (Texts.REPORT + "\n").repeat(v == 0 ? 3000 : 3100);
    }

    static byte[] bytes(int v) {
        return version(v).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        ArticleWriter writer = new ArticleWriter();
        Article[] versions = {Article.of(version(0), target.toString()), Article.of(version(1), target.toString())};
        // Encoded once, so nearly all of the loop is spent inside the atomic write the test attacks.
        byte[][] encoded = {bytes(0), bytes(1)};
        writer.save(versions[0], target);
        System.out.println("ready");
        System.out.flush();
        for (int i = 1; ; i++) {
            if (i % 10 == 0) {
                writer.save(versions[i % 2], target);
            } else {
                AtomicFiles.write(target, encoded[i % 2]);
            }
        }
    }
}
