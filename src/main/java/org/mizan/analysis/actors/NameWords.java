package org.mizan.analysis.actors;

import java.util.HashSet;
import java.util.Set;
import org.mizan.analysis.ner.ArabicForms;

/**
 * Small closed word classes the rules need: function words (reporting verbs among them, so a name
 * never runs on into the verb that follows it: فراس العبادي زعم), time words, locative prepositions.
 */
final class NameWords {

    private static final Set<String> FUNCTION = keys("""
            في من إلى الى على عن مع إن أن ان إنه أنه انه بأن لأن قد لا لم لن ما كان كانت يكون تكون هو هي هم
            التي الذي الذين اللذين اللتين اللواتي بعد قبل خلال منذ حتى أو ثم كما وفق وفقا عبر بين حول ضد دون
            لدى عند أمس اليوم غدا يوم ذلك هذا هذه تلك هؤلاء كل بعض غير سوى أي أيضا جدا لكن لكنه بل إذا إذ
            حيث عندما بينما قال قالت يقول تقول أكد أكدت أضاف أضافت أعلن أعلنت ذكر ذكرت أشار أشارت أوضح أوضحت
            نحو عليه عليها له لها منه منها فيه فيها إليه إليها به بها عنه عنها وقال وقالت وأكد وأضاف وأعلن
            ليس ليست مثل إلا أما أمام وراء فوق تحت داخل خارج قرب بشأن إزاء لصالح باسم نيابة رغم بسبب جراء
            زعم نفى كشف أفاد رأى دعا حذر اعتبر اتهم صرح لفت شدد طالب رجح توقع أبلغ نقل أقر اعترف ادعى استبعد
            تابع أردف يرى يعتبر يؤكد يزعم ينفي
            """);

    private static final Set<String> TIME = keys("""
            الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الماضي الماضية المقبل المقبلة الجاري
            الحالي الحالية القادم القادمة الأخير الأخيرة الأول الأولى الثاني الثانية اليوم الآن السابق السابقة
            """);

    /**
     * Words after which a capital is a place, not its government: prepositions, verbs of travel (not
     * بين: "the dispute between Baghdad and Erbil" is between governments).
     */
    private static final Set<String> LOCATIVE = keys("""
            في إلى الى من نحو داخل قرب خارج حول عبر أمام تجاه زار زارت يزور تزور سيزور ستزور زيارة
            وصل وصلت يصل تصل غادر غادرت يغادر تغادر توجه توجهت يتوجه عاد عادت يعود مغادرة لزيارة
            """);

    private NameWords() {
    }

    private static Set<String> keys(String words) {
        Set<String> out = new HashSet<>();
        for (String w : words.strip().split("\\s+")) {
            out.add(ArabicForms.key(w));
        }
        return Set.copyOf(out);
    }

    static boolean isFunctionWord(String key) {
        return FUNCTION.contains(key);
    }

    static boolean isTimeWord(String key) {
        return TIME.contains(key);
    }

    static boolean isLocative(String key) {
        return LOCATIVE.contains(key);
    }

    /** Nisba adjectives and plurals (الأميركية، العراقي، الإيرانيين): they modify, they do not name. */
    static boolean isNisba(String key) {
        return key.length() > 4 && (key.endsWith("يه") || key.endsWith("ي") || key.endsWith("يين")
                || key.endsWith("يون") || key.endsWith("يان"));
    }

    /** Adjectives (not nisba) common in organisation names: الأمم المتحدة، اللجنة العليا، الأمانة العامة. */
    private static final Set<String> NAME_ADJECTIVES = keys("""
            المتحدة العليا الكبرى العظمى الوسطى الأعلى الموحدة الموحد المستقلة الحرة العامة العام الدائمة
            المشتركة الخاصة الجديد الجديدة الأوسط القابضة المحدودة
            """);

    /** An adjective that can continue a name: a nisba (الأميركي) or one of the common name adjectives. */
    static boolean isAdjective(String key) {
        return isNisba(key) || NAME_ADJECTIVES.contains(key);
    }

    /**
     * The letters that spell a name the same way across spelling variants: the folded key
     * without long vowels after the first letter (الأميركية and الأمريكية both give "المركه").
     */
    static String skeleton(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (i > 0 && (c == 'ا' || c == 'و' || c == 'ي') && key.charAt(i - 1) != ' ') {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
