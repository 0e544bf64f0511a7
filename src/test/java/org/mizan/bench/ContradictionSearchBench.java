package org.mizan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mizan.analysis.Engine;
import org.mizan.analysis.Pipeline;
import org.mizan.analysis.contradictions.FrameContradictionFinder;
import org.mizan.model.Analysis;
import org.mizan.model.Article;

/**
 * How the cost of contradiction search grows with the number of claims, on a feed whose stories
 * grow with it. {@link #stories} writes one short article per story: an event (one of 20
 * predicates) in a country (one of the gazetteer's one-word names) on a day of its own, reported by a named spokesman and by
 * agency sources, denied by another named person, with a local source giving a casualty figure
 * three times the first and a report of the same event elsewhere on the same day (a look-alike:
 * another country; and against that country's own story, another day). So each story holds the
 * same three true conflicts, and the conflicts grow linearly with the claims,
 * unlike the engine corpus, which retells four stories (its conflicts grow with the square). A
 * plain main, thread CPU time of the search alone, median of 5 after warm-up:
 *
 * <pre>
 * mvn -o -q test-compile
 * mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.mizan.bench.ContradictionSearchBench
 * </pre>
 * (arguments: any of {@code stories repeated long}; all three by default). It prints claims,
 * contradictions found and CPU ms for 1,000 to 8,000 claims on the story feed and
 * on the engine corpus ("repeated"), the fitted exponent of each, and the search on one 2 MB
 * article made of repeated paragraphs.
 */
public final class ContradictionSearchBench {

    /** Subject, past verb and object of each story's event: 20 predicate families. */
    private static final String[][] EVENTS = {
        {"الجيش", "قصف", "مواقع للمسلحين"}, {"الحكومة", "رفعت", "أسعار الوقود"}, {"السلطات", "أغلقت", "المعابر"},
        {"الشرطة", "اعتقلت", "عشرات المحتجين"}, {"القوات", "انسحبت", "من المدينة"}, {"البرلمان", "رفض", "تمديد الطوارئ"},
        {"الوزارة", "خفضت", "الضرائب"}, {"الشركة", "أوقفت", "الإنتاج"}, {"المعارضة", "قاطعت", "الانتخابات"},
        {"المصرف", "جمد", "حسابات التجار"}, {"الطيران", "استهدف", "قافلة للإمدادات"}, {"المنظمة", "وزعت", "المساعدات"},
        {"الحكومة", "فرضت", "حظر التجول"}, {"الجيش", "سيطر", "على الطريق الدولي"}, {"السلطات", "أفرجت", "عن المعتقلين"},
        {"الحكومة", "ألغت", "دعم الخبز"}, {"المسلحون", "هاجموا", "القرية"}, {"الوزير", "قدم", "استقالته"},
        {"البلدية", "هدمت", "المنازل"}, {"الشركة", "سرحت", "العمال"}};

    private static final String[] MONTHS = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
        "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};

    private static List<String> countries;
    private static List<String> firstNames;
    private static List<String> lastNames;

    private ContradictionSearchBench() {
    }

    /** The story feed: article {@code i} tells story {@code i}; no two of the first 5,000 share event and country. */
    public static List<String> stories(int count) {
        load();
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(story(i));
        }
        return out;
    }

    static String story(int i) {
        String[] e = EVENTS[(i / countries.size()) % EVENTS.length];
        String place = countries.get(i % countries.size());
        String elsewhere = countries.get((i + 97) % countries.size());
        String spokesman = person(i, 1);
        String denier = person(i, 2);
        String other = person(i, 3);
        int dead = 10 + i % 50;
        // each story its own day: the same country's casualty counts on two days are two quantities
        String date = (1 + i % 28) + " " + MONTHS[(i / 28) % 12] + " " + (2000 + (i / 336) % 25);
        String event = e[0] + " " + e[1] + " " + e[2];
        return e[1] + " " + e[2] + " في " + place + ": روايات متضاربة\n"
                + "قال " + spokesman + "، المتحدث باسم الحكومة، إن " + event + " في " + place + " يوم " + date
                + "، وإن " + dead + " شخصاً قتلوا في " + place + ".\n"
                + "ونقلت وكالة رويترز عن ثلاثة مصادر قولها إن " + event + " في " + place + ".\n"
                + "لكن " + denier + " نفى أن يكون " + e[0] + " قد " + e[1] + " " + e[2] + " في " + place + " يوم " + date
                + ".\n"
                + "وذكر مصدر محلي أن " + (dead * 3 + 20) + " شخصاً قتلوا في " + place + " يوم " + date + ".\n"
                + "وفي سياق آخر، أكد " + other + " أن " + event + " في " + elsewhere + " يوم " + date + ".\n";
    }

    private static String person(int i, int k) {
        return firstNames.get((i * 7 + k * 31) % firstNames.size()) + " " + lastNames.get((i * 3 + k * 11) % lastNames.size());
    }

    private static synchronized void load() {
        if (countries != null) {
            return;
        }
        countries = new ArrayList<>();
        for (String line : lines("countries_ar_world-countries.tsv").subList(1, 250)) {
            String name = line.split("\t")[2];
            if (!name.contains(" ")) {
                countries.add(name);                 // one-word names: the claim reader knows them as places
            }
        }
        firstNames = lines("first-names-male.txt");
        lastNames = lines("last-names.txt");
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ContradictionSearchBench.class.getResourceAsStream("/org/mizan/ner/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.contains("=")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Analyses of the story feed's first articles holding exactly {@code n} claims between them. */
    public static List<Analysis> storyAnalyses(int n) {
        load();
        Pipeline pipeline = Engine.standard();
        List<Analysis> out = new ArrayList<>();
        int have = 0;
        for (int i = 0; have < n; i++) {
            if (i >= 50_000) {
                throw new IllegalStateException("the story feed holds only " + have + " claims");
            }
            Analysis a = pipeline.analyze(Article.of(story(i), "story-" + i));
            int keep = Math.min(a.claims().size(), n - have);
            out.add(new Analysis(a.article(), a.mentions(), a.actors(), a.figures(), a.claims().subList(0, keep),
                    List.of()));
            have += keep;
        }
        return out;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Median CPU ms of the search over {@code runs} runs, and the contradictions it found. */
    static double[] time(FrameContradictionFinder finder, List<Analysis> analyses, int runs) {
        double[] ms = new double[runs];
        int found = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            found = finder.find(analyses).size();
            ms[r] = (THREADS.getCurrentThreadCpuTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return new double[] {ms[runs / 2], found};
    }

    public static void main(String[] args) {
        FrameContradictionFinder finder = new FrameContradictionFinder();
        int[] sizes = {1000, 2000, 4000, 8000};
        List<String> runs = args.length > 0 ? List.of(args) : List.of("stories", "repeated", "long");
        for (String feed : runs.stream().filter(f -> !f.equals("long")).toList()) {
            List<double[]> points = new ArrayList<>();
            List<double[]> pairs = new ArrayList<>();
            System.out.println(feed + " feed\n   claims  articles  found  cpu-ms  us/claim");
            for (int n : sizes) {
                List<Analysis> analyses = feed.equals("stories") ? storyAnalyses(n)
                        : ContradictionScalingBench.analyses(n, false);
                time(finder, analyses, 3);                   // warm-up
                double[] t = time(finder, analyses, 5);
                points.add(new double[] {n, t[0]});
                pairs.add(new double[] {n, Math.max(1, t[1])});
                System.out.printf(Locale.ROOT, "%9d  %8d  %5.0f  %6.1f  %8.1f%n", n, analyses.size(), t[1], t[0],
                        1000 * t[0] / n);
            }
            System.out.printf(Locale.ROOT, "   fitted: CPU ~ claims^%.2f, contradictions found ~ claims^%.2f%n",
                    BenchMain.growthExponent(points), BenchMain.growthExponent(pairs));
        }
        if (!runs.contains("long")) {
            return;
        }
        String text = new BenchCorpus().longArticle(2_000_000L);
        Analysis one = Engine.standard().analyze(Article.of(text, "long"));
        Analysis bare = new Analysis(one.article(), one.mentions(), one.actors(), one.figures(), one.claims(), List.of());
        time(finder, List.of(bare), 1);
        double[] t = time(finder, List.of(bare), 3);
        System.out.printf(Locale.ROOT, "2 MB article of repeated paragraphs: %d claims, %.0f contradictions, %.0f ms CPU%n",
                one.claims().size(), t[1], t[0]);
    }
}
