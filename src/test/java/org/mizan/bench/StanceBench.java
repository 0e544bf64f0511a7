package org.mizan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mizan.analysis.stance.StanceModel;

/**
 * Stance model costs in thread CPU time: loading the bundled model in a fresh JVM (the first load
 * pays for class loading and the interpreter, as {@code mizan stance} does) and again once warm,
 * and labelling sentence pairs. With {@code ../shared} present the pairs are the ANS dev split and
 * its macro-F1 is printed too; otherwise pairs written for this benchmark are used.
 * Run: {@code java -cp target/test-classes:target/classes:CP org.mizan.bench.StanceBench}.
 */
public final class StanceBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path DEV = Path.of("../shared/data/ans/dev.csv");

    private StanceBench() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = THREADS.getCurrentThreadCpuTime();
        StanceModel model = StanceModel.bundled();
        long cold = THREADS.getCurrentThreadCpuTime() - t0;
        int loads = 20;
        t0 = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < loads; i++) {
            model = StanceModel.bundled();
        }
        long warm = (THREADS.getCurrentThreadCpuTime() - t0) / loads;
        System.out.printf(Locale.ROOT, "stance model: %d weights; load %.0f ms cold (first in this JVM), %.1f ms warm "
                + "(thread CPU; target < 300 ms)%n", model.size(), cold / 1e6, warm / 1e6);

        List<String[]> pairs = new ArrayList<>();
        List<StanceModel.Example> dev = Files.isRegularFile(DEV) ? DevSplit.read(DEV) : List.of();
        for (StanceModel.Example e : dev) {
            pairs.add(new String[] {e.s1(), e.s2()});
        }
        if (pairs.isEmpty()) {
            String[] heads = {"الحكومة توافق على خطة الإصلاح", "ارتفاع أسعار النفط في الأسواق العالمية",
                "مقتل 12 شخصا في انفجار قرب الميناء", "المجلس البلدي يرفض مشروع الطريق الجديد"};
            String[] tails = {"الحكومة لا توافق على خطة الإصلاح", "انخفاض أسعار النفط في الأسواق",
                "انفجار قرب الميناء يودي بحياة 12 شخصا", "مهرجان للأفلام القصيرة في المدينة"};
            for (int i = 0; i < 200; i++) {
                pairs.add(new String[] {heads[i % heads.length], tails[(i / heads.length) % tails.length]});
            }
        }
        for (String[] p : pairs) {
            model.predict(p[0], p[1]);                  // warm-up pass
        }
        int rounds = 5;
        t0 = THREADS.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (String[] p : pairs) {
                model.predict(p[0], p[1]);
            }
        }
        double perPair = (THREADS.getCurrentThreadCpuTime() - t0) / (double) (rounds * pairs.size());
        System.out.printf(Locale.ROOT, "labelling: %.0f µs per pair, %.0f pairs/s on one core (%d pairs)%n",
                perPair / 1e3, 1e9 / perPair, pairs.size());
        if (!dev.isEmpty()) {
            double[] f = model.evaluate(dev);
            System.out.printf(Locale.ROOT, "ANS dev: macro-F1 %.3f  agree %.3f  disagree %.3f  other %.3f%n",
                    f[3], f[0], f[1], f[2]);
        }
    }

    /** Reads the ANS dev CSV (s1,s2,stance). */
    private static final class DevSplit {
        static List<StanceModel.Example> read(Path csv) throws java.io.IOException {
            List<StanceModel.Example> out = new ArrayList<>();
            try (com.fasterxml.jackson.databind.MappingIterator<java.util.Map<String, String>> it =
                         new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerFor(java.util.Map.class)
                                 .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
                                 .readValues(Files.newBufferedReader(csv))) {
                while (it.hasNext()) {
                    java.util.Map<String, String> r = it.next();
                    out.add(new StanceModel.Example(r.get("s1"), r.get("s2"),
                            StanceModel.Stance.valueOf(r.get("stance").strip())));
                }
            }
            return out;
        }
    }
}
