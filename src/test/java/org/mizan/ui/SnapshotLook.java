package org.mizan.ui;

import java.nio.file.Path;
import org.mizan.model.Article;

/** Renders the fixture article in both languages for a human to look at (not a test). */
final class SnapshotLook {
    public static void main(String[] args) throws Exception {
        var a = ReaderFixture.pipeline().analyze(Article.of(ReaderFixture.ARTICLE, "fixture.txt"));
        int w = args.length > 0 ? Integer.parseInt(args[0]) : 1200;
        int h = args.length > 1 ? Integer.parseInt(args[1]) : 800;
        Snapshots.render(a, w, h, Path.of("/tmp/mizan-ar.png"), Language.ARABIC);
        Snapshots.render(a, w, h, Path.of("/tmp/mizan-en.png"), Language.ENGLISH);
        System.exit(0);
    }
}
