package org.mizan.analysis.stance;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mizan.analysis.claims.ArabicRoots;
import org.mizan.analysis.claims.Words;

/**
 * Opposed meaning classes of news headlines (rise/fall, support/oppose, succeed/fail, continue/stop
 * ...). Two headlines that swap one pole for its opposite usually disagree, and one that swaps a
 * word for another of the same pole usually paraphrases: the learner sees the classes, not only
 * the words, so it generalises to antonym pairs it never saw in training. The word lists were
 * written for Mizan, guided by the words that the ANS training split's disagreeing pairs exchange.
 *
 * <p>A word is looked up by its key without proclitics, then without one inflectional ending. Not
 * by root family: families are too coarse here (الحكومة would fall in with محاكمة, مدينة with يدين).
 */
public enum Poles {
    UP, DOWN, SUPPORT, OPPOSE, SUCCESS, FAIL, CONTINUE, STOP, ALLOW, BAN, CONFIRM, DENY, CALM, VIOLENCE,
    FREE, DETAIN, HARM, SAFE, MORE, LESS, WITHOUT, IGNORE, GOOD, BAD;

    /** The opposite class: what a contradicting headline says instead. */
    public Poles opposite() {
        return switch (this) {
            case UP -> DOWN;
            case DOWN -> UP;
            case SUPPORT -> OPPOSE;
            case OPPOSE -> SUPPORT;
            case SUCCESS -> FAIL;
            case FAIL -> SUCCESS;
            case CONTINUE -> STOP;
            case STOP -> CONTINUE;
            case ALLOW -> BAN;
            case BAN -> ALLOW;
            case CONFIRM -> DENY;
            case DENY -> CONFIRM;
            case CALM -> VIOLENCE;
            case VIOLENCE -> CALM;
            case FREE -> DETAIN;
            case DETAIN -> FREE;
            case HARM -> SAFE;
            case SAFE -> HARM;
            case MORE -> LESS;
            case LESS -> MORE;
            case WITHOUT -> WITHOUT;
            case IGNORE -> SUPPORT;
            case GOOD -> BAD;
            case BAD -> GOOD;
        };
    }

    private static final Map<String, Poles> BY_KEY = new HashMap<>();

    // A form listed twice keeps its first class.
    static {
        add(UP, "ارتفع ارتفاع يرتفع ترتفع ارتفعت مرتفع صعد صعود يصعد تصعد قفز قفزه يقفز تقفز زاد زياده يزيد تزيد"
                + " نما نمو ينمو تنمو تعافي يتعافي تتعافي انتعش انتعاش ينتعش تنتعش مكاسب مكسب يكسب تكسب ربح ارباح"
                + " تحسن يتحسن تتحسن اعلي رفع يرفع ترفع تضاعف يتضاعف ازدهار طفره ارتفاعا صعودا مرتفعه يقوي");
        add(DOWN, "انخفض انخفاض ينخفض تنخفض انخفضت منخفض هبط هبوط يهبط تهبط تراجع يتراجع تتراجع تدهور يتدهور تتدهور"
                + " خسر يخسر تخسر خسائر خساره انهيار ينهار تنهار انهار سقوط هوي يهوي تهوي ادني تدني يتدني خفض تخفيض"
                + " يخفض تخفض ركود انكماش تقلص يتقلص نقص ينقص انزلاق ينزلق تباطؤ يتباطا ضعف يضعف تضعف تراجعا"
                + " انخفاضا هبوطا تاكل ينكمش");
        add(SUPPORT, "دعم يدعم تدعم داعم تاييد يؤيد تؤيد ايد رحب يرحب ترحب ترحيب اشاد يشيد تشيد اشاده شجع يشجع تشجع"
                + " تشجيع وافق يوافق توافق موافقه مسانده يساند تساند ساعد يساعد تساعد مساعده تعاون يتعاون تضامن"
                + " يتضامن مدح يمدح اثني يثني حليف تحالف مؤيد مؤيده");
        add(OPPOSE, "رفض يرفض ترفض رافض رافضه انتقد ينتقد تنتقد انتقاد انتقادات ادان يدين تدين ادانه ندد يندد تندد"
                + " تنديد عارض يعارض تعارض معارضه هاجم يهاجم تهاجم عاقب يعاقب تعاقب عقوبات عقوبه استنكر يستنكر"
                + " تستنكر احتجاج يحتج تحتج احتجاجات مقاطعه يقاطع تقاطع خلاف خلافات يتحدي تتحدي تحدي ضد معادي");
        add(SUCCESS, "نجح ينجح تنجح نجحت نجاح حقق يحقق تحقق توصل يتوصل تتوصل فاز يفوز تفوز فوز انتصار ينتصر"
                + " تنتصر انجاز تمكن يتمكن تتمكن");
        add(FAIL, "فشل يفشل تفشل فشلت اخفاق اخفق يخفق تخفق عجز يعجز تعجز تعثر يتعثر تتعثر هزيمه يهزم تهزم"
                + " هزم تعذر");
        add(CONTINUE, "استمرار يستمر تستمر استمر مستمر مستمره تواصل يواصل تواصل متواصل بدء يبدا تبدا بدا بدايه"
                + " استئناف يستانف تستانف انطلاق ينطلق تنطلق بقاء يبقي تبقي ابقاء يبقون مواصله");
        add(STOP, "توقف يتوقف تتوقف وقف يوقف توقف ايقاف انهاء ينهي تنهي انتهاء انتهي الغاء يلغي تلغي الغي تجميد"
                + " يجمد تجمد تعليق يعلق تعلق انسحاب ينسحب تنسحب انسحب تاجيل يؤجل تؤجل ارجاء تخلي يتخلي تتخلي"
                + " مغادره يغادر تغادر");
        add(ALLOW, "سمح يسمح تسمح سماح فتح يفتح تفتح افتتاح يفتتح تفتتح اتاحه يتيح تتيح منح يمنح تمنح ترخيص"
                + " رخصه اباحه");
        add(BAN, "منع يمنع تمنع منعت حظر يحظر تحظر اغلق اغلاق يغلق تغلق حرمان يحرم تحرم قيود تقييد يقيد حجب"
                + " يحجب تحجب طرد يطرد تطرد ترحيل");
        add(CONFIRM, "اكد يؤكد تؤكد تاكيد اعترف يعترف تعترف اعتراف اقر يقر تقر اقرار صحه");
        add(DENY, "نفي ينفي تنفي نفت كذب يكذب تكذب تكذيب انكر ينكر تنكر انكار دحض يدحض");
        add(CALM, "هدوء هادئ هادئه تهدئه استقرار مستقر مستقره سلام هدنه مصالحه امان تسويه");
        add(VIOLENCE, "اشتباكات اشتباك قتال تصعيد حرب هجوم هجمات قصف يقصف تقصف اقتتال معارك معركه عنف"
                + " انفجار اضطرابات توتر توترات غارات غاره");
        add(FREE, "افراج يفرج تفرج افرج سراح براءه تبرئه يبرئ تبرئ عفو يعفو تعفو");
        add(DETAIN, "اعتقال يعتقل تعتقل اعتقل حبس يحبس تحبس سجن يسجن تسجن احتجاز يحتجز تحتجز توقيف اعدام محاكمه"
                + " اتهام يتهم تتهم تهمه تهم");
        add(HARM, "مقتل قتل يقتل تقتل قتلي ضحايا ضحيه وفاه موت اصابه اصابات جرحي مصرع");
        add(SAFE, "نجاه ينجو تنجو سلامه سالم سالمه");
        add(MORE, "اكثر اكبر اضخم افضل اقوي");
        add(LESS, "اقل اصغر اسوا اضعف");
        add(WITHOUT, "دون بدون بلا غياب يخلو تخلو انعدام");
        add(IGNORE, "تجاهل يتجاهل تتجاهل اهمل يهمل تهمل");
        add(GOOD, "متفائل تفاؤل رضا ارتياح سعاده ترحيبا ايجابي ايجابيه");
        add(BAD, "غاضب غضب قلق مخاوف محبط احباط حزن استياء تشاؤم ازمه سلبي سلبيه كارثه");
    }

    private static void add(Poles pole, String words) {
        for (String w : words.split(" ")) {
            String key = ArabicRoots.stripProclitics(Words.key(w));
            BY_KEY.putIfAbsent(key, pole);
        }
    }

    /** The class of a word given its matching key, if it has one. */
    public static Optional<Poles> of(String key) {
        String k = ArabicRoots.stripProclitics(key);
        Poles p = BY_KEY.get(k);
        for (int i = 0; p == null && i < SUFFIXES.size(); i++) {
            String suf = SUFFIXES.get(i);
            if (k.endsWith(suf) && k.length() - suf.length() >= 3) {
                p = BY_KEY.get(k.substring(0, k.length() - suf.length()));
            }
        }
        return Optional.ofNullable(p);
    }

    /** Inflectional endings tried when a form is not listed as written (فشلوا، انخفاضات، رفضها). */
    private static final java.util.List<String> SUFFIXES = java.util.List.of("ها", "هم", "ات", "ون", "ين", "وا", "ان",
            "ت", "ه", "ا", "ي");
}
