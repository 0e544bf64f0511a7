package org.mizan.analysis.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicRootsTest {

    private static String family(String word) {
        return ArabicRoots.family(Words.key(word));
    }

    private static void sameFamily(String expected, List<String> words) {
        for (String w : words) {
            assertEquals(expected, family(w), w);
        }
    }

    @Test
    void withdrawalFormsShareOneFamily() {
        sameFamily("سحب", List.of("انسحاب", "انسحب", "الانسحاب", "ينسحب", "للانسحاب", "سحب", "لسحب",
                "بالانسحاب", "انسحبت", "ستنسحب", "تنسحب", "سيسحب", "سحبت", "الانسحابات", "منسحبة", "وانسحبت"));
    }

    @Test
    void derivedFormsAndMasdarsReachTheirRoot() {
        sameFamily("خفض", List.of("خفض", "تخفيض", "خفضت", "يخفض", "انخفاض", "انخفضت", "التخفيضات", "بتخفيض"));
        sameFamily("قصف", List.of("قصف", "القصف", "قصفت", "يقصف", "وقصفت", "قصفا"));
        sameFamily("فرج", List.of("الإفراج", "أفرجت", "يفرج", "المفرج", "إفراج", "أفرج", "للإفراج"));
        sameFamily("رفع", List.of("ارتفع", "ارتفاع", "ارتفعت", "يرتفع", "الارتفاع"));
        sameFamily("حجز", List.of("احتجاز", "محتجزا", "محتجزين", "المحتجزين", "يحتجز", "احتجزت"));
        sameFamily("فوض", List.of("مفاوضات", "التفاوض", "تفاوض", "المفاوضات", "يتفاوض"));
        sameFamily("رجع", List.of("تراجع", "تراجعت", "يتراجع", "التراجع"));
        sameFamily("غرق", List.of("استغراق", "تستغرق", "يستغرق", "استغرقت"));
        sameFamily("علن", List.of("أعلن", "أعلنت", "يعلن", "إعلان", "الإعلان"));
        sameFamily("اكد", List.of("أكد", "أكدت", "يؤكد", "تأكيد", "مؤكداً", "وأكدت"));
        sameFamily("ذكر", List.of("ذكر", "ذكرت", "وذكرت", "يذكر"));
        sameFamily("وفق", List.of("وافق", "وافقت", "يوافق", "موافقة", "الموافقة"));
        sameFamily("فشل", List.of("فشل", "فشلت", "يفشل", "الفشل"));
        sameFamily("وجد", List.of("وجود", "وجودها", "الوجود"));
        sameFamily("خطط", List.of("خطة", "تخطط", "يخطط", "خطط"));
    }

    @Test
    void weakRootsFoldTheirLongVowels() {
        sameFamily("قول", List.of("قال", "قالت", "يقول", "تقول", "وقال", "قول", "يقولون"));
        sameFamily("نفي", List.of("نفى", "نفت", "ينفي", "تنفي", "نفي", "ونفى"));
        sameFamily("بقي", List.of("البقاء", "بقاء", "يبقى", "باقية", "بقيت"));
        sameFamily("زود", List.of("زيادة", "زاد", "يزيد", "الزيادة"));
        sameFamily("دعي", List.of("دعا", "يدعو", "دعت"));
    }

    @Test
    void unrelatedWordsStayApart() {
        assertNotEquals(family("انسحاب"), family("انتخاب"));
        assertNotEquals(family("قصف"), family("قصد"));
        assertNotEquals(family("وزير"), family("زير"));
        assertNotEquals(family("ارتفع"), family("انخفض"));
    }
}
