package org.mizan.bench;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.mizan.export.pdf.Fixtures;
import org.mizan.export.pdf.PdfExporter;
import org.mizan.model.Analysis;
import org.mizan.model.Article;

/**
 * Speed target of issue 9: a 100-page article exports in at most 3 s within 512 MB of heap.
 * Run with {@code -Xmx512m}; prints pages, annotations and the time of each run (the first run
 * includes class loading and JIT warm-up, and is reported separately), and the peak heap used.
 *
 * <pre>java -Xmx512m -cp target/classes:target/test-classes:CP org.mizan.bench.PdfExportBench [copies]</pre>
 */
public final class PdfExportBench {

    private PdfExportBench() {
    }

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        String text = Fixtures.repeated(copies);
        Analysis analysis = Fixtures.analysis(text, Article.of(text, "bench.txt"));
        int annotations = analysis.mentions().size() + analysis.figures().size() + analysis.claims().size();
        int runs = Integer.getInteger("bench.pdfRuns", 4);   // 1: the cold run only (PdfColdStartBench)
        for (int run = 1; run <= runs; run++) {
            resetHeapPeaks();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long p0 = os.getProcessCpuTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            new PdfExporter().write(analysis, Map.of(), out, null);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpu = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
            long processCpu = (os.getProcessCpuTime() - p0) / 1_000_000;
            int pages;
            int articlePages;
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                pages = doc.getNumberOfPages();
                // the second top-level bookmark is the contradictions section, right after the article
                var section = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
                        doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getNextSibling().getDestination();
                articlePages = section.retrievePageNumber() + 1;
            }
            System.out.printf("run %d: article %d pages (%d in all), %d chars, %d marked spans, %d KB: %d ms wall, %d ms CPU (exporting thread), %d ms CPU (JVM, incl. GC)%s%n",
                    run, articlePages, pages, text.length(), annotations, out.size() / 1024, ms, cpu, processCpu,
                    run == 1 ? " (cold JVM)" : "");
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("max heap %d MB%n", rt.maxMemory() / (1024 * 1024));
        // the PDF bytes are held until the page count is read, so this includes the finished file
        System.out.printf("peak heap used in the last run: %d MB (sum of the heap pools' peaks, an upper bound)%n",
                heapPeak() / (1024 * 1024));
    }

    private static void resetHeapPeaks() {
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
