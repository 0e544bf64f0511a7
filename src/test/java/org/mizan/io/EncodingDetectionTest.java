package org.mizan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Encoding detection on Arabic sentences written for this test, one line and several lines, in
 * every encoding Mizan reads. The texts that once came out as another script's code page (KOI8-R,
 * ISO-8859-5, GB18030, Big5) or as UTF-16 are kept as regressions.
 */
class EncodingDetectionTest {

    private final EncodingDetector detector = new EncodingDetector();

    private static final List<String> ONE_LINE = List.of(
            "وافق المجلس على القرار.",
            "قال مصدرًا مسؤولًا إن الوضع صعب جدًا.",
            "نفت وزارة الخارجية صحة التقارير التي تحدثت عن اتفاق سري مع الدولة المجاورة.",
            "ذكرت صحيفة محلية أن عدد الضحايا ارتفع إلى 12 شخصا بعد انهيار المبنى.",
            "وَقَالَ الرَّئِيسُ إِنَّ الحُكُومَةَ سَتُخَفِّضُ الضَّرَائِبَ.",
            "أعلنت شركة النسيم عن هاتف جديد بسعر 999 دولارًا.");

    /** Texts the previous detector read as another script's code page, or as UTF-16, and was sure of. */
    private static final List<String> ONCE_MISREAD = List.of(
            // windows-1256 read as ISO-8859-5 (confidence 70): a tanween before the alef was counted as odd.
            "ضغط ، شكرًا مسؤولًا",
            // windows-1256 and ISO-8859-6 read as GB18030 (confidence 70).
            "مجاورة صعبة جدًا ظروف صعبة ثلاث دولة",
            "أن مصدرًا الرئيس في دولة",
            // ISO-8859-6 read as UTF-16 without a byte order mark (its bytes happened to repeat).
            "المقبل",
            "تقارير",
            // windows-1256 read as UTF-16.
            "خلال .");

    private static final String LONG = String.join("\n",
            "أكد المتحدث باسم الجيش أن القوات انسحبت من ثلاث قرى شمالي البلاد يوم الثلاثاء، وأن المفاوضات مستمرة.",
            "وقال رئيس الوزراء سليم الحداد إن الحكومة ستخفض الضرائب في العام المقبل بنسبة 5 بالمئة، مضيفًا أن العجز تراجع.",
            "لكن نقابة التجار ذكرت في بيان أن الأسعار ارتفعت خلال الشهر الماضي، وطالبت بخطة واضحة؟",
            "ويأمل السكان أن تعود الكهرباء قبل نهاية الصيف؛ فيما لم يعلق الوزير على الأرقام.");

    static Stream<Arguments> everyEncodingAndText() {
        List<Arguments> out = new ArrayList<>();
        List<String> texts = new ArrayList<>(ONE_LINE);
        texts.add(LONG);
        for (TextEncoding e : TextEncoding.COMMON) {
            for (String t : texts) {
                out.add(Arguments.of(e, t));
            }
        }
        return out.stream();
    }

    private static byte[] bytes(String text, TextEncoding e) {
        byte[] bom = e.bomBytes();
        byte[] body = text.getBytes(e.charset());
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    private String decoded(byte[] bytes, CharsetGuess g) {
        byte[] body = java.util.Arrays.copyOfRange(bytes, g.encoding().bomBytes().length, bytes.length);
        return new String(body, g.encoding().charset());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyEncodingAndText")
    void arabicDecodesExactlyInEveryEncoding(TextEncoding encoding, String text) {
        byte[] b = bytes(text, encoding);
        CharsetGuess g = detector.detect(b, false);
        assertEquals(encoding, g.encoding(), g.toString());
        assertEquals(text, decoded(b, g));
        assertFalse(g.unsure(), g.toString());
    }

    @Test
    void textsOnceMisreadAsAnotherScriptAreReadAsArabic() {
        for (String text : ONCE_MISREAD) {
            for (TextEncoding e : List.of(TextEncoding.WINDOWS_1256, TextEncoding.ISO_8859_6)) {
                byte[] b = bytes(text, e);
                CharsetGuess g = detector.detect(b, false);
                assertTrue(g.encoding().equals(TextEncoding.WINDOWS_1256) || g.encoding().equals(TextEncoding.ISO_8859_6),
                        text + " in " + e + ": " + g);
                // The right Arabic page, or the other one with the reader warned and offered the right one.
                assertTrue(g.encoding().equals(e) || g.unsure() && g.alternatives().contains(e), text + " in " + e + ": " + g);
                if (g.encoding().equals(e)) {
                    assertEquals(text, decoded(b, g));
                }
            }
        }
    }

    @Test
    void aWrongArabicCodePageIsOfferedAsTheFirstAlternative() {
        byte[] b = bytes("ترحب جدا", TextEncoding.WINDOWS_1256);
        CharsetGuess g = detector.detect(b, false);
        assertTrue(g.unsure(), g.toString());
        TextEncoding other = g.encoding().equals(TextEncoding.WINDOWS_1256) ? TextEncoding.ISO_8859_6 : TextEncoding.WINDOWS_1256;
        assertEquals(other, g.alternatives().getFirst(), g.toString());
    }

    @Test
    void latinTextInALatinCodePageIsNotTakenForArabic() {
        // French in ISO-8859-1: its accented letters are Latin in windows-1256 too, so no Arabic reading fits.
        byte[] b = "Le comité a été réuni à Genève après l'été.".getBytes(java.nio.charset.Charset.forName("ISO-8859-1"));
        CharsetGuess g = detector.detect(b, false);
        assertFalse(ArabicLetters.arabicShare(new String(b, g.encoding().charset())) > 0.5, g.toString());
        assertEquals("Le comité a été réuni à Genève après l'été.", new String(b, g.encoding().charset()));
    }

    @Test
    void arabicLettersScoreTheRightPageHigher() {
        String right = "الرد الحاسم";
        String wrong = new String(right.getBytes(TextEncoding.WINDOWS_1256.charset()), TextEncoding.ISO_8859_6.charset());
        assertTrue(ArabicLetters.logLikelihood(right) > ArabicLetters.logLikelihood(wrong), wrong);
        assertEquals(1.0, ArabicLetters.arabicShare(right));
        assertEquals(0.0, ArabicLetters.arabicShare("abc"));
    }
}
