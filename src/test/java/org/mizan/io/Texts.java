package org.mizan.io;

/** Arabic test texts written for these tests; every character exists in both windows-1256 and ISO-8859-6. */
final class Texts {

    static final String REPORT = """
            أعلنت بلدية المدينة الساحلية صباح الأحد افتتاح جسر جديد يربط الحي الشرقي بالميناء، بعد أعمال استمرت ثلاث سنوات.
            وقال رئيس البلدية إن الجسر سيخفف الازدحام في الشوارع القديمة، وإن كلفته بلغت 40 مليون دينار.
            لكن نقابة المهندسين ذكرت في بيان أن الكلفة الحقيقية تجاوزت 55 مليون دينار، وطالبت بنشر العقود كاملة؟
            ويأمل السكان أن يفتح الجسر أمام الحافلات قبل نهاية الصيف؛ فيما لم يعلق الوزير على الأرقام.""";

    /** One short sentence: the kind of text ICU's detector is weak on. */
    static final String SHORT = "وافق المجلس على القرار.";

    private Texts() {
    }
}
