package org.mizan.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.mizan.model.Analysis;
import org.mizan.model.Article;

/**
 * Measures how an article's Arabic words come back out of the exported PDF, with no normalisation at
 * all (no NFKC, marks kept): with PDFBox's text stripper and, when installed, poppler's {@code pdftotext}.
 * Not a test: a measuring tool for the README and reviews. Run it with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.mizan.export.pdf.TextLayerProbe
 * [ARTICLE.txt [OUT.pdf]]} (default: {@code ../shared/articles/syria-withdrawal.txt}).
 */
public final class TextLayerProbe {

    /** A fixed export time, so that two builds' PDFs can be rendered and compared pixel for pixel. */
    private static final PdfExportOptions FIXED = new PdfExportOptions(Labels.ARABIC,
            java.time.ZonedDateTime.parse("2026-01-01T12:00:00Z"), true);

    private TextLayerProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path article = Path.of(args.length > 0 ? args[0] : "../shared/articles/syria-withdrawal.txt");
        String text = Files.readString(article, StandardCharsets.UTF_8).replace("\r\n", "\n");
        Analysis plain = new Analysis(Article.of(text, article.getFileName().toString()), List.of(), List.of(),
                List.of(), List.of(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(FIXED).write(plain, Map.of(), out, null);
        Path pdf = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("probe", ".pdf");
        Files.write(pdf, out.toByteArray());
        if (args.length > 1) {
            // the test sample with its highlights, for comparing renderings and annotation places
            Path annotated = Path.of(args[1].replaceFirst("\\.pdf$", "") + "-annotated.pdf");
            ByteArrayOutputStream a = new ByteArrayOutputStream();
            new PdfExporter(FIXED).write(Fixtures.analysis(), PdfExportTest.DECISIONS, a, null);
            Files.write(annotated, a.toByteArray());
            try (PDDocument doc = Loader.loadPDF(a.toByteArray())) {
                StringBuilder quads = new StringBuilder();
                for (var page : doc.getPages()) {
                    for (var an : page.getAnnotations()) {
                        if (an instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup m) {
                            quads.append(java.util.Arrays.toString(m.getQuadPoints())).append('\n');
                        }
                    }
                }
                System.out.printf("%s: %d markup quads lines, hash %08x%n", annotated,
                        quads.toString().split("\n").length, quads.toString().hashCode());
            }
        }
        List<String> expected = words(text);
        System.out.printf("%s: %d Arabic words, PDF %s%n", article.getFileName(), expected.size(), pdf);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            report("PDFBox PDFTextStripper", expected, new PDFTextStripper().getText(doc));
        }
        String poppler = pdftotext(pdf);
        if (poppler != null) {
            report("poppler pdftotext", expected, poppler);
        } else {
            System.out.println("pdftotext: not installed");
        }
    }

    static void report(String tool, List<String> expected, String extracted) {
        List<String> got = words(extracted);
        int lines = 0;
        int inOrder = 0;
        String joined = " " + String.join(" ", expected) + " ";
        java.util.Set<String> vocabulary = new java.util.HashSet<>(expected);
        for (String line : extracted.split("\n")) {
            List<String> w = words(line);
            // lines of the article itself: at least two words, all of them words of the article
            if (w.size() >= 2 && vocabulary.containsAll(w)) {
                lines++;
                if (joined.contains(" " + String.join(" ", w) + " ")) {
                    inOrder++;
                } else if (Boolean.getBoolean("probe.verbose")) {
                    System.out.println("    out of order: " + line);
                }
            }
        }
        System.out.printf("  %-24s words exact %5.1f%% | in order (LCS) %5.1f%% | article lines read in order %d/%d (%.1f%%)%n", tool, 100 * bag(expected, got),
                100 * WordRecall.recall(expected, got), inOrder, lines, 100.0 * inOrder / Math.max(1, lines));
    }

    /** The share of expected words found, as a multiset, in any order. */
    static double bag(List<String> expected, List<String> got) {
        Map<String, Integer> left = new HashMap<>();
        got.forEach(w -> left.merge(w, 1, Integer::sum));
        int hit = 0;
        for (String w : expected) {
            Integer n = left.get(w);
            if (n != null && n > 0) {
                left.put(w, n - 1);
                hit++;
            }
        }
        return expected.isEmpty() ? 1 : (double) hit / expected.size();
    }

    static List<String> words(String s) {
        return WordRecall.exactArabicWords(s);
    }

    private static String pdftotext(Path pdf) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(false)
                    .start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? s : null;
        } catch (IOException e) {
            return null;
        }
    }
}
