package org.mizan.analysis.figures;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.mizan.text.ArabicNormalizer;

/**
 * The words figures are made of, keyed by their matching form ({@link ArabicNormalizer#key}).
 * Entries are written as they appear in print (with hamza) and folded here, so the tables stay
 * readable and the folding stays in one place.
 */
final class Lexicon {

    private static final ArabicNormalizer NORM = ArabicNormalizer.forMatching();
    private static final Map<String, Lex> WORDS = new HashMap<>(2048);

    private Lexicon() {
    }

    /** The entry of an exact matching key, or null. */
    static Lex get(String key) {
        return WORDS.get(key);
    }

    static String key(String word) {
        return NORM.key(word);
    }

    private static void put(Consumer<Lex> role, String... words) {
        for (String w : words) {
            role.accept(WORDS.computeIfAbsent(NORM.key(w), k -> new Lex()));
        }
    }

    private static void cardinal(double value, Lex.Card type, String... words) {
        put(l -> {
            l.card = value;
            l.cardType = type;
        }, words);
    }

    static {
        // ---- cardinals, with gender and case forms
        put(l -> {
            l.card = 1;
            l.cardType = Lex.Card.UNIT;
            l.one = true;
        }, "واحد", "واحدة", "أحد", "إحدى");
        cardinal(2, Lex.Card.UNIT, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي", "ثنتين", "ثنتان");
        cardinal(3, Lex.Card.UNIT, "ثلاث", "ثلاثة");
        cardinal(4, Lex.Card.UNIT, "أربع", "أربعة");
        cardinal(5, Lex.Card.UNIT, "خمس", "خمسة");
        cardinal(6, Lex.Card.UNIT, "ستة");
        put(l -> {
            l.card = 6;
            l.cardType = Lex.Card.UNIT;
            l.bareOnly = true;
        }, "ست");
        cardinal(7, Lex.Card.UNIT, "سبع", "سبعة");
        cardinal(8, Lex.Card.UNIT, "ثمان", "ثماني", "ثمانية");
        cardinal(9, Lex.Card.UNIT, "تسع", "تسعة");
        cardinal(10, Lex.Card.TEN_TAIL, "عشر", "عشرة");
        cardinal(20, Lex.Card.TENS, "عشرون", "عشرين");
        cardinal(30, Lex.Card.TENS, "ثلاثون", "ثلاثين");
        cardinal(40, Lex.Card.TENS, "أربعون", "أربعين");
        cardinal(50, Lex.Card.TENS, "خمسون", "خمسين");
        cardinal(60, Lex.Card.TENS, "ستون", "ستين");
        cardinal(70, Lex.Card.TENS, "سبعون", "سبعين");
        cardinal(80, Lex.Card.TENS, "ثمانون", "ثمانين");
        cardinal(90, Lex.Card.TENS, "تسعون", "تسعين");
        cardinal(100, Lex.Card.HUNDRED, "مئة", "مائة");
        put(l -> {
            l.card = 200;
            l.cardType = Lex.Card.HUNDRED;
            l.dual = true;
        }, "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مائتا", "مئتي", "مائتي");
        String[] hundredStems = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "ثماني", "تسع"};
        int[] hundredValues = {300, 400, 500, 600, 700, 800, 800, 900};
        for (int i = 0; i < hundredStems.length; i++) {
            cardinal(hundredValues[i], Lex.Card.HUNDRED, hundredStems[i] + "مئة", hundredStems[i] + "مائة");
        }
        cardinal(1000, Lex.Card.SCALE, "ألف", "ألفا", "ألفًا", "thousand");
        put(l -> {
            l.card = 1000;
            l.cardType = Lex.Card.SCALE;
            l.pluralScale = true;
        }, "آلاف", "ألوف", "thousands");
        put(l -> {
            l.card = 2000;
            l.cardType = Lex.Card.SCALE;
            l.dual = true;
        }, "ألفان", "ألفين", "ألفي");
        cardinal(1e6, Lex.Card.SCALE, "مليون", "مليونا", "million", "mln", "m");
        put(l -> {
            l.card = 1e6;
            l.cardType = Lex.Card.SCALE;
            l.pluralScale = true;
        }, "ملايين", "millions");
        put(l -> {
            l.card = 2e6;
            l.cardType = Lex.Card.SCALE;
            l.dual = true;
        }, "مليونان", "مليونين", "مليوني");
        cardinal(1e9, Lex.Card.SCALE, "مليار", "مليارا", "بليون", "بليونا", "billion", "bn", "b");
        put(l -> {
            l.card = 1e9;
            l.cardType = Lex.Card.SCALE;
            l.pluralScale = true;
        }, "مليارات", "بلايين", "billions");
        put(l -> {
            l.card = 2e9;
            l.cardType = Lex.Card.SCALE;
            l.dual = true;
        }, "ملياران", "مليارين", "ملياري");
        cardinal(1e12, Lex.Card.SCALE, "تريليون", "تريليونا", "trillion");
        put(l -> {
            l.card = 1e12;
            l.cardType = Lex.Card.SCALE;
            l.pluralScale = true;
        }, "تريليونات");
        cardinal(0.5, Lex.Card.FRACTION, "نصف");
        cardinal(0.25, Lex.Card.FRACTION, "ربع");
        cardinal(1.0 / 3, Lex.Card.FRACTION, "ثلث");
        cardinal(2.0 / 3, Lex.Card.FRACTION, "ثلثي", "ثلثا");
        put(l -> l.quarters = true, "أرباع");

        // ---- vague quantities
        put(l -> l.vague = true, "عدة", "بضعة", "بضع", "عشرات", "مئات", "مئات", "العشرات", "المئات",
                "الآلاف", "الألوف", "الملايين", "المليارات", "dozens", "hundreds");

        // ---- ordinals
        String[][] ordinals = {
            {"الأول", "الأولى"}, {"الثاني", "الثانية"}, {"الثالث", "الثالثة"}, {"الرابع", "الرابعة"},
            {"الخامس", "الخامسة"}, {"السادس", "السادسة"}, {"السابع", "السابعة"}, {"الثامن", "الثامنة"},
            {"التاسع", "التاسعة"}, {"العاشر", "العاشرة"}};
        for (int i = 0; i < ordinals.length; i++) {
            int v = i + 1;
            put(l -> {
                l.ordinal = v;
                l.ordinalDefinite = true;
            }, ordinals[i]);
        }
        put(l -> {
            l.ordinal = 1;
            l.ordinalDefinite = true;
        }, "الحادي", "الحادية");
        String[][] indefinite = {{"أول"}, {"ثاني"}, {"ثالث", "ثالثة"}, {"رابع", "رابعة"}, {"خامس", "خامسة"},
            {"سادس", "سادسة"}, {"سابع", "سابعة"}, {"ثامن", "ثامنة"}, {"تاسع", "تاسعة"}, {"عاشر", "عاشرة"}};
        for (int i = 0; i < indefinite.length; i++) {
            int v = i + 1;
            put(l -> l.ordinal = v, indefinite[i]);
        }
        put(l -> {
            l.ordinal = 2;
            l.ordinalAfterNounOnly = true;
        }, "ثانية", "ثان");
        String[] tensDefinite = {"العشرين", "الثلاثين", "الأربعين", "الخمسين", "الستين", "السبعين", "الثمانين",
            "التسعين", "العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون", "الثمانون", "التسعون"};
        for (int i = 0; i < tensDefinite.length; i++) {
            int v = 20 + 10 * (i % 8);
            put(l -> {
                l.ordinal = v;
                l.ordinalDefinite = true;
                l.ordinalTens = true;
            }, tensDefinite[i]);
        }

        // ---- months
        String[][] months = {
            {"يناير", "كانون الثاني", "جانفي", "january", "jan"},
            {"فبراير", "شباط", "فيفري", "فبرایر", "february", "feb"},
            {"آذار", "مارس", "march", "mar"},
            {"أبريل", "إبريل", "نيسان", "أفريل", "april", "apr"},
            {"مايو", "أيار", "ماي", "may"},
            {"يونيو", "يونيه", "حزيران", "جوان", "june", "jun"},
            {"يوليو", "يوليه", "تموز", "جويلية", "يوليوز", "july", "jul"},
            {"أغسطس", "آب", "أوت", "غشت", "august", "aug"},
            {"سبتمبر", "أيلول", "شتنبر", "september", "sep", "sept"},
            {"أكتوبر", "تشرين الأول", "october", "oct"},
            {"نوفمبر", "تشرين الثاني", "نونبر", "november", "nov"},
            {"ديسمبر", "كانون الأول", "دجنبر", "december", "dec"}};
        for (int i = 0; i < months.length; i++) {
            int m = i + 1;
            for (String w : months[i]) {
                if (w.contains(" ")) {
                    continue; // كانون/تشرين + الأول/الثاني are read as two words
                }
                boolean latin = w.charAt(0) < 0x0600;
                boolean ambiguous = latin || w.equals("مارس") || w.equals("ماي") || w.equals("نيسان")
                        || w.equals("آب") || w.equals("أوت");
                put(l -> {
                    l.month = m;
                    l.latin = latin;
                    l.monthNeedsContext = ambiguous;
                }, w);
            }
        }
        // صفر is left out: it is also "zero". ربيع، جمادى، ذو/ذي are read with their second word.
        put(l -> l.hijri = true, "محرم", "رجب", "شعبان", "رمضان", "شوال", "ربيع", "جمادى", "ذو", "ذي");
        put(l -> l.month = -1, "كانون");
        put(l -> l.month = -2, "تشرين");

        // ---- days
        String[] weekdays = {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"};
        for (int i = 0; i < weekdays.length; i++) {
            int d = i + 1;
            put(l -> l.weekday = d, weekdays[i]);
        }
        put(l -> l.relativeDay = 0, "أمس", "البارحة");
        put(l -> l.relativeDay = 1, "اليوم");
        put(l -> l.relativeDay = 2, "غدا", "غدًا", "غداً");
        put(l -> l.dayPart = true, "صباح", "مساء", "ليل", "ليلة", "فجر", "ظهر", "عصر", "ظهيرة", "يوم", "نهار",
                "صبيحة");
        put(l -> l.relativeQualifier = true, "الماضي", "الماضية", "المقبل", "المقبلة", "القادم", "القادمة",
                "الجاري", "الحالي", "المنصرم", "الفائت", "المنقضي");
        put(l -> l.timePreposition = true, "في", "منذ", "حتى", "خلال", "مطلع", "أوائل", "أواخر", "منتصف",
                "نهاية", "بداية", "أواسط", "شهر", "بحلول", "قبل", "بعد", "مع", "طوال", "منذ", "ابتداء", "اعتبارا",
                "صيف", "شتاء", "ربيع", "خريف", "عام", "العام", "سنة", "in", "since", "until", "by", "from");
        put(l -> l.yearWord = true, "عام", "العام", "سنة", "السنة", "عامي", "سنتي", "year");

        String[] decades = {"العشرينات", "الثلاثينات", "الأربعينات", "الخمسينات", "الستينات", "السبعينات",
            "الثمانينات", "التسعينات"};
        for (int i = 0; i < decades.length; i++) {
            int d = 20 + 10 * i;
            String base = decades[i].substring(0, decades[i].length() - 2);   // العشرين
            String bare = base.substring(2);                                    // عشرين
            put(l -> l.decade = d, decades[i], base + "يات", bare + "ات", bare + "يات");
        }

        // ---- currencies and units
        put(l -> l.currency = "USD", "الدولار", "دولار", "دولارا", "دولارات", "الدولارات", "دولاراً", "usd", "dollar", "dollars",
                "$");
        put(l -> l.currency = "EUR", "يورو", "اليوروهات", "eur", "euro", "euros", "€");
        put(l -> l.currency = "EGP", "جنيه", "جنيها", "جنيهات", "الجنيهات", "الجنيه", "egp");
        put(l -> l.currency = "GBP", "£", "gbp", "pounds", "sterling");
        put(l -> l.currency = "SAR", "ريال", "ريالا", "ريالات", "الريالات", "sar");
        put(l -> l.currency = "IQD", "دينار", "دينارا", "دنانير", "الدنانير", "iqd");
        put(l -> l.currency = "SYP", "ليرة", "ليرات", "الليرات", "syp");
        put(l -> l.currency = "AED", "درهم", "درهما", "دراهم", "الدراهم", "aed");
        put(l -> l.currency = "RUB", "روبل", "روبلا", "rub");
        put(l -> l.currency = "CNY", "يوان", "cny");
        put(l -> l.currency = "JPY", "ين", "jpy");
        put(l -> l.currency = "INR", "روبية", "inr");
        put(l -> l.currency = "ILS", "شيكل", "شيقل", "شواكل", "ils");
        put(l -> l.currency = "CHF", "فرنك", "فرنكات", "chf");
        put(l -> l.currency = "IRR", "تومان", "irr");
        put(l -> l.currency = "TRY", "try");
        put(l -> l.currency = "LBP", "lbp");
        put(l -> l.currency = "KWD", "kwd");
        put(l -> l.currency = "QAR", "qar");
        put(l -> l.currency = "JOD", "jod");
        String[][] adjectives = {
            {"USD", "أمريكي", "أميركي", "الأمريكي", "الأميركي"}, {"CAD", "كندي"}, {"AUD", "أسترالي", "استرالي"},
            {"GBP", "إسترليني", "استرليني", "الإسترليني"}, {"EGP", "مصري", "المصري"}, {"SDG", "سوداني"},
            {"SAR", "سعودي", "السعودي"}, {"QAR", "قطري"}, {"OMR", "عماني"}, {"YER", "يمني"}, {"IRR", "إيراني"},
            {"IQD", "عراقي", "العراقي"}, {"KWD", "كويتي"}, {"JOD", "أردني"}, {"BHD", "بحريني"}, {"LYD", "ليبي"},
            {"TND", "تونسي"}, {"DZD", "جزائري"}, {"SYP", "سورية", "سوري", "السورية"},
            {"LBP", "لبنانية", "لبناني", "اللبنانية"}, {"TRY", "تركية", "تركي", "التركية"}, {"AED", "إماراتي"},
            {"MAD", "مغربي"}, {"CHF", "سويسري"}, {"EUR", "أوروبي"}};
        for (String[] a : adjectives) {
            for (int i = 1; i < a.length; i++) {
                put(l -> l.currencyAdjective = a[0], a[i]);
            }
        }
        put(l -> l.measure = true, "متر", "مترا", "أمتار", "الأمتار", "كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم",
                "ميل", "ميلا", "أميال", "سنتيمتر", "سنتيمترا", "سم", "مليمتر", "ملم", "كيلوغرام", "كيلوغراما",
                "كيلوجرام", "كيلوغرامات", "كغ", "كلغ", "كيلو", "غرام", "غراما", "جرام", "جراما", "طن", "طنا", "أطنان",
                "الأطنان", "لتر", "لترا", "لترات", "برميل", "برميلا", "براميل", "هكتار", "هكتارا", "هكتارات", "دونم",
                "دونما", "دونمات", "فدان", "فدانا", "أفدنة", "ميغاواط", "ميغاوات", "ميجاوات", "ميجاواط", "كيلوواط",
                "ميغاوات", "واط", "درجة", "ليتر", "ليترا", "ليترات", "مل", "ملم", "ميكروغرام", "ملغ", "درجات", "قدم", "أقدام", "بوصة", "عقدة", "km", "kg", "mw", "tons", "tonnes",
                "miles", "meters", "metres", "kilometres", "kilometers", "barrels");
        put(l -> l.timeUnit = 1, "ثانية", "ثوان", "ثواني", "ثوانٍ", "دقيقة", "دقائق", "ساعة", "ساعات", "يوم", "يوما",
                "أيام", "أسبوع", "أسبوعا", "أسابيع", "شهر", "شهرا", "أشهر", "شهور", "سنة", "سنوات", "سنين", "عام",
                "عاما", "أعوام", "عقد", "عقود", "قرن", "قرون", "days", "weeks", "months", "years", "hours", "minutes");
        put(l -> l.timeUnit = 2, "ساعتين", "ساعتان", "يومين", "يومان", "أسبوعين", "شهرين", "سنتين", "عامين",
                "عامان", "عقدين", "قرنين", "دقيقتين");
        // Duals that count themselves. A suffix rule would read names (بوتين، مارتين) as duals, so
        // only frequent news nouns are listed.
        String[][] duals = {{"مرة", "مرتين", "مرتان"}, {"شخص", "شخصين", "شخصان"}, {"طفل", "طفلين", "طفلان"},
            {"جندي", "جنديين", "جنديان"}, {"طائرة", "طائرتين", "طائرتان"}, {"دولة", "دولتين", "دولتان"},
            {"قذيفة", "قذيفتين", "قذيفتان"}, {"صاروخ", "صاروخين", "صاروخان"}, {"سيارة", "سيارتين", "سيارتان"},
            {"مسلح", "مسلحين", "مسلحان"}, {"قتيل", "قتيلين", "قتيلان"}, {"شقيق", "شقيقين", "شقيقان"},
            {"مرحلة", "مرحلتين", "مرحلتان"}, {"جولة", "جولتين", "جولتان"}, {"سفينة", "سفينتين", "سفينتان"}};
        for (String[] d : duals) {
            put(l -> l.dualOf = d[0], d[1], d[2]);
        }
        put(l -> l.percent = true, "بالمئة", "بالمائة", "بالمية", "%", "percent", "pct", "بالمائه");

        put(l -> l.approxStart = true, "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "أكثر", "أقل", "ما", "يقرب", "يقارب",
                "يناهز", "يزيد", "لا", "أزيد", "يربو", "بين", "about", "around", "nearly", "almost", "approximately",
                "over", "more", "less", "some", "roughly");
        put(l -> l.clock = true, "الساعة");

        // ---- function words: never a counted noun after a number
        put(l -> l.stop = true, "في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "حتى", "منذ", "قد", "لا", "لم",
                "لن", "ما", "أن", "إن", "أنه", "إنه", "أنها", "إنها", "كان", "كانت", "كما", "و", "ف", "ب", "ل", "ك",
                "أو", "أم", "ثم", "بل", "لكن", "لكن", "إلا", "غير", "سوى", "كل", "بعض", "هذا", "هذه", "ذلك", "تلك",
                "الذي", "التي", "الذين", "هو", "هي", "هم", "نحو", "حوالي", "فقط", "تقريبا", "فأكثر", "فما", "بعد",
                "قبل", "خلال", "عند", "عندما", "حين", "حيث", "أي", "أيضا", "وفق", "وفقا", "بحسب", "حسب", "لدى", "لدي",
                "فيما", "بينما", "بينهم", "منهم", "منها", "بينها", "عليه", "عليها", "له", "لها", "لهم", "به", "بها",
                "فيه", "فيها", "هناك", "هنا", "إذ", "إذا", "لو", "قال", "قالت", "يقول", "أكثر", "أقل", "نحو", "مقابل",
                "ضد", "دون", "نفسه", "ذاته", "جراء", "إثر", "عبر", "لدى", "تحت", "فوق", "أمام", "خلف", "وراء",
                "ليس", "ليست", "ربما", "لعل", "كذلك", "جدا", "حاليا", "معا", "سويا", "يوميا", "أيضاً", "إضافة",
                "بالإضافة", "منذ", "هؤلاء", "أولئك", "ذاك", "حتى", "كي", "لكي", "لأن", "لان", "إذن", "بينما", "أثناء",
                "وسط", "داخل", "خارج", "حول", "نحو", "ضمن", "عدا", "خلا", "خاصة", "علما", "ميلادي", "ميلادية", "هجري",
                "هجرية", "للهجرة", "للميلاد", "بسبب", "بجانب", "بنسبة", "بمقدار", "بواقع", "بتوقيت", "باسم", "بقيمة",
                "بمعدل", "بفارق", "بحجم", "بسعر", "بمبلغ", "لمدة", "لصالح", "لمصلحة", "لمجرد", "بهدف", "بغية", "بفضل",
                "بدل", "بدلا", "بشأن", "بخصوص", "بمناسبة", "بموجب", "بحلول", "عقب", "إزاء", "تجاه", "لأجل", "and", "or", "in", "of", "the", "to", "on", "at", "by", "for");
    }
}
