package org.mizan.analysis.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mizan.analysis.ActorFinder;
import org.mizan.model.Actor;
import org.mizan.model.EntityType;
import org.mizan.model.Mention;

/** Behaviour on sentences written for these tests in news style. */
class ArabicActorFinderTest {

    private static final ArabicActorFinder FINDER = new ArabicActorFinder();

    private static Optional<Mention> mention(ActorFinder.Result r, String text, String surface) {
        return r.mentions().stream().filter(m -> m.span().of(text).equals(surface)).findFirst();
    }

    private static Actor actor(ActorFinder.Result r, String canonical) {
        return r.actors().stream().filter(a -> a.canonical().equals(canonical)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + canonical + " in " + r.actors()));
    }

    @Test
    void spansLeaveAttachedProcliticsOutButKeepLamArticleWords() {
        String text = "قالت موسكو وواشنطن إن المحادثات ستستأنف الشهر المقبل، وقدمت الدول المانحة دعما للعراق.";
        ActorFinder.Result r = FINDER.find(text);
        Mention washington = mention(r, text, "واشنطن").orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals(text.indexOf("وواشنطن") + 1, washington.span().start());
        assertEquals("الولايات المتحدة", washington.canonical());
        Mention iraq = mention(r, text, "للعراق").orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("العراق", iraq.canonical());
        assertEquals(EntityType.LOCATION, iraq.type());
        assertEquals("روسيا", mention(r, text, "موسكو").orElseThrow().canonical());
    }

    @Test
    void aNameStopsBeforeTheReportingVerbThatFollowsIt() {
        String text = "غير أن النائب سامر الخطيب زعم أن الحكومة سترفع الأسعار، فيما رامي الحسيني نفى ذلك، "
                + "وكان الوزير عادل النعيمي حذر من التأخير.";
        ActorFinder.Result r = FINDER.find(text);
        for (String name : List.of("سامر الخطيب", "رامي الحسيني", "عادل النعيمي")) {
            Mention m = mention(r, text, name).orElseThrow(() -> new AssertionError(name + " in " + r.mentions()));
            assertEquals(EntityType.PERSON, m.type(), name);
        }
    }

    @Test
    void quotedAndNamedOutletsAreOrganisationsFlaggedAsOutlets() {
        String text = "ذكرت وكالة \"رويترز\" أن الاجتماع تأجل، فيما نشرت مجلة «فورين بوليسي» تقريرا مطولا، "
                + "وقال مسؤول لتلفزيون سوريا إن القرار لم يتخذ بعد، ونقلت صحيفة \"الوطن\" الرواية نفسها.";
        ActorFinder.Result r = FINDER.find(text);
        for (String outlet : List.of("رويترز", "فورين بوليسي", "تلفزيون سوريا", "الوطن")) {
            Mention m = mention(r, text, outlet).orElseThrow(() -> new AssertionError(outlet + " in " + r.mentions()));
            assertEquals(EntityType.ORGANIZATION, m.type(), outlet);
            assertTrue(m.outlet(), outlet);
        }
        // the country inside the broadcaster's name is not a separate mention
        assertTrue(mention(r, text, "سوريا").isEmpty(), r.mentions().toString());
    }

    @Test
    void organisationHeadsTakeTheirComplementsAndNisbaIsNoEntity() {
        String text = "أعلنت وزارة الخارجية العراقية استدعاء السفير، بينما عقد مجلس الأمن القومي الأميركي اجتماعا طارئا.";
        ActorFinder.Result r = FINDER.find(text);
        assertEquals(EntityType.ORGANIZATION, mention(r, text, "وزارة الخارجية العراقية").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, mention(r, text, "مجلس الأمن القومي الأميركي").orElseThrow().type());
        assertTrue(mention(r, text, "العراقية").isEmpty(), r.mentions().toString());
        assertTrue(mention(r, text, "الأميركي").isEmpty(), r.mentions().toString());
    }

    @Test
    void dualHeadsGiveTwoOrganisations() {
        String text = "وقالت مصادر في وزارتي الدفاع والخارجية إن الخطة لم تعتمد.";
        ActorFinder.Result r = FINDER.find(text);
        assertEquals("وزارة الدفاع", mention(r, text, "وزارتي الدفاع").orElseThrow().canonical());
        assertEquals("وزارة الخارجية", mention(r, text, "الخارجية").orElseThrow().canonical());
    }

    @Test
    void titlesAnnounceNamesAndSurnamesJoinTheFullName() {
        String text = "دعا رئيس الوزراء العراقي، محمد شياع السوداني، إلى الحوار. وأكد السوداني أن حكومته "
                + "مستعدة، فيما التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي.";
        ActorFinder.Result r = FINDER.find(text);
        Actor pm = actor(r, "محمد شياع السوداني");
        assertEquals(EntityType.PERSON, pm.type());
        assertEquals(2, pm.mentions().size(), pm.toString());
        assertEquals(EntityType.PERSON, mention(r, text, "سامح شكري").orElseThrow().type());
        assertEquals(EntityType.PERSON, mention(r, text, "أيمن الصفدي").orElseThrow().type());
        assertTrue(mention(r, text, "سامح شكري نظيره").isEmpty());
    }

    @Test
    void capitalsAsActorsJoinTheirCountryButStayPlacesAfterPrepositions() {
        String text = "ترى واشنطن أن الاتفاق ممكن، وقالت الولايات المتحدة إنها سترسل وفدا إلى بغداد، "
                + "بينما رحبت بغداد بالخطوة.";
        ActorFinder.Result r = FINDER.find(text);
        Actor us = actor(r, "الولايات المتحدة");
        assertEquals(2, us.mentions().size(), us.toString());
        List<Mention> baghdad = r.mentions().stream().filter(m -> m.span().of(text).equals("بغداد")).toList();
        assertEquals(2, baghdad.size(), r.mentions().toString());
        assertEquals("بغداد", baghdad.get(0).canonical()); // إلى بغداد: a place
        assertEquals("العراق", baghdad.get(1).canonical()); // رحبت بغداد: the government
    }

    @Test
    void spellingVariantsGroupIntoOneActor() {
        String text = "أعلنت وزارة الدفاع الأميركية صفقة جديدة، وقالت وزارة الدفاع الأمريكية إن الصفقة تشمل طائرات. "
                + "وزار أمريكا وفد رسمي، ثم عاد إلى أميركا.";
        ActorFinder.Result r = FINDER.find(text);
        Actor ministry = r.actors().stream().filter(a -> a.canonical().startsWith("وزارة الدفاع")).findFirst().orElseThrow();
        assertEquals(2, ministry.mentions().size(), r.actors().toString());
        assertEquals(2, actor(r, "الولايات المتحدة").mentions().size(), r.actors().toString());
    }

    @Test
    void knownGroupsAndTheirAliasesShareACanonicalName() {
        String text = "تبنى تنظيم الدولة الهجوم، وقال مسؤول أمني إن داعش يعيد تنظيم صفوفه في البادية.";
        ActorFinder.Result r = FINDER.find(text);
        Actor isis = actor(r, "داعش");
        assertEquals(2, isis.mentions().size(), isis.toString());
        assertEquals(EntityType.ORGANIZATION, isis.type());
    }

    @Test
    void mentionsAreOrderedDisjointSlicesOfTheText() {
        String text = "وفي وقت سابق، قال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن طهران لن تتراجع، "
                + "بينما ذكرت وكالة \"أسوشيتد برس\" أن مفاوضات فيينا متوقفة.";
        ActorFinder.Result r = FINDER.find(text);
        assertFalse(r.mentions().isEmpty());
        for (int i = 0; i < r.mentions().size(); i++) {
            Mention m = r.mentions().get(i);
            assertTrue(m.span().end() <= text.length());
            assertFalse(m.span().of(text).isBlank());
            if (i > 0) {
                assertTrue(r.mentions().get(i - 1).span().end() <= m.span().start(), r.mentions().toString());
            }
        }
        int grouped = r.actors().stream().mapToInt(a -> a.mentions().size()).sum();
        assertEquals(r.mentions().size(), grouped);
        assertNotNull(mention(r, text, "ناصر كنعاني").orElse(null), r.mentions().toString());
        assertTrue(mention(r, text, "أسوشيتد برس").orElseThrow().outlet());
    }

    @Test
    void emptyAndNameFreeTextGiveNothing() {
        assertTrue(FINDER.find("").mentions().isEmpty());
        assertTrue(FINDER.find("ارتفعت درجات الحرارة اليوم وسط توقعات بهطول أمطار غزيرة.").mentions().isEmpty());
    }

    /** The shared sample article (read only, never copied): the actors a reader expects. */
    @Test
    void sharedArticleActors() throws Exception {
        Path file = Path.of("..", "shared", "articles", "syria-withdrawal.txt");
        assumeTrue(Files.isRegularFile(file), "shared article not available");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ActorFinder.Result r = FINDER.find(text);
        Object[][] expected = {
            {"رويترز", EntityType.ORGANIZATION, true}, {"ألينا رومانوفسكي", EntityType.PERSON, false},
            {"فؤاد حسين", EntityType.PERSON, false}, {"وزارة الخارجية العراقية", EntityType.ORGANIZATION, false},
            {"الولايات المتحدة", EntityType.LOCATION, false}, {"العراق", EntityType.LOCATION, false},
            {"غزة", EntityType.LOCATION, false}, {"إيران", EntityType.LOCATION, false},
            {"محمد شياع السوداني", EntityType.PERSON, false},
            {"المقاومة الإسلامية في العراق", EntityType.ORGANIZATION, false},
            {"داعش", EntityType.ORGANIZATION, false}, {"سوريا", EntityType.LOCATION, false},
            {"فورين بوليسي", EntityType.ORGANIZATION, true}, {"البيت الأبيض", EntityType.ORGANIZATION, false},
            {"وزارة الدفاع", EntityType.ORGANIZATION, false},
            {"مجلس الأمن القومي الأميركي", EntityType.ORGANIZATION, false},
            {"تلفزيون سوريا", EntityType.ORGANIZATION, true}, {"إسرائيل", EntityType.LOCATION, false}};
        for (Object[] e : expected) {
            Actor a = actor(r, (String) e[0]);
            assertEquals(e[1], a.type(), a.toString());
            assertEquals(e[2], a.mentions().get(0).outlet(), a.toString());
        }
        // Washington as the US government, and the prime minister's surname alone, join their actors
        assertTrue(actor(r, "الولايات المتحدة").mentions().stream().anyMatch(m -> m.span().of(text).equals("واشنطن")));
        assertTrue(actor(r, "محمد شياع السوداني").mentions().stream().anyMatch(m -> m.span().of(text).equals("السوداني")));
        assertTrue(actor(r, "داعش").mentions().stream().anyMatch(m -> m.span().of(text).equals("تنظيم الدولة")));
    }

    @Test
    void namesAfterDualAndPluralPlaceHeadsArePlaces() {
        String text = "نزح مئات السكان من بلدتي شبعا وكفرحمام إلى مدينة حاصبيا بعد قصف استمر ثلاثة أيام.";
        ActorFinder.Result r = FINDER.find(text);
        for (String place : List.of("شبعا", "كفرحمام", "حاصبيا")) {
            Mention m = mention(r, text, place).orElseThrow(() -> new AssertionError(place + " in " + r.mentions()));
            assertEquals(EntityType.LOCATION, m.type(), place);
        }
    }

    @Test
    void organisationNamesTakeLamAndCoordinatedComplements() {
        String text = "وأصدرت الهيئة الوطنية لمكافحة الفساد بيانا أمس، فيما ردت وزارة الزراعة والري على الانتقادات "
                + "ووعدت بخطة جديدة.";
        ActorFinder.Result r = FINDER.find(text);
        for (String org : List.of("الهيئة الوطنية لمكافحة الفساد", "وزارة الزراعة والري")) {
            Mention m = mention(r, text, org).orElseThrow(() -> new AssertionError(org + " in " + r.mentions()));
            assertEquals(EntityType.ORGANIZATION, m.type(), org);
        }
    }

    @Test
    void aBracketedNameAfterAnOrganisationIsTheSameActor() {
        String text = "وقالت الهيئة العربية للطاقة المتجددة (AREA) إن الاستثمارات تضاعفت، وأضاف مجلس إدارة الصندوق "
                + "الوطني \"صندوق الغد\" أن المشاريع ستنطلق العام المقبل.";
        ActorFinder.Result r = FINDER.find(text);
        Mention org = mention(r, text, "الهيئة العربية للطاقة المتجددة")
                .orElseThrow(() -> new AssertionError(r.mentions().toString()));
        Mention alias = mention(r, text, "AREA").orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals(EntityType.ORGANIZATION, alias.type());
        assertEquals(org.canonical(), alias.canonical());
    }

    @Test
    void aDatelineCapitalIsThePlaceAndTheSameCapitalActingIsTheCountry() {
        String text = "الرباط – أعلنت الحكومة عن خطة جديدة للسكن. وقالت الرباط إنها لن تقبل أي ضغوط خارجية.";
        ActorFinder.Result r = FINDER.find(text);
        List<Mention> rabat = r.mentions().stream().filter(m -> m.span().of(text).equals("الرباط")).toList();
        assertEquals(2, rabat.size(), r.mentions().toString());
        assertEquals("الرباط", rabat.get(0).canonical());
        assertEquals("المغرب", rabat.get(1).canonical());
    }

    @Test
    void titledNamesKeepParticlesAndReachAFirstNamePastAnIdafa() {
        String text = "واستقبل الأمير فهد بن منصور آل زايد الوفد في قصره، وقال رئيس بلدية عيترون سمير عواضة إن "
                + "الأضرار كبيرة، فيما أكدت مديرة إدارة الشؤون القانونية في الوزارة نادية فرحات أن الملف أحيل.";
        ActorFinder.Result r = FINDER.find(text);
        for (String person : List.of("فهد بن منصور آل زايد", "سمير عواضة", "نادية فرحات")) {
            Mention m = mention(r, text, person).orElseThrow(() -> new AssertionError(person + " in " + r.mentions()));
            assertEquals(EntityType.PERSON, m.type(), person);
        }
    }

    @Test
    void aWawBeforeACapitalThatStartsWithBaIsTheOnlyClitic() {
        String text = "وصل الوفد إلى دمشق وبيروت مساء أمس.";
        ActorFinder.Result r = FINDER.find(text);
        Mention beirut = mention(r, text, "بيروت").orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals(text.indexOf("وبيروت") + 1, beirut.span().start());
    }

    @Test
    void aCapitalAfterWaFiIsThePlaceAndAnMpForACityIsNamedAfterIt() {
        String text = "وفي مدريد، قالت الحكومة إن الاتفاق جاهز. وقال النائب عن مدينة الزرقاء خالد يوسف العمري إن "
                + "المشروع سيبدأ قريبا.";
        ActorFinder.Result r = FINDER.find(text);
        assertEquals("مدريد", mention(r, text, "مدريد").orElseThrow(() -> new AssertionError(r.mentions().toString()))
                .canonical());
        Mention mp = mention(r, text, "خالد يوسف العمري").orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals(EntityType.PERSON, mp.type());
    }
    @Test
    void aTaggedSpanAcrossAQuoteDoesNotSwallowTwoOrganisations() {
        String text = "وانتقدت منظمة العفو الدولية ومنظمة \"بحر الأمل\" الإيطالية القرار، وقالت الأخيرة إن سفنها ستواصل عملها.";
        ActorFinder.Result r = FINDER.find(text);
        assertEquals(EntityType.ORGANIZATION, mention(r, text, "منظمة العفو الدولية")
                .orElseThrow(() -> new AssertionError(r.mentions().toString())).type());
        assertTrue(r.mentions().stream().noneMatch(m -> m.span().of(text).contains("\"")), r.mentions().toString());
    }

    @Test
    void thePrepositionAmamAnnouncesNoPerson() {
        String text = "وقال محامو المتهمين إن الطعون تنتظر أمام دوائر الاستئناف منذ عامين، وإن القضايا تتراكم أمام محاكم الجنايات.";
        ActorFinder.Result r = FINDER.find(text);
        assertTrue(r.mentions().stream().noneMatch(m -> m.type() == EntityType.PERSON), r.mentions().toString());
    }

    @Test
    void aliWithDottedYaaIsAFirstNameAfterATitle() {
        String text = "وقال رئيس البلدية علي موسى حمدان لصحيفة محلية إن المياه انقطعت عن البلدة منذ أسبوع.";
        ActorFinder.Result r = FINDER.find(text);
        assertEquals(EntityType.PERSON, mention(r, text, "علي موسى حمدان")
                .orElseThrow(() -> new AssertionError(r.mentions().toString())).type());
    }

    @Test
    void aOneWordNameThatIsACommonWordNeedsTheTaggerOrAHead() {
        String text = "أعلنت السلطات إعادة فتح المعبر أمام المسافرين، فيما قالت حركة فتح إنها ترحب بالقرار.";
        ActorFinder.Result r = FINDER.find(text);
        List<Mention> orgs = r.mentions().stream().filter(m -> m.type() == EntityType.ORGANIZATION).toList();
        assertEquals(1, orgs.size(), r.mentions().toString());
        assertTrue(orgs.get(0).span().start() >= text.indexOf("حركة"), r.mentions().toString());
    }
    @Test
    void aCountryIsNotGroupedWithAnOutletWhoseSkeletonItShares() {
        String text = "وقال المحامي لموقع \"مصراوي\" إن موكله بريء، فيما قالت منظمات حقوقية إن حرية الصحافة تتراجع في مصر.";
        ActorFinder.Result r = FINDER.find(text);
        Mention egypt = mention(r, text, "مصر").orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals(EntityType.LOCATION, egypt.type(), r.mentions().toString());
        assertEquals(EntityType.ORGANIZATION, mention(r, text, "مصراوي").orElseThrow().type());
    }
    @Test
    void aOneWordPersonRightAfterAPersonsNameIsItsLastWordUnlessItIsAnotherPersonsFamilyName() {
        String text = "وقال المحافظ سالم يونس بالحاج إن هنأ أولاف شولتس ستارمر كير ستارمر";
        List<Tok> toks = new org.mizan.text.Tokenizer().tokenize(text).stream().map(t -> Tok.of(text, t)).toList();
        List<Candidate> joined = ArabicActorFinder.joinAdjacentPersons(List.of(
                new Candidate(2, 4, EntityType.PERSON, false, null, Candidate.MODEL),
                new Candidate(4, 5, EntityType.PERSON, false, null, Candidate.PROPAGATED),
                new Candidate(7, 9, EntityType.PERSON, false, null, Candidate.TITLE),
                new Candidate(9, 10, EntityType.PERSON, false, null, Candidate.PROPAGATED),
                new Candidate(10, 12, EntityType.PERSON, false, null, Candidate.MODEL)), toks);
        assertEquals("سالم يونس بالحاج", toks.get(joined.get(0).from()).text() + " " + toks.get(3).text() + " "
                + toks.get(joined.get(0).to() - 1).text());
        assertEquals(5, joined.get(0).to());
        assertEquals(9, joined.get(1).to(), "ستارمر is the family name of كير ستارمر: شولتس does not take it");
        assertEquals(4, joined.size());
    }
    @Test
    void aMissionIsNamedByTheCountryItWorksInButOtherOrganisationsStopBeforeIt() {
        String text = "ورحبت بعثة الأمم المتحدة للدعم في العراق بالاتفاق، بينما قالت منظمة الأمم المتحدة للطفولة في اليمن إن المدارس أغلقت.";
        ActorFinder.Result r = FINDER.find(text);
        assertEquals(EntityType.ORGANIZATION, mention(r, text, "بعثة الأمم المتحدة للدعم في العراق")
                .orElseThrow(() -> new AssertionError(r.mentions().toString())).type());
        assertEquals(EntityType.LOCATION, mention(r, text, "اليمن")
                .orElseThrow(() -> new AssertionError(r.mentions().toString())).type());
    }
    @Test
    void aliStartsTheNameAfterATitleAndAnUnknownVillage() {
        String text = "وقال رئيس بلدية كفرشوبا علي موسى حمدان لصحيفة محلية إن المياه انقطعت عن البلدة.";
        ActorFinder.Result r = FINDER.find(text);
        Mention ali = r.mentions().stream().filter(m -> m.type() == EntityType.PERSON).findFirst()
                .orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals(text.indexOf("علي"), ali.span().start(), r.mentions().toString());
    }

    private static void assertMention(ActorFinder.Result r, String text, String surface, EntityType type) {
        Mention m = mention(r, text, surface).orElseThrow(() -> new AssertionError(surface + " in " + r.mentions()));
        assertEquals(type, m.type(), surface);
    }

    @Test
    void organisationsNamedAfterDescriptorsGroupHeadsRulersAndCoordinatedNouns() {
        String text = "أعلن مجمع تيكنوفار أنه سيفتتح مصنعا جديدا، وقالت جماعة أنصار الله في بيان إن الهدنة انتهت. "
                + "وتبرع صندوق الشيخ خليفة للتنمية بمبلغ كبير، وأعلنت وزارة الشؤون الاجتماعية والعمل الكويتية عن "
                + "برنامج جديد، وقال رئيس غرفة تجارة دبي خالد سيف المهيري إن الصادرات ارتفعت.";
        ActorFinder.Result r = FINDER.find(text);
        for (String org : List.of("تيكنوفار", "جماعة أنصار الله", "صندوق الشيخ خليفة للتنمية",
                "وزارة الشؤون الاجتماعية والعمل الكويتية", "غرفة تجارة دبي")) {
            assertMention(r, text, org, EntityType.ORGANIZATION);
        }
        assertMention(r, text, "خالد سيف المهيري", EntityType.PERSON);
        assertTrue(mention(r, text, "خليفة").isEmpty(), "a ruler's name inside an organisation is no person of its own");
    }

    @Test
    void placesAfterDualHeadsOrdinalsIdafaAndInListsAfterAPreposition() {
        String text = "ويعيش آلاف اللاجئين في مخيمي البقعة والوحدات منذ عقود، وافتتحت مدرسة في حي المربع الرابع "
                + "قرب حقل تامرة الرمل. ونزح السكان نحو صور والنبطية وصيدا خلال الليل.";
        ActorFinder.Result r = FINDER.find(text);
        for (String place : List.of("البقعة", "الوحدات", "المربع الرابع", "حقل تامرة الرمل", "صور", "النبطية")) {
            assertMention(r, text, place, EntityType.LOCATION);
        }
    }

    @Test
    void aNumberedUnitIsAnOrganisationNotAGeneral() {
        String text = "ونفى اللواء الثامن، وهو فصيل مسلح في الجنوب، أي صلة له بالهجوم، فيما اتهمت الحكومة الفرقة الرابعة.";
        ActorFinder.Result r = FINDER.find(text);
        assertMention(r, text, "اللواء الثامن", EntityType.ORGANIZATION);
        assertMention(r, text, "الفرقة الرابعة", EntityType.ORGANIZATION);
        assertTrue(r.mentions().stream().noneMatch(m -> m.type() == EntityType.PERSON), r.mentions().toString());
    }

    @Test
    void personNamesThroughTitleChainsCompoundAndCommonMiddleNames() {
        String text = "وقال المبعوث الأوروبي إلى السودان بيرنارد لانغ إن المحادثات متعثرة. وقال محمود عبد الكريم "
                + "شمس الدين إن اللجنة لم تجتمع، ووصف ماهر سلامة العتوم القرار بأنه متسرع. وقال وزير المالية "
                + "اليوناني يانيس ستورناراس إن الديون تراجعت، وضمت الهيئة القاضيين عصام نشأت ووليد حمدي.";
        ActorFinder.Result r = FINDER.find(text);
        for (String person : List.of("بيرنارد لانغ", "محمود عبد الكريم شمس الدين", "ماهر سلامة العتوم",
                "يانيس ستورناراس", "عصام نشأت", "وليد حمدي")) {
            assertMention(r, text, person, EntityType.PERSON);
        }
    }

    @Test
    void capitalsAfterACountryAmmanWithShaddaAndLandmarksApartFromTheirTown() {
        String text = "وتصاعد الخلاف بين المغرب وباريس بعد القرار. وقالت عمّان إنها لن تفتح الحدود، فيما رحبت عُمان "
                + "بالمبادرة. ورست السفينة في ميناء اللاذقية بعد أن منعت السلطات في اللاذقية دخولها.";
        ActorFinder.Result r = FINDER.find(text);
        assertEquals("فرنسا", mention(r, text, "باريس").orElseThrow().canonical());
        assertEquals("الأردن", mention(r, text, "عمّان").orElseThrow().canonical());
        assertEquals("عمان", mention(r, text, "عُمان").orElseThrow().canonical());
        String port = mention(r, text, "ميناء اللاذقية").orElseThrow(() -> new AssertionError(r.mentions().toString()))
                .canonical();
        String town = r.mentions().stream().filter(m -> m.span().start() == text.lastIndexOf("اللاذقية")).findFirst()
                .orElseThrow().canonical();
        assertFalse(port.equals(town), port + " / " + town);
    }

    @Test
    void aQuoteAfterADefiniteHeadIsWhatItSaidNotAName() {
        String text = "وقالت المنظمة \"نعمل بلا توقف\" في بيان مقتضب، بينما نقلت وكالة \"سند\" الخبر.";
        ActorFinder.Result r = FINDER.find(text);
        assertTrue(mention(r, text, "نعمل بلا توقف").isEmpty(), r.mentions().toString());
        assertMention(r, text, "سند", EntityType.ORGANIZATION);
    }

    @Test
    void aCompoundFamilyNameAloneJoinsTheFullNameItCloses() {
        String text = "وقال المتحدث باسم الهيئة الدكتور رامز فوزي عبد الحميد إن الفحوص انتهت، وأضاف عبد الحميد أن "
                + "النتائج ستعلن قريبا.";
        ActorFinder.Result r = FINDER.find(text);
        assertMention(r, text, "رامز فوزي عبد الحميد", EntityType.PERSON);
        Mention later = r.mentions().stream().filter(m -> m.span().start() == text.lastIndexOf("عبد الحميد"))
                .findFirst().orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("رامز فوزي عبد الحميد", later.canonical());
    }

    @Test
    void aCountryShapedLikeANisbaAfterAnIndefiniteNounIsAnAdjective() {
        String text = "وتصاعد خلاف مالي بين الشركتين، فيما يستضيف المخيم آلاف اللاجئين القادمين من مالي.";
        ActorFinder.Result r = FINDER.find(text);
        List<Mention> mali = r.mentions().stream().filter(m -> m.span().of(text).equals("مالي")).toList();
        assertEquals(1, mali.size(), r.mentions().toString());
        assertEquals(text.lastIndexOf("مالي"), mali.get(0).span().start());
    }

    @Test
    void townsNamedAfterADateAndTwoWordDistricts() {
        String text = "وافتتح مصنع جديد في مدينة العاشر من رمضان، وقال النائب عن دائرة بني مزار إن الطرق متهالكة.";
        ActorFinder.Result r = FINDER.find(text);
        assertMention(r, text, "العاشر من رمضان", EntityType.LOCATION);
        assertMention(r, text, "بني مزار", EntityType.LOCATION);
    }

    @Test
    void mauritanianSonOfChainsAreOneNameAndTheirSurnameKeepsItsParticle() {
        String text = "وقال المتحدث باسم الحرس الوطني العقيد محمد المختار ولد بيه إن الدوريات تضاعفت، وأضاف ولد بيه "
                + "أن الوضع مستقر. ورحبت النائبة مريم منت الداه بالقرار.";
        ActorFinder.Result r = FINDER.find(text);
        assertMention(r, text, "محمد المختار ولد بيه", EntityType.PERSON);
        Mention later = r.mentions().stream().filter(m -> m.span().start() == text.lastIndexOf("ولد بيه"))
                .findFirst().orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals(text.lastIndexOf("ولد بيه") + "ولد بيه".length(), later.span().end());
        assertEquals("محمد المختار ولد بيه", later.canonical());
        assertMention(r, text, "مريم منت الداه", EntityType.PERSON);
        assertTrue(r.mentions().stream().noneMatch(m -> m.span().of(text).equals("ولد")), r.mentions().toString());
    }

    @Test
    void newHeadsRegionsAndAPartyNamedByOneCommonWord() {
        String text = "وانتقد ديوان المظالم تأخر الرواتب في ولاية الساحل الغربي، فيما قال حزب نهوض المعارض إن "
                + "العمال في منجم تيرست لم يتقاضوا أجورهم، وتوقفت حركة الشاحنات على الطريق.";
        ActorFinder.Result r = FINDER.find(text);
        assertMention(r, text, "ديوان المظالم", EntityType.ORGANIZATION);
        assertMention(r, text, "الساحل الغربي", EntityType.LOCATION);
        assertMention(r, text, "حزب نهوض", EntityType.ORGANIZATION);
        assertMention(r, text, "تيرست", EntityType.LOCATION);
        assertTrue(r.mentions().stream().noneMatch(m -> m.span().of(text).contains("الشاحنات")), r.mentions().toString());
    }

    @Test
    void aRegionalGovernmentAndItsSeatStandingForTheRegion() {
        String text = "أربيل – قالت حكومة إقليم كردستان العراق إن الرواتب ستصرف، بينما اتهم نواب أربيل بالمماطلة.";
        ActorFinder.Result r = FINDER.find(text);
        assertMention(r, text, "حكومة إقليم كردستان العراق", EntityType.ORGANIZATION);
        List<Mention> erbil = r.mentions().stream().filter(m -> m.span().of(text).equals("أربيل")).toList();
        assertEquals(2, erbil.size(), r.mentions().toString());
        assertEquals("أربيل", erbil.get(0).canonical()); // the dateline is the city
        assertEquals("إقليم كردستان", erbil.get(1).canonical()); // the accused is the regional government
    }

    @Test
    void aCapitalAskedSomethingIsItsGovernmentAndACapitalAfterAVerbIsNoAdjective() {
        String text = "وكانت القاهرة قد طلبت من الخرطوم تسليم المطلوبين، فيما رحبت أبوظبي بالخطوة، وعاد الوفد من الخرطوم أمس.";
        ActorFinder.Result r = FINDER.find(text);
        List<Mention> khartoum = r.mentions().stream().filter(m -> m.span().of(text).equals("الخرطوم")).toList();
        assertEquals(2, khartoum.size(), r.mentions().toString());
        assertEquals("السودان", khartoum.get(0).canonical());
        assertEquals("الخرطوم", khartoum.get(1).canonical()); // travelling from a city
        assertEquals("الإمارات", mention(r, text, "أبوظبي").orElseThrow(() -> new AssertionError(r.mentions().toString()))
                .canonical());
    }

    @Test
    void clubsNamedBeforeACountrysNisbaAndCompaniesAfterDescriptors() {
        String text = "وتأهل الوداد بعد فوزه على ضيفه النجم الساحلي التونسي، ويلتقي الفائز من مواجهة أشانتي كوتوكو "
                + "الغاني وكوتون الكاميروني. ونقلت شركة الخطوط الجوية الليبية المشجعين، فيما نفت مجموعة فالكور "
                + "الروسية أي دور لها، وقالت شركة تسويق النفط إن الشحنات لم تتأخر.";
        ActorFinder.Result r = FINDER.find(text);
        assertMention(r, text, "النجم الساحلي", EntityType.ORGANIZATION);
        assertMention(r, text, "أشانتي كوتوكو", EntityType.ORGANIZATION);
        assertMention(r, text, "كوتون", EntityType.ORGANIZATION);
        assertMention(r, text, "الخطوط الجوية الليبية", EntityType.ORGANIZATION);
        assertTrue(r.mentions().stream().anyMatch(m -> m.span().of(text).startsWith("فالكور")
                && m.type() == EntityType.ORGANIZATION), r.mentions().toString());
        assertMention(r, text, "شركة تسويق النفط", EntityType.ORGANIZATION);
    }

    @Test
    void landmarksLeaveOutAdjectivesThatOnlyLocateThem() {
        String text = "وأغلقت السلطات معبر السلوم الحدودي، بينما رست الناقلة في ميناء مرسين التركي.";
        ActorFinder.Result r = FINDER.find(text);
        assertMention(r, text, "معبر السلوم", EntityType.LOCATION);
        assertMention(r, text, "ميناء مرسين", EntityType.LOCATION);
    }

    @Test
    void aDatelineWithItsCountryInBracketsAndATownBeforeItsCountry() {
        String text = "كوسيري (الكاميرون) – قالت السلطات إن الفيضانات طالت مخيم ميناواو وحده، فيما نقلت "
                + "المساعدات من مخازن في كريبي بالكاميرون إلى مطار أم دافوق.";
        ActorFinder.Result r = FINDER.find(text);
        assertMention(r, text, "كوسيري", EntityType.LOCATION);
        assertMention(r, text, "كريبي", EntityType.LOCATION);
        assertMention(r, text, "مطار أم دافوق", EntityType.LOCATION);
        assertTrue(r.mentions().stream().noneMatch(m -> m.span().of(text).contains("حده")), r.mentions().toString());
    }

    @Test
    void bodiesBranchesAndGroupsNamedAfterPeople() {
        String text = "وقالت مفوضية الاتحاد الأفريقي إن كتيبة حمزة بن عبد المطلب المرتبطة بتنظيم القاعدة في بلاد "
                + "المغرب الإسلامي انسحبت من إقليم أرض الصومال، بينما نفت جماعة الفرقان المرتبطة بالتنظيم ذلك.";
        ActorFinder.Result r = FINDER.find(text);
        assertMention(r, text, "مفوضية الاتحاد الأفريقي", EntityType.ORGANIZATION);
        assertMention(r, text, "تنظيم القاعدة في بلاد المغرب الإسلامي", EntityType.ORGANIZATION);
        assertMention(r, text, "أرض الصومال", EntityType.LOCATION);
        assertTrue(r.mentions().stream().anyMatch(m -> m.span().of(text).startsWith("كتيبة حمزة بن عبد")
                && m.type() == EntityType.ORGANIZATION), r.mentions().toString());
        assertTrue(r.mentions().stream().noneMatch(m -> m.span().of(text).contains("المرتبطة")), r.mentions().toString());
    }
}
