package org.mizan.analysis.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.analysis.ActorFinder;
import org.mizan.model.EntityType;
import org.mizan.model.Mention;

/**
 * Named actors in news paragraphs written for this test in several MSA registers (diplomacy,
 * economy, conflict, parliament, sport), annotated by hand before the finder was run on them.
 * An actor counts as found when one of its mentions covers exactly the expected words (clitics
 * aside) with the expected type, or its canonical name is the expected name.
 *
 * <p>Each set was measured once before any rule was changed because of it: the first set at
 * 76.5% (26 of 34), the second at 79.3% (23 of 29), the third at 80.0% (20 of 25). The rules were
 * then generalised from their misses (never by listing their names), so these sets now guard the
 * rules rather than estimate recall on unseen text; the blind figures are the honest estimate.
 */
class UnseenNewsRecallTest {

    record Expected(String name, EntityType type) {
    }

    private static final EntityType P = EntityType.PERSON;
    private static final EntityType O = EntityType.ORGANIZATION;
    private static final EntityType L = EntityType.LOCATION;

    private static final String DIPLOMACY = "أجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالا هاتفيا مع نظيره "
            + "التركي هاكان فيدان، بحثا خلاله تطورات الأوضاع في السودان. وقالت وكالة الأنباء السعودية إن الجانبين "
            + "ناقشا سبل وقف القتال في الخرطوم ودارفور. وأكد فيدان أن أنقرة تدعم جهود الوساطة التي تقودها الرياض وواشنطن.";
    private static final String ECONOMY = "أعلن صندوق النقد الدولي أمس أنه توصل إلى اتفاق مبدئي مع الحكومة المصرية "
            + "بشأن قرض جديد. وقالت المديرة العامة للصندوق كريستالينا غورغييفا في بيان نشر على موقع الصندوق إن "
            + "القاهرة ملتزمة بالإصلاحات. ونقلت صحيفة \"فايننشال تايمز\" عن مسؤولين في البنك المركزي المصري قولهم "
            + "إن الاتفاق سيوقع خلال أسابيع.";
    private static final String CONFLICT = "قصفت طائرات الجيش الإسرائيلي مواقع في جنوب لبنان فجر اليوم، فيما أعلن "
            + "حزب الله استهداف موقع عسكري قرب الحدود. وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن الغارات "
            + "طالت بنى تحتية للحزب. من جهته، دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى ضبط النفس، بينما "
            + "حذرت طهران من توسع الحرب.";
    private static final String PARLIAMENT = "صوّت مجلس النواب العراقي على قانون الموازنة بعد جلسة ترأسها رئيس "
            + "المجلس محمود المشهداني. وانتقد النائب عن ائتلاف دولة القانون ياسر المالكي تأخير إرسال القانون من "
            + "الحكومة، فيما قالت مفوضية الانتخابات إن موعد الاقتراع في محافظة نينوى لم يتغير. وذكرت قناة "
            + "\"السومرية\" أن نواب الكتلة قاطعوا الجلسة.";
    private static final String SPORT = "فاز نادي ريال مدريد على برشلونة بهدفين مقابل هدف في المباراة التي أقيمت "
            + "مساء السبت. وقال مدرب الفريق كارلو أنشيلوتي للصحفيين إن لاعبيه قدموا أداء رائعا، وأشاد بالمهاجم "
            + "البرازيلي فينيسيوس جونيور. ونقلت إذاعة \"كادينا سير\" الإسبانية عن رئيس النادي فلورنتينو بيريز قوله "
            + "إن الفريق سيواصل المنافسة.";

    private static final List<Object[]> CASES = List.of(
            new Object[] {DIPLOMACY, List.of(new Expected("فيصل بن فرحان", P), new Expected("هاكان فيدان", P),
                    new Expected("السودان", L), new Expected("وكالة الأنباء السعودية", O), new Expected("الخرطوم", L),
                    new Expected("دارفور", L), new Expected("تركيا", L), new Expected("السعودية", L),
                    new Expected("الولايات المتحدة", L))},
            new Object[] {ECONOMY, List.of(new Expected("صندوق النقد الدولي", O),
                    new Expected("كريستالينا غورغييفا", P), new Expected("مصر", L),
                    new Expected("فايننشال تايمز", O), new Expected("البنك المركزي المصري", O))},
            new Object[] {CONFLICT, List.of(new Expected("الجيش الإسرائيلي", O), new Expected("لبنان", L),
                    new Expected("حزب الله", O), new Expected("أفيخاي أدرعي", P), new Expected("الأمم المتحدة", O),
                    new Expected("أنطونيو غوتيريش", P), new Expected("إيران", L))},
            new Object[] {PARLIAMENT, List.of(new Expected("مجلس النواب العراقي", O),
                    new Expected("محمود المشهداني", P), new Expected("ائتلاف دولة القانون", O),
                    new Expected("ياسر المالكي", P), new Expected("مفوضية الانتخابات", O), new Expected("نينوى", L),
                    new Expected("السومرية", O))},
            new Object[] {SPORT, List.of(new Expected("ريال مدريد", O), new Expected("برشلونة", O),
                    new Expected("كارلو أنشيلوتي", P), new Expected("فينيسيوس جونيور", P),
                    new Expected("كادينا سير", O), new Expected("فلورنتينو بيريز", P))});

    private static final String HUMANITARIAN = "حذّر برنامج الأغذية العالمي من أن ملايين الأشخاص في اليمن يواجهون "
            + "خطر المجاعة، وقال المدير الإقليمي للبرنامج كورين فلايشر في مؤتمر صحفي بجنيف إن التمويل تراجع بشكل "
            + "حاد. وأضافت منظمة أطباء بلا حدود أن المستشفيات في الحديدة وتعز تعاني نقصا في الأدوية.";
    private static final String BUSINESS = "أعلنت شركة أرامكو السعودية عن ارتفاع أرباحها الفصلية، وقال رئيسها "
            + "التنفيذي أمين الناصر إن الطلب على النفط في الصين والهند سيواصل النمو. وذكرت وكالة بلومبرغ أن الشركة "
            + "تدرس إدراج جزء من أسهمها في بورصة لندن.";
    private static final String GULF = "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة رئيس الوزراء الباكستاني "
            + "شهباز شريف، وبحث الجانبان العلاقات الثنائية. وحضر اللقاء وزير الدولة للشؤون الخارجية محمد الخليفي.";
    private static final String SUDAN = "وتتهم الحكومة السودانية قوات الدعم السريع بقيادة محمد حمدان دقلو بارتكاب "
            + "انتهاكات في ولاية الجزيرة، بينما يقول قائد الجيش عبد الفتاح البرهان إن المفاوضات في جدة لن تستأنف قبل "
            + "انسحاب هذه القوات من المدن. ودعا الاتحاد الأفريقي الطرفين إلى وقف إطلاق النار.";
    private static final String ELECTIONS = "فاز حزب العمال البريطاني بأغلبية المقاعد في الانتخابات العامة، وتعهد "
            + "زعيمه كير ستارمر بإصلاح الخدمات العامة. وهنأ المستشار الألماني أولاف شولتس ستارمر بالفوز، فيما قالت "
            + "صحيفة الغارديان إن حزب المحافظين مني بأسوأ هزيمة في تاريخه.";

    /** Written after the first set had been used to improve the rules; kept apart to measure that. */
    private static final List<Object[]> SECOND_SET = List.of(
            new Object[] {HUMANITARIAN, List.of(new Expected("برنامج الأغذية العالمي", O), new Expected("اليمن", L),
                    new Expected("كورين فلايشر", P), new Expected("جنيف", L),
                    new Expected("منظمة أطباء بلا حدود", O), new Expected("الحديدة", L), new Expected("تعز", L))},
            new Object[] {BUSINESS, List.of(new Expected("أرامكو السعودية", O), new Expected("أمين الناصر", P),
                    new Expected("الصين", L), new Expected("الهند", L), new Expected("بلومبرغ", O),
                    new Expected("بورصة لندن", O))},
            new Object[] {GULF, List.of(new Expected("قطر", L), new Expected("تميم بن حمد آل ثاني", P),
                    new Expected("الدوحة", L), new Expected("شهباز شريف", P), new Expected("محمد الخليفي", P))},
            new Object[] {SUDAN, List.of(new Expected("قوات الدعم السريع", O), new Expected("محمد حمدان دقلو", P),
                    new Expected("الجزيرة", L), new Expected("عبد الفتاح البرهان", P), new Expected("جدة", L),
                    new Expected("الاتحاد الأفريقي", O))},
            new Object[] {ELECTIONS, List.of(new Expected("حزب العمال البريطاني", O), new Expected("كير ستارمر", P),
                    new Expected("أولاف شولتس", P), new Expected("الغارديان", O), new Expected("حزب المحافظين", O))});

    private static final String VISIT = "وصل وزير الخارجية الأميركي أنتوني بلينكن إلى تل أبيب في جولة تشمل مصر "
            + "والأردن، حيث يلتقي رئيس الوزراء الإسرائيلي بنيامين نتنياهو. وقالت وزارة الخارجية الأميركية في بيان "
            + "إن بلينكن سيبحث ملف الأسرى.";
    private static final String HEALTH = "قالت منظمة الصحة العالمية إن حالات الكوليرا تضاعفت في هايتي خلال الشهر "
            + "الماضي، وأوضح المدير العام للمنظمة تيدروس أدهانوم غيبريسوس أن فرق الإغاثة تواجه صعوبات في الوصول "
            + "إلى العاصمة بورت أو برنس.";
    private static final String TUNISIA = "أكد الرئيس التونسي قيس سعيد خلال لقائه وفدا من البنك الدولي في قصر "
            + "قرطاج أن بلاده لن تقبل إملاءات من الخارج. ونقلت وكالة تونس أفريقيا للأنباء عن سعيد قوله إن الحل "
            + "يجب أن يكون تونسيا.";
    private static final String NATO = "أفادت شبكة سي إن إن بأن مسؤولين في البنتاغون يدرسون إرسال مزيد من الجنود "
            + "إلى بولندا، بينما قال الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ في بروكسل إن الحلف سيعزز "
            + "دفاعاته الشرقية. وردت موسكو بأن الخطوة تهدد أمنها.";
    private static final String PROTEST = "تظاهر آلاف الطلاب أمام جامعة القاهرة احتجاجا على رفع الرسوم، وقال رئيس "
            + "الجامعة محمد عثمان الخشت إن القرار نهائي. وأصدرت نقابة الصحفيين المصريين بيانا تضامنت فيه مع الطلاب، "
            + "فيما اعتقلت الشرطة عددا منهم في ميدان التحرير.";

    /** Written after the second set had been used to improve the rules. */
    private static final List<Object[]> THIRD_SET = List.of(
            new Object[] {VISIT, List.of(new Expected("أنتوني بلينكن", P), new Expected("تل أبيب", L),
                    new Expected("مصر", L), new Expected("الأردن", L), new Expected("بنيامين نتنياهو", P),
                    new Expected("وزارة الخارجية الأميركية", O))},
            new Object[] {HEALTH, List.of(new Expected("منظمة الصحة العالمية", O), new Expected("هايتي", L),
                    new Expected("تيدروس أدهانوم غيبريسوس", P), new Expected("بورت أو برنس", L))},
            new Object[] {TUNISIA, List.of(new Expected("قيس سعيد", P), new Expected("البنك الدولي", O),
                    new Expected("قصر قرطاج", L), new Expected("وكالة تونس أفريقيا للأنباء", O))},
            new Object[] {NATO, List.of(new Expected("سي إن إن", O), new Expected("البنتاغون", O),
                    new Expected("بولندا", L), new Expected("حلف شمال الأطلسي", O), new Expected("ينس ستولتنبرغ", P),
                    new Expected("بروكسل", L), new Expected("روسيا", L))},
            new Object[] {PROTEST, List.of(new Expected("جامعة القاهرة", O), new Expected("محمد عثمان الخشت", P),
                    new Expected("نقابة الصحفيين المصريين", O), new Expected("ميدان التحرير", L))});

    /**
     * Six articles of 300-600 words (Iraqi budget, Gulf oil, Sudan, Lebanese border, Egyptian courts,
     * EU migration) with their gold written before Mizan was run on them; see
     * {@link UnseenArticleScorer}. Measured first (before any rule was changed because of them) at actors 144/196 (73.5%),
     * mentions 170/235 (72.3%), precision 170/217 (78.3%), grouping 27/33 (81.8%); after four gold
     * corrections listed in the folder's README at 146/197 (74.1%), 172/235 (73.2%), 172/216 (79.6%), 27/32 (84.4%).
     * After the rules were generalised from their misses: 186/197 (94.4%), 221/235 (94.0%),
     * 221/230 (96.1%), 40/40 (100%); so these articles now guard the rules, they no longer estimate
     * recall on unseen text. The floors are what the finder reaches now, never above. With the
     * retrained tagger they fell to 185/197 and were restored by general rules to 189/197 (95.9%),
     * 224/235 (95.3%), 224/228 (98.2%), 40/40. After the rules learned from the blind set: 194/197
     * (98.5%), 229/235 (97.4%), 229/232 (98.7%), 40/40. After the rules learned from the second and
     * third fresh sets (and one gold slip, أربيل standing for the Kurdish government): 194/197, 230/235,
     * 230/232 (99.1%), 41/41.
     */
    @Test
    void unseenArticlesRecallPrecisionAndGrouping() {
        ArabicActorFinder finder = new ArabicActorFinder();
        UnseenArticleScorer.Score total = UnseenArticleScorer.Score.empty();
        for (String article : UnseenArticleScorer.ARTICLES) {
            UnseenArticleScorer.Score s = UnseenArticleScorer.score(article, finder);
            System.out.printf("unseen article %s: %s%n", article, s.summary());
            total = total.plus(s);
        }
        System.out.printf("unseen articles: %s%n  %s%n  missed %s%n  wrong %s%n  badly grouped %s%n", total.summary(),
                total.aliasSummary(), total.missed(), total.wrong(), total.badGroups());
        assertTrue(total.actorRecall() >= 0.98, total.summary() + "; missed " + total.missed());
        assertTrue(total.precision() >= 0.99, total.summary() + "; wrong " + total.wrong());
        assertTrue(total.grouping() >= 0.99, total.summary() + "; badly grouped " + total.badGroups());
    }

    /**
     * An article written after the rules had been generalised from the six above, its gold written
     * before Mizan was run on it; measured once at actors 25/31 (80.6%), mentions
     * 30/37 (81.1%), precision 30/37 (81.1%), grouping 5/6 (83.3%): the honest estimate for unseen text
     * (one short article, so a wide one). Floors at that measurement. After the retrained tagger
     * (actors 26/31, precision 31/39) its misses were used to generalise rules (adjacent person
     * spans joined, a mission named by its country, a one-word common-word name needing the
     * tagger): 28/31 (90.3%), precision 34/36 (94.4%); so it no longer estimates unseen text either.
     */
    @Test
    void heldOutArticle() {
        ArabicActorFinder finder = new ArabicActorFinder();
        UnseenArticleScorer.Score total = UnseenArticleScorer.Score.empty();
        for (String article : UnseenArticleScorer.HELD_OUT) {
            total = total.plus(UnseenArticleScorer.score(article, finder));
        }
        System.out.printf("held-out article: %s%n  missed %s%n  wrong %s%n  badly grouped %s%n", total.summary(),
                total.missed(), total.wrong(), total.badGroups());
        assertTrue(total.actorRecall() >= 0.90, total.summary() + "; missed " + total.missed());
        assertTrue(total.precision() >= 0.94, total.summary() + "; wrong " + total.wrong());
        assertTrue(total.grouping() >= 0.99, total.summary() + "; badly grouped " + total.badGroups());
    }

    /**
     * The blind set: four articles whose gold was committed before Mizan was first run on them
     * (see the folder's README). First run, before any rule was changed because of them: actors
     * 95/120 (79.2%), mentions 127/157 (80.9%), precision 127/144 (88.2%, 17 false positives),
     * grouping 22/25 (88.0%), alias grouping 15/17 (88.2%); after one gold correction (a company's
     * nisba, listed in the README) 96/120 (80.0%), 128/157, 128/144 (88.9%). The rules were then
     * generalised from their misses (word classes and patterns, never their names): 116/120 (96.7%),
     * 150/157 (95.5%), 150/152 (98.7%), grouping 27/27, alias grouping 19/19; so they now guard the
     * rules, and {@link #freshArticles()} is the honest estimate. After the rules learned from the
     * second and third fresh sets: 119/120 (99.2%), 155/157, 155/156 (99.4%).
     */
    @Test
    void blindArticles() {
        ArabicActorFinder finder = new ArabicActorFinder();
        UnseenArticleScorer.Score total = UnseenArticleScorer.Score.empty();
        for (String article : UnseenArticleScorer.BLIND) {
            UnseenArticleScorer.Score s = UnseenArticleScorer.score(article, finder);
            System.out.printf("blind article %s: %s, %d false positives %s%n  missed %s%n", article, s.summary(),
                    s.falsePositives(), s.wrong(), s.missed());
            total = total.plus(s);
        }
        System.out.printf("blind articles: %s%n  %s%n  missed %s%n  wrong %s%n  badly grouped %s%n  aliases apart %s%n",
                total.summary(), total.aliasSummary(), total.missed(), total.wrong(), total.badGroups(),
                total.badAliases());
        assertTrue(total.actorRecall() >= 0.99, total.summary() + "; missed " + total.missed());
        assertTrue(total.precision() >= 0.99, total.summary() + "; wrong " + total.wrong());
        assertTrue(total.aliasGrouping() >= 0.99, total.aliasSummary() + "; apart " + total.badAliases());
    }

    /**
     * Two articles written and committed with their gold before the rules were generalised from the
     * blind set (their first names were kept out of the new word list), run once afterwards: actors
     * 51/61 (83.6%), mentions 64/80 (80.0%), precision 64/78 (82.1%, 14 false positives), grouping
     * 6/10, alias grouping 4/7. Floors at that measurement. Its misses were then used to generalise
     * the rules (90.2% of actors, 92.3% precision, alias grouping 7/10), so {@link #secondFreshArticles()} is the latest
     * honest estimate.
     */
    @Test
    void freshArticles() {
        assertFresh(UnseenArticleScorer.FRESH, 0.836, 0.82, 0.57);
    }

    /**
     * Two more articles, committed with their gold before the rules were changed for the first fresh
     * pair, run once afterwards: actors 47/54 (87.0%), mentions 57/68 (83.8%), precision 57/71 (80.3%,
     * 14 false positives), grouping 11/11, alias grouping 8/8; after one gold slip (compass regions
     * are ANY, as الجنوب is in lebanon-border) precision 57/69 (82.6%). The honest estimate for unseen
     * news then. Floors at that measurement. Its misses were then used to generalise the rules
     * (ولد chains, ديوان and منجم heads, regions with compass adjectives, a party named by one word,
     * foreign names after descriptors): 54/54 actors, precision 68/68 (100%), alias grouping 8/8; it now
     * guards the rules (floors raised to that) and {@link #thirdFreshArticles()} is the honest estimate.
     */
    @Test
    void secondFreshArticles() {
        assertFresh(UnseenArticleScorer.FRESH_2, 0.99, 0.99, 0.99);
    }

    /**
     * The third fresh set (Tunisian elections, refugees in eastern Chad, an African Union summit),
     * committed with its gold before the rules were changed for the second fresh pair, run once
     * afterwards: actors 75/88 (85.2%), mentions 103/118 (87.3%), precision 103/112 (92.0%, 9 false
     * positives), grouping 23/24, alias grouping 17/17; per article 25/27 (92.6%), 25/30 (83.3%),
     * 25/31 (80.6%). No gold correction. The honest estimate for unseen news; floors at that
     * measurement. Its misses were then used to generalise the rules (datelines, bodies and branches
     * of known organisations, أم/أبو place names ...): 85/88 (96.6%), precision 113/114 (99.1%).
     */
    @Test
    void thirdFreshArticles() {
        assertFresh(UnseenArticleScorer.FRESH_3, 0.852, 0.92, 0.99);
    }

    private static void assertFresh(List<String> articles, double recall, double precision, double aliases) {
        ArabicActorFinder finder = new ArabicActorFinder();
        UnseenArticleScorer.Score total = UnseenArticleScorer.Score.empty();
        for (String article : articles) {
            UnseenArticleScorer.Score s = UnseenArticleScorer.score(article, finder);
            System.out.printf("fresh article %s: %s, %d false positives %s%n  missed %s%n", article, s.summary(),
                    s.falsePositives(), s.wrong(), s.missed());
            total = total.plus(s);
        }
        System.out.printf("fresh articles: %s%n  %s%n  missed %s%n  wrong %s%n  badly grouped %s%n  aliases apart %s%n",
                total.summary(), total.aliasSummary(), total.missed(), total.wrong(), total.badGroups(),
                total.badAliases());
        assertTrue(total.actorRecall() >= recall, total.summary() + "; missed " + total.missed());
        assertTrue(total.precision() >= precision, total.summary() + "; wrong " + total.wrong());
        assertTrue(total.aliasGrouping() >= aliases, total.aliasSummary() + "; apart " + total.badAliases());
    }

    @Test
    void thirdSetWrittenLater() {
        assertRecall(THIRD_SET, 0.90);
    }

    @Test
    void findsNinetyPercentOfNamedActorsWithTheRightType() {
        assertRecall(CASES, 0.90);
    }

    @Test
    void secondSetWrittenLater() {
        assertRecall(SECOND_SET, 0.90);
    }

    private static void assertRecall(List<Object[]> cases, double floor) {
        ArabicActorFinder finder = new ArabicActorFinder();
        int total = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Object[] c : cases) {
            String text = (String) c[0];
            @SuppressWarnings("unchecked")
            List<Expected> expected = (List<Expected>) c[1];
            ActorFinder.Result result = finder.find(text);
            for (Expected e : expected) {
                total++;
                if (found(result, text, e)) {
                    found++;
                } else {
                    missed.add(e.name() + "/" + e.type());
                }
            }
        }
        double recall = found / (double) total;
        System.out.printf("unseen news: %d of %d actors found with the right type (%.1f%%); missed %s%n",
                found, total, 100 * recall, missed);
        assertTrue(recall >= floor, "found " + found + " of " + total + "; missed " + missed);
    }

    private static boolean found(ActorFinder.Result result, String text, Expected e) {
        String want = AliasGrouper.skeleton(e.name());
        for (Mention m : result.mentions()) {
            if (m.type() != e.type()) {
                continue;
            }
            if (AliasGrouper.skeleton(m.span().of(text)).equals(want) || AliasGrouper.skeleton(m.canonical()).equals(want)) {
                return true;
            }
        }
        return false;
    }
}
