package org.mizan.analysis.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes the claim machinery reads: reporting cues, negators, hedges, light verbs
 * and so on. Every entry is a folded key ({@link Words#key}); cues are listed by lemma and expanded to
 * their persons, genders and tenses here, so callers look up surface keys only.
 */
public final class Lexicon {

    /** How a cue relates its source to the content. */
    public enum CueKind {
        /** the source asserts the content (قال، أكد، ذكر ...) */
        SAY,
        /** the source denies the content (نفى، استبعد) */
        DENY,
        /** the source asks for it: not a statement of fact (دعا، طالب) */
        DIRECT,
        /** "according to" (بحسب، وفقاً لـ): the source is the prepositional object */
        ACCORDING,
        /** agentless report (تردد أن، أفيد، قيل) */
        AGENTLESS,
        /** a participle continuing the previous source (مشيرة إلى أن، مضيفاً) */
        CONTINUING
    }

    private static final Map<String, CueKind> CUES = new HashMap<>();

    private static void verb(CueKind kind, String past, String present, String... participles) {
        for (String suffix : List.of("", "ت", "ا", "وا", "تا")) {
            CUES.putIfAbsent(past + suffix, kind);
        }
        if (present != null) {
            for (String form : List.of("ي" + present, "ت" + present, "ي" + present + "ون", "ي" + present + "ان",
                    "ت" + present + "ان")) {
                CUES.putIfAbsent(form, kind);
            }
        }
        for (String p : participles) {
            // masculine and feminine, singular and plural: مشيراً، مشيرة، محذرين، مؤكدون
            for (String suffix : List.of("", "ا", "ه", "ين", "ون", "تين", "تان")) {
                CUES.putIfAbsent(p + suffix, CueKind.CONTINUING);
            }
        }
    }

    static {
        verb(CueKind.SAY, "قال", "قول", "قائل");
        verb(CueKind.SAY, "اكد", "ؤكد", "مؤكد");
        verb(CueKind.SAY, "ذكر", "ذكر");
        verb(CueKind.SAY, "كشف", "كشف", "كاشف");
        verb(CueKind.SAY, "اعلن", "علن", "معلن");
        verb(CueKind.SAY, "افاد", "فيد");
        verb(CueKind.SAY, "اشار", "شير", "مشير");
        verb(CueKind.SAY, "اوضح", "وضح", "موضح");
        verb(CueKind.SAY, "اضاف", "ضيف", "مضيف");
        verb(CueKind.SAY, "نقل", "نقل");
        verb(CueKind.SAY, "راي", "ري");
        verb(CueKind.SAY, "اعتبر", "عتبر", "معتبر");
        verb(CueKind.SAY, "زعم", "زعم", "زاعم");
        verb(CueKind.SAY, "صرح", "صرح");
        verb(CueKind.SAY, "شدد", "شدد", "مشدد");
        verb(CueKind.SAY, "لفت", "لفت", "لافت");
        verb(CueKind.SAY, "حذر", "حذر", "محذر");
        verb(CueKind.SAY, "اقر", "قر");
        verb(CueKind.SAY, "اعترف", "عترف", "معترف");
        verb(CueKind.SAY, "اورد", "ورد");
        verb(CueKind.SAY, "اردف", "ردف");
        verb(CueKind.SAY, "ادعي", "دعي");
        verb(CueKind.SAY, "ابلغ", null);
        verb(CueKind.SAY, "افادت", null);
        verb(CueKind.SAY, "تابع", null);
        verb(CueKind.SAY, "وصف", "صف");
        verb(CueKind.SAY, "كتب", "كتب");
        verb(CueKind.SAY, "اتهم", "تهم", "متهم");
        verb(CueKind.SAY, "توقع", "توقع");
        verb(CueKind.SAY, "قدر", "قدر", "مقدر");
        // رجّح "deems likely": a report the source only expects (the claim finder marks it hedged)
        verb(CueKind.SAY, "رجح", "رجح", "مرجح");
        verb(CueKind.DENY, "نفي", "نفي", "ناف");
        verb(CueKind.DENY, "استبعد", "ستبعد", "مستبعد");
        verb(CueKind.DIRECT, "دعا", "دعو", "داعي");
        verb(CueKind.DIRECT, "طالب", "طالب", "مطالب");
        verb(CueKind.DIRECT, "حث", "حث");
        verb(CueKind.DIRECT, "ناشد", "ناشد");
        for (String k : List.of("نفت", "نفوا")) {
            CUES.put(k, CueKind.DENY);
        }
        for (String k : List.of("دعت", "دعوا")) {
            CUES.put(k, CueKind.DIRECT);
        }
        for (String k : List.of("قالت", "قالوا", "رات", "راوا")) {
            CUES.put(k, CueKind.SAY);
        }
        for (String k : List.of("بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا", "استنادا")) {
            CUES.put(k, CueKind.ACCORDING);
        }
        for (String k : List.of("تردد", "يتردد", "افيد", "قيل", "يقال", "اشيع", "يشاع", "يعتقد", "يذكر")) {
            CUES.put(k, CueKind.AGENTLESS);
        }
        // "يرى" and "ترى" also mean "sees": kept, since a following أن makes them opinion cues.
    }

    /** Complementizers that open a reported content (إن، أن، بأن، أنه ...). */
    public static final Set<String> COMPLEMENTIZERS = Set.of("ان", "انه", "انها", "انهم", "انهما", "انهن", "بان",
            "بانه", "بانها", "بانهم", "فان", "وان", "وانه", "وانها", "وانهم", "فانه", "فانها", "انني", "اننا",
            "بانهما");

    /** Negators with clausal scope. "غير" negates the word after it. */
    public static final Set<String> NEGATORS = Set.of("لا", "لم", "لن", "ليس", "ليست", "ليسوا", "لسنا", "لست",
            "عدم", "غير", "ولا", "ولم", "ولن", "وليس", "وعدم", "بعدم", "لعدم", "وغير", "بغير", "فلا", "فلم", "فلن");

    /** After لا/لم/ما these make "still" or "especially", not a negation. */
    public static final Set<String> NOT_NEGATING_AFTER = Set.of("يزال", "تزال", "يزالون", "زال", "زالت", "زالوا",
            "يزل", "تزل", "سيما", "بد", "يزالان", "تزالان",
            // bounds of a figure: "لا يقل عن 300" is "at least 300", not a denial
            "يقل", "تقل", "يتجاوز", "تتجاوز", "يزيد", "تزيد", "يتعدي", "يتخطي");

    public static final Set<String> HEDGES = Set.of("ربما", "المتوقع", "متوقع", "يتوقع", "تتوقع", "المرجح",
            "يرجح", "ترجح", "الارجح", "المحتمل", "محتمل", "يحتمل", "احتمال", "لعل", "يبدو", "وربما", "مرجح");

    /** Copulas and auxiliaries: skipped when looking for the predicate. */
    public static final Set<String> AUXILIARIES = Set.of("كان", "كانت", "كانوا", "يكون", "تكون", "يكونوا", "تكن",
            "يكن", "اصبح", "اصبحت", "يصبح", "تصبح", "بات", "باتت", "يبات", "ظل", "ظلت", "يظل", "تظل", "زال", "زالت",
            "زالوا", "يزال", "تزال", "يزالون", "يعد", "تعد", "تم", "يتم", "تمت", "جري", "يجري", "جرت", "تجري",
            "هناك", "ثمه", "يوجد", "توجد", "سوف", "لقد", "قد", "وقد", "فقد", "وكان", "وكانت", "ستكون", "سيكون",
            "سيتم", "عاد", "عادت");

    /** Past-tense copulas: a claim about a past state is no contradiction of a present one. */
    public static final Set<String> PAST_STATE = Set.of("كان", "كانت", "كانوا", "تكن", "يكن", "وكان", "وكانت",
            "سابقا", "السابق");

    /** Words saying that something changed: a stated change over time is not a contradiction. */
    public static final Set<String> CHANGE_FAMILIES = Set.of("غور", "بدل", "عدل");

    /**
     * Roots of intention and aspect words (plan, intend, consider, prepare, begin, be interested in):
     * the event is their complement, so "تخطط للانسحاب" is a withdrawal frame.
     */
    public static final Set<String> LIGHT_FAMILIES = Set.of("خطط", "نوي", "عزم", "فكر", "درس", "بحث", "عدد",
            "سعي", "قرر", "رود", "رغب", "حول", "همم", "بدي", "بدا", "شرع", "مرر", "جهز", "وشك", "قرب", "نظر", "مكن",
            "حضر", "هدد", "مهم", "همي", "هتم");

    /** Words that end the main clause of a content: what follows is subordinate. */
    public static final Set<String> SUBORDINATORS = Set.of("الرغم", "رغم", "بالرغم", "برغم", "لان", "لانه", "لانها",
            "بسبب", "حيث", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي",
            "عندما", "حين", "حينما", "بينما", "فيما", "لكن", "لكنه", "لكنها", "ولكن", "الا", "مع", "وسط", "خوفا",
            "مما", "اذا", "لو", "كي", "لكي", "حتي", "دون", "بدون", "قبل", "بعد", "اثناء", "خلال", "منذ", "وبعد",
            "وقبل", "ومع", "اما", "وهي", "وهو");

    /** Heads of anonymous sources (مصدر أمني، مسؤول رفيع، شهود عيان ...), without article. */
    public static final Set<String> ANONYMOUS_HEADS = Set.of("مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين",
            "مسؤوله", "مسؤولان", "مسؤولا", "مصدران", "مصدرين", "دبلوماسي", "دبلوماسيون", "دبلوماسيين", "شهود", "شاهد",
            "خبراء", "خبير", "محللون", "محلل", "مراقبون", "ناشطون", "ناشط", "ناشطين", "سكان", "مقربون", "مطلعون",
            "مسؤولي", "مصادره", "مسؤولو", "اوساط", "جهات", "تقارير", "انباء", "معلومات");

    /** Singular anonymous heads: one source ("مصدر أمني"). */
    public static final Set<String> SINGULAR_ANONYMOUS = Set.of("مصدر", "مسؤول", "مسؤوله", "دبلوماسي", "شاهد",
            "خبير", "محلل", "ناشط");

    /** Heads of media outlets: a recipient "لـ + outlet" is the channel the claim came through. */
    public static final Set<String> OUTLET_HEADS = Set.of("وكاله", "صحيفه", "مجله", "قناه", "تلفزيون", "اذاعه",
            "موقع", "شبكه", "محطه", "جريده", "الوكاله", "الصحيفه", "المجله", "القناه");

    /** Small cardinal numbers as words, for "أربعة مصادر" and "اثنين من المصادر". */
    public static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("واحد", 1), Map.entry("اثنان", 2), Map.entry("اثنين", 2), Map.entry("اثنتان", 2),
            Map.entry("اثنتين", 2), Map.entry("ثلاث", 3), Map.entry("ثلاثه", 3), Map.entry("اربع", 4),
            Map.entry("اربعه", 4), Map.entry("خمس", 5), Map.entry("خمسه", 5), Map.entry("ست", 6), Map.entry("سته", 6),
            Map.entry("سبع", 7), Map.entry("سبعه", 7), Map.entry("ثماني", 8), Map.entry("ثمانيه", 8),
            Map.entry("تسع", 9), Map.entry("تسعه", 9), Map.entry("عشر", 10), Map.entry("عشره", 10));

    /** Where a reporting phrase mentions the medium ("في بيان"): the source ends before it. */
    public static final Set<String> MEDIUM_WORDS = Set.of("بيان", "تصريح", "تصريحات", "حديث", "مقابله", "مؤتمر",
            "كلمه", "تغريده", "رساله", "منشور", "تقرير", "لقاء", "اتصال", "بث", "خطاب", "افاده");

    /** Function words that are never a predicate or an argument. */
    public static final Set<String> STOP = new HashSet<>(List.of("في", "من", "الي", "علي", "عن", "مع", "هذا",
            "هذه", "ذلك", "تلك", "هو", "هي", "هم", "و", "او", "ثم", "كما", "ما", "اي", "كل", "بعض", "عده", "نحو",
            "حوالي", "قرابه", "اكثر", "اقل", "لدي", "عند", "ضد", "عبر", "بين", "امام", "حول", "تجاه", "بشان",
            "ان", "انه", "انها", "الا", "اذ", "قد", "لقد", "ايضا", "فقط", "جدا", "اليوم", "امس", "غدا", "الان",
            "حاليا", "يوم", "ال", "لـ", "ل", "ب", "ف", "منها", "منه", "فيها", "فيه", "عليه", "عليها", "له", "لها",
            "به", "بها", "وفي", "ومن", "والي", "وعلي", "تماما", "بشكل", "نفسه", "نفسها", "ذاته", "ذاتها", "اخري",
            "اخر", "الاخري", "هنا", "هناك", "وهو", "وهي", "لدي", "اذا", "منذ", "قبل", "بعد", "خلال", "اثر",
            "عقب", "لـ", "اياه", "فورا", "الفوري", "فوري", "حتي", "قرب", "بالقرب", "جانب"));

    /** Prepositions and place words after which a location is a place argument, not an actor. */
    public static final Set<String> PLACE_PREPOSITIONS = Set.of("في", "من", "الي", "عن", "داخل", "خارج", "قرب",
            "نحو", "حول", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "مدينه", "ميناء",
            "بلده", "منطقه", "محافظه", "ولايه", "اراضي", "وفي", "ومن", "بمدينه", "بميناء");

    /** Concepts that quantities are counted under in news: a count of the dead is one quantity however worded. */
    public static final Map<String, String> QUANTITY_CONCEPTS = Map.ofEntries(
            Map.entry("قتل", "DEATH"), Map.entry("موت", "DEATH"), Map.entry("حتف", "DEATH"), Map.entry("وفي", "DEATH"),
            Map.entry("ضحي", "DEATH"), Map.entry("جرح", "INJURY"), Map.entry("صوب", "INJURY"),
            Map.entry("نزح", "DISPLACED"), Map.entry("هجر", "DISPLACED"), Map.entry("شرد", "DISPLACED"),
            Map.entry("حجز", "HELD"), Map.entry("سجن", "HELD"), Map.entry("اسر", "HELD"),
            Map.entry("عقل", "ARRESTED"), Map.entry("وقف", "ARRESTED"),
            Map.entry("فرج", "FREED"), Map.entry("طلق", "FREED"));

    /** Words that name no quantity by themselves ("معدل"، "نسبة"، "عدد"، "الفعلي"). */
    public static final Set<String> GENERIC_QUANTITY_WORDS = Set.of("عدل", "نسب", "عدد", "قيم", "حجم", "سوي",
            "جمل", "جمع", "فعل", "بلغ", "وصل", "سجل", "نهز", "جوز", "قرب", "كلي", "رفع", "خفض", "رجع", "زود",
            "نقص", "قلل");

    /** Units words that mark a figure as a change rather than a level (ارتفعت بنسبة 40%). */
    public static final Set<String> DELTA_MARKERS = Set.of("بنسبه", "بمقدار", "بواقع", "بزياده", "بنحو");

    /**
     * Families that name one kind of event in other words: "اندلعت الاحتجاجات" and "بدأت الاحتجاجات"
     * date the same start, so a date conflict between them must be found.
     */
    private static final Map<String, String> SAME_EVENT = Map.of("دلع", "بدي", "بدا", "بدي", "شرع", "بدي");

    /** The family a predicate is compared under. */
    public static String sameEvent(String family) {
        return SAME_EVENT.getOrDefault(family, family);
    }

    /** A figure after these is a lower bound. */
    public static final Set<String> LOWER_BOUND = Set.of("اكثر", "يزيد", "تزيد", "يفوق", "يتجاوز", "تتجاوز", "تجاوز",
            "ازيد", "الاقل", "يتعدي", "تتعدي", "يتخطي", "تتخطي", "تخطي", "تعدي");

    /** A figure after these is an upper bound. */
    /** A figure after these is an upper bound; after a negator ("لا يقل عن") the bound turns over. */
    public static final Set<String> UPPER_BOUND = Set.of("اقل", "دون", "يقل", "تقل", "اقصي");

    private Lexicon() {
    }

    /** The cue kind of a word, looking through a leading و or ف. */
    public static CueKind cue(String key) {
        CueKind k = CUES.get(key);
        if (k == null && key.length() > 2 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف')) {
            k = CUES.get(key.substring(1));
        }
        if (k == null && key.length() > 4) {
            for (String pronoun : List.of("ها", "هم", "ه")) {
                if (key.endsWith(pronoun)) {
                    String base = key.substring(0, key.length() - pronoun.length());
                    CueKind b = cue(base);
                    if (b == CueKind.SAY && !base.endsWith("ت") && base.length() >= 3) {
                        return b;                   // وصفها الوزير بأنها: the verb with its object pronoun
                    }
                }
            }
        }
        return k;
    }

    /** The key without one leading conjunction (و/ف), for closed-class lookups. */
    public static String bare(String key) {
        return key.length() > 2 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') ? key.substring(1) : key;
    }

    public static boolean in(Set<String> set, String key) {
        return set.contains(key) || set.contains(bare(key));
    }
}
