package org.mizan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.mizan.analysis.claims.ArabicClaimFinder;
import org.mizan.analysis.contradictions.FrameContradictionFinder;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Claim;

/**
 * How the cost of claim finding and contradiction search grows with article length. Articles are
 * built from the project's own report sentences (varied cue and source, a quarter negated); each
 * event (a predicate in a place) is reported six times, so a longer article covers more events and
 * every predicate family recurs across many places. A plain main:
 *
 * <pre>
 * mvn -o -q test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.mizan.bench.ContradictionSearchBench
 * </pre>
 * Candidate pairs are blocked by predicate family and place (and quantity), so time per claim should
 * stay roughly flat as the article grows; an all-pairs search would double it with every doubling.
 */
public final class ContradictionSearchBench {

    private static final String[] CUES = {"وقال %s إن", "وأكد %s أن", "وذكر %s أن", "ونفى %s أن", "وأفاد %s بأن"};
    private static final String[] SOURCES = {"مسؤول حكومي", "المتحدث باسم الجيش", "مصدر أمني", "وزير الداخلية",
        "دبلوماسي غربي", "رئيس البلدية", "ثلاثة مصادر محلية", "الناطق باسم الحركة"};
    /** Event phrases; %s is the place. */
    private static final String[] EVENTS = {"القوات ستنسحب من %s", "الحكومة قررت خفض الضرائب في %s",
        "الطيران قصف مواقع في %s", "السلطات أفرجت عن معتقلين في %s", "الشركة وافقت على بناء مصنع في %s",
        "المحادثات ستستأنف في %s", "البرلمان رفض تمديد الطوارئ في %s", "الأسعار ارتفعت في %s",
        "المياه غمرت المنازل في %s", "الوزير قدّم استقالته في %s", "الجيش سيطر على الطريق في %s",
        "المنظمة وزعت المساعدات في %s", "الشرطة اعتقلت المحتجين في %s", "السلطات أغلقت المعابر في %s",
        "الحكومة رفعت أسعار الوقود في %s", "المعارضة قاطعت الانتخابات في %s", "المصرف خفّض الفائدة في %s",
        "النقابة أعلنت الإضراب في %s", "الوفد وصل إلى %s", "المستشفيات استقبلت الجرحى في %s"};
    private static final String[] PLACES = {"سوريا", "العراق", "لبنان", "اليمن", "ليبيا", "مصر", "الأردن", "تونس",
        "السودان", "غزة", "تركيا", "إيران", "قطر", "الكويت", "البحرين", "الجزائر", "باكستان", "الهند",
        "فرنسا", "ألمانيا"};
    /** How many reports each event gets: a longer article covers more events, not the same ones more often. */
    private static final int REPORTS_PER_EVENT = 6;

    private ContradictionSearchBench() {
    }

    static String article(int sentences, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            String cue = CUES[r.nextInt(CUES.length)].formatted(SOURCES[r.nextInt(SOURCES.length)] + " " + (i % 97));
            int topic = (i / REPORTS_PER_EVENT) % (EVENTS.length * PLACES.length);
            String event = EVENTS[topic % EVENTS.length].formatted(PLACES[topic / EVENTS.length]);
            if (r.nextInt(4) == 0) {
                event = event.replaceFirst(" ", " لن ");
            }
            b.append(cue).append(' ').append(event).append(". ");
        }
        return b.toString();
    }

    public static void main(String[] args) {
        ArabicClaimFinder claims = new ArabicClaimFinder();
        FrameContradictionFinder contradictions = new FrameContradictionFinder();
        // warm up the JIT on a mid-sized article
        for (int i = 0; i < 12; i++) {
            run(claims, contradictions, article(1200, i));
        }
        Map<Integer, double[]> rows = new TreeMap<>();
        for (int n : new int[] {150, 300, 600, 1200, 2400}) {
            List<double[]> runs = new ArrayList<>();
            for (int rep = 0; rep < 5; rep++) {
                runs.add(run(claims, contradictions, article(n, 100 + rep)));
            }
            runs.sort((x, y) -> Double.compare(x[1] + x[2], y[1] + y[2]));
            rows.put(n, runs.get(runs.size() / 2));       // the median run
        }
        System.out.println("sentences  chars    claims  flagged  claims-ms  search-ms  search-us/claim");
        rows.forEach((n, v) -> System.out.printf("%9d  %7.0f  %6.0f  %7.0f  %9.1f  %9.1f  %15.1f%n", n, v[0], v[3], v[4],
                v[1], v[2], 1000 * v[2] / v[3]));
    }

    /** chars, claim-finding ms, contradiction-search ms, claims, contradictions. */
    private static double[] run(ArabicClaimFinder claims, FrameContradictionFinder contradictions, String text) {
        long t0 = System.nanoTime();
        List<Claim> found = claims.find(text, List.of(), List.of());
        long t1 = System.nanoTime();
        Analysis a = new Analysis(Article.of(text, "bench"), List.of(), List.of(), List.of(), found, List.of());
        int flagged = contradictions.find(List.of(a)).size();
        long t2 = System.nanoTime();
        return new double[] {text.length(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, found.size(), flagged};
    }
}
