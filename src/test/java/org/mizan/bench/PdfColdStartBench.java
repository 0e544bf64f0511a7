package org.mizan.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 100-page PDF export cold, as a user meets it: the first export in a fresh JVM. Starts
 * {@link PdfExportBench} with one run in new processes on the shipped jar's class path, without
 * and (when {@code mvn -Paot package} has built {@code target/mizan.aot} newer than the jar) with
 * the AOT cache, {@code bench.pdfColdRuns} times each (default 5), and prints the medians of the
 * exporting thread's CPU, the whole JVM's CPU and wall time. The fixture is PdfExportBench's
 * (an analysis made by hand, so the engine's own time is not in it).
 *
 * <pre>java -cp target/classes:target/test-classes:CP org.mizan.bench.PdfColdStartBench [copies]</pre>
 */
public final class PdfColdStartBench {

    private static final Pattern RUN = Pattern.compile(
            "run 1: article (\\d+) pages.*?: (\\d+) ms wall, (\\d+) ms CPU \\(exporting thread\\), (\\d+) ms CPU \\(JVM");

    private PdfColdStartBench() {
    }

    public static void main(String[] args) throws Exception {
        String copies = args.length > 0 ? args[0] : "310";
        Path jar = Path.of(System.getProperty("mizan.jar", "target/mizan.jar")).toAbsolutePath();
        Path tests = Path.of("target/test-classes").toAbsolutePath();
        if (!Files.isRegularFile(jar) || !Files.isDirectory(tests)) {
            System.out.println("pdf cold start: " + jar + " or " + tests + " not built: not measured");
            return;
        }
        Path aot = jar.resolveSibling("mizan.aot");
        boolean withAot = Files.isRegularFile(aot)
                && Files.getLastModifiedTime(aot).compareTo(Files.getLastModifiedTime(jar)) > 0;
        int runs = Integer.getInteger("bench.pdfColdRuns", 5);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the cache accepts a longer class path than it was recorded with, so the bench classes can follow the jar
        String cp = jar + File.pathSeparator + tests;
        List<String> plain = List.of(java, "-Xmx512m", "-Djava.awt.headless=true", "-Dbench.pdfRuns=1",
                "--enable-native-access=ALL-UNNAMED", "-cp", cp, PdfExportBench.class.getName(), copies);
        measure("plain JVM", runs, plain);
        if (withAot) {
            List<String> cached = new ArrayList<>(plain);
            cached.add(1, "-XX:AOTCache=" + aot);
            measure("AOT cache", runs, cached);
        } else {
            System.out.println("pdf cold start [AOT cache]: no target/mizan.aot newer than the jar (mvn -Paot package): not measured");
        }
    }

    private static void measure(String setting, int runs, List<String> cmd) throws Exception {
        List<long[]> results = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        String pages = "?";
        for (int i = 0; i < runs; i++) {
            loads.add(String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(300, TimeUnit.SECONDS);
            if (out.contains("[error][aot]")) {
                System.out.println("pdf cold start [" + setting + "]: the JVM refused the cache: " + out.lines().findFirst().orElse(""));
                return;
            }
            Matcher m = RUN.matcher(out);
            if (m.find()) {
                pages = m.group(1);
                results.add(new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), Long.parseLong(m.group(4))});
            }
        }
        if (results.isEmpty()) {
            System.out.println("pdf cold start [" + setting + "]: no result line: not measured");
            return;
        }
        System.out.printf(Locale.ROOT, "pdf cold start [%s]: %s-page article, first export in a fresh JVM: %d ms CPU "
                        + "(exporting thread), %d ms CPU (JVM), %d ms wall; median of %d runs; load average before each run %s%n",
                setting, pages, median(results, 1), median(results, 2), median(results, 0), results.size(),
                String.join(", ", loads));
    }

    private static long median(List<long[]> results, int column) {
        return results.stream().mapToLong(r -> r[column]).sorted().toArray()[results.size() / 2];
    }
}
