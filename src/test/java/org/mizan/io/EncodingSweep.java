package org.mizan.io;

import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Not a test: a measurement. Encodes 20,000 random sequences of Arabic words (written for this
 * sweep; one to four words for a third of them, up to 25 for the rest) in windows-1256 and
 * ISO-8859-6, runs the detector and counts right/wrong, sure/unsure; then times detection of a
 * 2 MB article in thread CPU time. Run after {@code mvn -o -q test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.mizan.io.EncodingSweep}.
 */
public final class EncodingSweep {

    private static final String WORDS = "قال الرئيس إن الحكومة ستخفض الضرائب في العام المقبل وأكد المتحدث باسم الجيش أن "
            + "القوات انسحبت من ثلاث قرى شمالي البلاد يوم الثلاثاء مصدرًا مسؤولًا جدًا شكرًا دولارًا أيضًا غزة ظروف ضغط "
            + "صعبة خلال أسبوعين بحسب مصادر عسكرية زار مخيم اللاجئين في ظل سوريا انسحاب قاعدة محمد علي حسن وزير "
            + "الخارجية نفى صحة تقارير اتفاق سري مع دولة مجاورة 12 15 2024 ، . : ؟ « » ـ بـ3 مليون دينار";

    private EncodingSweep() {
    }

    public static void main(String[] args) {
        String[] words = WORDS.split(" ");
        EncodingDetector d = new EncodingDetector();
        Random r = new Random(7);
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < 20_000; i++) {
            int len = 1 + r.nextInt(i % 3 == 0 ? 4 : 25);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < len; k++) {
                sb.append(k > 0 ? " " : "").append(words[r.nextInt(words.length)]);
            }
            String t = sb.toString();
            for (String cs : new String[] {"windows-1256", "ISO-8859-6"}) {
                Charset c = Charset.forName(cs);
                if (!c.newEncoder().canEncode(t)) {
                    continue;
                }
                byte[] b = t.getBytes(c);
                CharsetGuess g = d.detect(b, false);
                boolean right = new String(b, g.encoding().charset()).equals(t);
                counts.merge((right ? "right " : "wrong ") + (g.unsure() ? "unsure" : "sure") + (len <= 4 ? " 1-4 words" : " 5-25 words"),
                        1, Integer::sum);
                if (!right && !TextEncodingIsArabic.of(g.encoding())) {
                    counts.merge("wrong, another script or UTF-16", 1, Integer::sum);
                }
            }
        }
        counts.forEach((k, v) -> System.out.println(k + ": " + v));

        String para = "أكد المتحدث باسم الجيش أن القوات انسحبت من ثلاث قرى شمالي البلاد يوم الثلاثاء، وأن المفاوضات مستمرة.\n";
        String article = para.repeat(2_000_000 / para.length() + 1);
        var bean = ManagementFactory.getThreadMXBean();
        for (String cs : new String[] {"windows-1256", "ISO-8859-6"}) {
            byte[] b = article.getBytes(Charset.forName(cs));
            for (int i = 0; i < 5; i++) {
                d.detect(b, false);
            }
            long t0 = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < 10; i++) {
                d.detect(b, false);
            }
            System.out.printf("%s, %d bytes: %.1f ms CPU per detection%n", cs, b.length,
                    (bean.getCurrentThreadCpuTime() - t0) / 1e7);
        }
    }

    private static final class TextEncodingIsArabic {
        static boolean of(TextEncoding e) {
            return e.equals(TextEncoding.WINDOWS_1256) || e.equals(TextEncoding.ISO_8859_6);
        }
    }
}
