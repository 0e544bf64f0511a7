package org.mizan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated benchmark corpus is deterministic, the size asked for, and made of the samples' prose. */
class BenchCorpusTest {

    @Test
    void sameSeedSameCorpusOfTheRequestedSize() {
        List<String> a = new BenchCorpus().articles(200_000);
        List<String> b = new BenchCorpus().articles(200_000);
        assertEquals(a, b);
        long bytes = BenchCorpus.utf8(a) + 2L * a.size();
        assertTrue(bytes >= 200_000 && bytes < 200_000 + 20_000, "size " + bytes);
        // a feed, not one article repeated
        assertTrue(a.stream().distinct().count() > a.size() * 9 / 10, "articles repeat");
    }

    @Test
    void articlesAreSampleParagraphsWithTheirNumbersShifted() {
        String sample = org.mizan.io.BundledSamples.load("port-talks.txt").text();
        String article = new BenchCorpus().articles(50_000).get(3);
        String[] lines = article.split("\n");
        assertTrue(lines.length >= 7 && lines.length <= 15, "headline and 6 to 14 paragraphs: " + lines.length);
        assertTrue(article.chars().filter(c -> c >= '\u0621' && c <= '\u064A').count() > article.length() / 2,
                "mostly Arabic letters");
        assertEquals("عقد مدته 28 عاماً في 8 شباط بنسبة ٤٣٪", BenchCorpus.shiftDigits("عقد مدته 25 عاماً في 5 شباط بنسبة ٤٠٪", 3));
        assertNotEquals(-1, sample.indexOf("مدته 25 عاماً"));
    }

    @Test
    void longArticleReachesItsSizeAsOneArticle() {
        String text = new BenchCorpus().longArticle(300_000);
        long bytes = BenchCorpus.utf8(text);
        assertTrue(bytes >= 300_000 && bytes < 302_000, "size " + bytes);
        assertTrue(text.lines().count() > 100, "many paragraphs");
    }

    @Test
    void growthExponentTellsLinearFromQuadratic() {
        List<double[]> linear = List.of(new double[] {1000, 2.0}, new double[] {2000, 4.1}, new double[] {4000, 7.9});
        List<double[]> quadratic = List.of(new double[] {1000, 1.0}, new double[] {2000, 4.0}, new double[] {4000, 16.0});
        assertEquals(1.0, BenchMain.growthExponent(linear), 0.05);
        assertEquals(2.0, BenchMain.growthExponent(quadratic), 1e-9);
    }
}
