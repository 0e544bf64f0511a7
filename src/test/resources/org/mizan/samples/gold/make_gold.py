#!/usr/bin/env python3
"""Writes the gold annotation files for the bundled samples.

Offsets are never typed by hand: every annotation names its text (and, where the text occurs more than
once, which occurrence), and this script finds it in the sample and writes the offsets. Run it after any
edit to a sample:

    python3 src/test/resources/org/mizan/samples/gold/make_gold.py

It fails loudly when a quoted text is missing, ambiguous, not on a word boundary, or when two entities or
two figures overlap. Offsets are UTF-16 indices; the samples hold no character outside the BMP, which the
script checks, so Python string indices are the same numbers.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.normpath(os.path.join(HERE, "../../../../../../main/resources/org/mizan/samples"))

PROCLITICS = "وفبلك"
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06FA-\u06FFA-Za-z0-9]")


def boundary_before(text, i):
    """True when a word starts at i, allowing up to two attached proclitics (و، ف، ب، ل، ك) or بـ."""
    j = i
    if j > 0 and text[j - 1] == "\u0640":  # tatweel: بـ7.1
        j -= 1
    for _ in range(2):
        if j == 0 or not ARABIC_LETTER.match(text[j - 1]):
            return True
        if text[j - 1] in PROCLITICS:
            j -= 1
        else:
            return False
    return j == 0 or not ARABIC_LETTER.match(text[j - 1])


def boundary_after(text, end):
    return end == len(text) or not ARABIC_LETTER.match(text[end])


def occurrences(text, needle, loose=False):
    found, i = [], text.find(needle)
    while i >= 0:
        if loose or (boundary_before(text, i) and boundary_after(text, i + len(needle))):
            found.append(i)
        i = text.find(needle, i + 1)
    return found


class Gold:
    def __init__(self, name):
        self.name = name
        with open(os.path.join(SAMPLES, name), encoding="utf-8") as f:
            self.text = f.read()
        assert all(ord(c) < 0x10000 for c in self.text), "non-BMP character: offsets would differ from UTF-16"
        self.entities, self.figures, self.contradictions, self.non_contradictions = [], [], [], []
        self.claims = []

    # -- locating -------------------------------------------------------------------------------------
    def locate(self, needle, nth=None, after=None):
        """One occurrence of needle: the only one, the nth (0-based), or the first after the text `after`."""
        occ = occurrences(self.text, needle)
        if after is not None:
            anchor = self.locate_loose(after)
            occ = [o for o in occ if o >= anchor]
            if not occ:
                raise SystemExit(f"{self.name}: no '{needle}' after '{after}'")
            return occ[0]
        if not occ:
            raise SystemExit(f"{self.name}: '{needle}' not found on word boundaries")
        if nth is None:
            if len(occ) != 1:
                raise SystemExit(f"{self.name}: '{needle}' occurs {len(occ)} times; say which")
            return occ[0]
        return occ[nth]

    def locate_loose(self, needle):
        occ = occurrences(self.text, needle, loose=True)
        if len(occ) != 1:
            raise SystemExit(f"{self.name}: anchor '{needle}' occurs {len(occ)} times")
        return occ[0]

    def span(self, needle, nth=None, after=None):
        start = self.locate(needle, nth, after)
        return {"start": start, "end": start + len(needle), "text": needle}

    # -- annotations ----------------------------------------------------------------------------------
    def ent(self, needle, type_, canonical=None, outlet=False, nth=None, after=None, every=False):
        """An entity mention; every=True takes each occurrence not already inside another entity."""
        starts = occurrences(self.text, needle) if every else [self.locate(needle, nth, after)]
        for start in starts:
            end = start + len(needle)
            if every and any(e["start"] < end and start < e["end"] for e in self.entities):
                continue
            self.entities.append({"start": start, "end": end, "text": needle, "type": type_,
                                  "canonical": canonical or needle, "outlet": outlet})

    def fig(self, needle, kind, value, unit=None, approx=False, nth=None, after=None):
        s = self.span(needle, nth, after)
        s.update({"kind": kind, "value": value, "unit": unit, "approximate": approx})
        self.figures.append(s)

    def claim(self, quote, source, nth=None, after=None):
        s = self.span(quote, nth, after)
        s["source"] = source
        return s

    def at(self, spec):
        """A span from a text, or from (text, anchor): the first occurrence at or after the unique anchor."""
        return self.span(spec[0], after=spec[1]) if isinstance(spec, tuple) else self.span(spec)

    def src(self, spec, named=True, count=None, canonical=None):
        s = self.at(spec)
        s.update({"named": named, "count": count, "canonical": canonical})
        return s

    def attr(self, cue, source, content, polarity="AFFIRMED", hedged=False, via=()):
        """An attributed claim: its reporting cue, its source (None when agentless), what it says."""
        self.claims.append({"cue": self.at(cue), "source": source, "via": list(via), "content": self.at(content),
                            "polarity": polarity, "hedged": hedged})

    def conflict(self, kind, first, second, note):
        assert first["start"] < second["start"], "first claim must come first in the text"
        self.contradictions.append({"kind": kind, "first": first, "second": second, "note": note})

    def no_conflict(self, first, second, note):
        assert first["start"] < second["start"], "first claim must come first in the text"
        self.non_contradictions.append({"first": first, "second": second, "note": note})

    # -- output ---------------------------------------------------------------------------------------
    def write(self):
        for group in (self.entities, self.figures):
            group.sort(key=lambda a: a["start"])
            for a, b in zip(group, group[1:]):
                if b["start"] < a["end"]:
                    raise SystemExit(f"{self.name}: overlapping '{a['text']}' and '{b['text']}'")
        doc = {
            "sample": self.name,
            "length": len(self.text),
            "entities": self.entities,
            "figures": self.figures,
            "claims": sorted(self.claims, key=lambda c: c["cue"]["start"]),
            "contradictions": self.contradictions,
            "nonContradictions": self.non_contradictions,
        }
        out = os.path.join(HERE, self.name.replace(".txt", ".json"))
        with open(out, "w", encoding="utf-8") as f:
            f.write(dump(doc))
        print(f"{out}: {len(self.entities)} entities, {len(self.figures)} figures, "
              f"{len(self.claims)} claims, {len(self.contradictions)} contradictions, {len(self.non_contradictions)} non-contradictions")


def tidy(value):
    """Whole numbers are written without a fraction (1.2e12 -> 1200000000000)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: tidy(v) for k, v in value.items()}
    return value


def dump(doc):
    """JSON with one annotation a line, so that a diff shows which annotation changed."""
    def line(obj):
        return json.dumps(tidy(obj), ensure_ascii=False)
    parts = []
    for key, value in doc.items():
        if isinstance(value, list):
            body = ",\n".join("    " + line(v) for v in value)
            parts.append(f'  "{key}": [\n{body}\n  ]' if value else f'  "{key}": []')
        else:
            parts.append(f'  "{key}": {line(value)}')
    return "{\n" + ",\n".join(parts) + "\n}\n"


PER, ORG, LOC, MISC = "PERSON", "ORGANIZATION", "LOCATION", "MISC"


def range_(low, high):
    return {"low": low, "high": high}


def detainees():
    g = Gold("detainees-release.txt")
    g.ent("الحديدة", LOC, every=True)
    g.ent("وزارة الداخلية اليمنية", ORG)
    g.ent("سالم الحداد", PER)
    g.ent("العدالة أولاً", ORG)
    g.ent("الأفق", ORG, outlet=True)
    g.ent("الحكومة اليمنية", ORG)
    g.ent("الأمم المتحدة", ORG, every=True)
    g.ent("جنيف", LOC)
    g.ent("الجيش اليمني", ORG)
    g.ent("ناصر القباطي", PER)
    g.ent("سبأ", ORG, outlet=True)
    g.ent("يوهان ليندكفيست", PER)
    g.ent("رويترز", ORG, outlet=True)
    g.ent("خالد العمري", PER)
    g.ent("عدن", LOC)
    g.ent("الاتحاد الأوروبي", ORG)
    g.ent("ماركو بيلّيني", PER)

    g.fig("12 آذار 2024", "DATE", "2024-03-12")
    g.fig("120 محتجزاً", "COUNT", 120, "محتجز")
    g.fig("80 محتجزاً", "COUNT", 80, "محتجز")
    g.fig("نحو ٣٠٠ شخص", "COUNT", 300, "شخص", approx=True)
    g.fig("ثلاثة أشهر", "DURATION", 3, "أشهر")
    g.fig("١٥ نيسان", "DATE", "--04-15")
    g.fig("3.5 مليون دولار", "MONEY", 3_500_000, "USD")
    g.fig("40%", "PERCENT", 40)
    g.fig("عامين", "DURATION", 2, "عام")
    g.fig("أقل من 20 ألف طن", "MEASURE", 20_000, "طن", approx=True)
    g.fig("ثلاثة مسؤولين", "COUNT", 3, "مسؤولين")
    g.fig("الثانية", "ORDINAL", 2)
    g.fig("7 مليارات يورو", "MONEY", 7_000_000_000, "EUR")

    mol = g.src("وزارة الداخلية اليمنية", canonical="وزارة الداخلية اليمنية")
    g.attr("أعلنت", mol, "أفرجت عن 120 محتجزاً من سجن الحديدة المركزي")
    g.attr("وصفها", g.src("سالم الحداد", canonical="سالم الحداد"), "بادرة حسن نية")
    adl = g.src("العدالة أولاً", canonical="العدالة أولاً")
    g.attr("قالت", adl, "السلطات أفرجت عن 80 محتجزاً فقط")
    g.attr("مشيرة", adl, "نحو ٣٠٠ شخص ما زالوا في السجن دون محاكمة")
    g.attr("ذكرت", g.src("الأفق", canonical="الأفق"),
           "الحكومة اليمنية تخطط لسحب قواتها من ميناء الحديدة خلال ثلاثة أشهر، بموجب تفاهم رعته الأمم المتحدة في جنيف")
    qb = g.src("ناصر القباطي", canonical="ناصر القباطي")
    g.attr("نفى", qb, "أي خطة للانسحاب من ميناء الحديدة", "NEGATED")
    g.attr(("قال", "وقال لوكالة"), qb, "القوات باقية في مواقعها ولن تنسحب من الميناء", "NEGATED",
           via=[g.src("سبأ", canonical="سبأ")])
    g.attr(("قال", "وقال المبعوث"), g.src("يوهان ليندكفيست", canonical="يوهان ليندكفيست"),
           "المحادثات ستستأنف في ١٥ نيسان المقبل، وإن الأمم المتحدة خصصت 3.5 مليون دولار لدعم برامج إعادة تأهيل المفرج عنهم")
    g.attr("بحسب", g.src("مصادر محلية", named=False),
           "أسعار المواد الغذائية في المدينة ارتفعت بنسبة 40% خلال عامين، فيما تراجعت واردات الوقود إلى أقل من 20 ألف طن شهرياً")
    g.attr("نقلت", g.src("ثلاثة مسؤولين حكوميين", named=False, count=3),
           'الإفراج عن الدفعة الثانية من المحتجزين "قد يتم قبل نهاية الشهر"', hedged=True,
           via=[g.src("رويترز", canonical="رويترز")])

    g.conflict("NUMERIC",
               g.claim("أفرجت عن 120 محتجزاً", "وزارة الداخلية اليمنية"),
               g.claim("أفرجت عن 80 محتجزاً فقط", "العدالة أولاً"),
               "the ministry and the rights group give different numbers for the same release")
    g.conflict("POLARITY",
               g.claim("تخطط لسحب قواتها من ميناء الحديدة", "الأفق"),
               g.claim("أي خطة للانسحاب من ميناء الحديدة", "ناصر القباطي"),
               "the paper reports a withdrawal plan; the army spokesman denies any such plan")
    g.no_conflict(g.claim("أفرجت عن 80 محتجزاً فقط", "العدالة أولاً"),
                  g.claim("نحو ٣٠٠ شخص ما زالوا في السجن", "العدالة أولاً"),
                  "different quantities: people released versus people still held")
    g.no_conflict(g.claim("أفرجت عن 120 محتجزاً", "وزارة الداخلية اليمنية"),
                  g.claim("الإفراج عن الدفعة الثانية من المحتجزين", "رويترز"),
                  "a later, second batch: a different event, not a different count of the same one")
    g.write()


def port_talks():
    g = Gold("port-talks.txt")
    g.ent("طرابلس", LOC, every=True)
    g.ent("بيروت", LOC, every=True)
    g.ent("لبنان", LOC, every=True)
    g.ent("قبرص", LOC)
    g.ent("بوابة المشرق للمحطات", ORG)
    g.ent("Levant Gateway Terminals", ORG, "بوابة المشرق للمحطات")
    g.ent("فادي نصّور", PER)
    g.ent("نيقوسيا", LOC)
    g.ent("الشاطئ", ORG, outlet=True)
    g.ent("سوريا", LOC)
    g.ent("الأردن", LOC)
    g.ent("أنطوان سركيس", PER)
    g.ent("وزارة الأشغال العامة والنقل", ORG)
    g.ent("نقابة عمال المرافئ في الشمال", ORG)
    g.ent("سمير الحلبي", PER)
    g.ent("الأنباء المشرقية", ORG, outlet=True)
    g.ent("الاتحاد الأوروبي", ORG)
    g.ent("بروكسل", LOC)
    g.ent("تيار الوفاق الوطني", ORG)
    g.ent("ريما الخوري", PER)
    g.ent("الخوري", PER, "ريما الخوري", after="وقالت الخوري")
    g.ent("مجلس النواب", ORG)
    g.ent("خليل المقدّم", PER)
    g.ent("باب التبانة", LOC)
    g.ent("الميناء", LOC, after="باب التبانة")
    g.ent("البنك الدولي", ORG)

    g.fig("17 كانون الثاني 2024", "DATE", "2024-01-17")
    g.fig("ثالثة", "ORDINAL", 3)
    g.fig("نحو ست ساعات", "DURATION", 6, "ساعات", approx=True)
    g.fig("25 عاماً", "DURATION", 25, "عام")
    g.fig("الرابعة", "ORDINAL", 4)
    g.fig("5 شباط", "DATE", "--02-05")
    g.fig("20 آذار", "DATE", "--03-20")
    g.fig("٤٠٪", "PERCENT", 40)
    g.fig("٤٩٪", "PERCENT", 49)
    g.fig("نحو 1.2 مليون طن", "MEASURE", 1_200_000, "طن", approx=True)
    g.fig("عام 2023", "YEAR", 2023)
    g.fig("١٨٪", "PERCENT", 18)
    g.fig("350 ألف حاوية", "COUNT", 350_000, "حاوية")
    g.fig("ثلاث سنوات", "DURATION", 3, "سنوات")
    g.fig("10 كانون الثاني", "DATE", "--01-10")
    g.fig("أكثر من 600 عامل", "COUNT", 600, "عامل", approx=True)
    g.fig("عام 2019", "YEAR", 2019)
    g.fig("45 مليون يورو", "MONEY", 45_000_000, "EUR")
    g.fig("ستة أشهر", "DURATION", 6, "أشهر")
    g.fig("ما بين 10 و15 مليون دولار", "MONEY", range_(10_000_000, 15_000_000), "USD")
    g.fig("نيسان", "DATE", "--04")
    g.fig("نحو ألفي فرصة عمل", "COUNT", 2000, "فرصة", approx=True)
    g.fig("١٠٪ على الأقل", "PERCENT", 10, approx=True)
    g.fig("أسبوعين", "DURATION", 2, "أسبوع")
    g.fig("أكثر من خمسين عاماً", "DURATION", 50, "عام", approx=True)

    nas = g.src("فادي نصّور", canonical="فادي نصّور")
    g.attr(("قال", "وقال وزير الأشغال"), nas, 'الطرفين "اتفقا على الخطوط العريضة" لعقد تشغيل مدته 25 عاماً')
    g.attr(("مؤكداً", "مؤكداً أن الجولة الرابعة"), nas, "الجولة الرابعة ستُعقد في 5 شباط المقبل في نيقوسيا")
    # "not before 20 March" bounds the date of the round; it does not deny that the round will happen
    g.attr("أفاد", g.src("مصدراً في الوفد القبرصي", named=False, count=1),
           'الجولة المقبلة لن تُعقد قبل 20 آذار، بسبب "مسائل عالقة لم تُحسم بعد"',
           via=[g.src("الشاطئ", canonical="الشاطئ")])
    g.attr(("بحسب", "وبحسب أرقام"), g.src(("إدارة المرفأ", "عرضتها إدارة")),
           "استقبل مرفأ طرابلس نحو 1.2 مليون طن من البضائع خلال عام 2023، بزيادة ١٨٪ عن العام السابق، في حين تبلغ طاقته الحالية 350 ألف حاوية سنوياً")
    sar = g.src("أنطوان سركيس", canonical="أنطوان سركيس")
    g.attr("وفقاً", sar, "يُنقل قسم كبير من هذه البضائع براً إلى سوريا والأردن")
    g.attr("أشار", sar, "الرصيف الجديد سيضاعف القدرة الاستيعابية خلال ثلاث سنوات")
    g.attr("ذكرت", g.src(("وزارة الأشغال العامة والنقل", "وكانت وزارة"), canonical="وزارة الأشغال العامة والنقل"),
           '"نقابة عمال المرافئ في الشمال" وافقت على خطة إعادة هيكلة إدارة المرفأ')
    hal = g.src("سمير الحلبي", canonical="سمير الحلبي")
    g.attr("نفى", hal, "تكون النقابة قد وافقت على الخطة", "NEGATED")
    g.attr(("مؤكداً", "مؤكداً لوكالة"), hal, "أي اتفاق يُبرم من دون العمال لن يُنفَّذ", "NEGATED",
           via=[g.src("الأنباء المشرقية", canonical="الأنباء المشرقية")])
    g.attr("لافتاً", hal, "أكثر من 600 عامل يعملون في المرفأ بعقود مؤقتة منذ عام 2019")
    g.attr(("نقلت", "ونقلت الوكالة"), g.src("دبلوماسي أوروبي", named=False, count=1),
           "الاتحاد الأوروبي مستعد لتمويل جزء من المشروع بقيمة 45 مليون يورو، شرط إقرار إصلاحات في الإدارة الجمركية خلال ستة أشهر",
           via=[g.src("الوكالة نفسها", canonical="الأنباء المشرقية")])
    g.attr("أضاف", g.src(("الدبلوماسي", "وأضاف الدبلوماسي"), named=False, count=1),
           'بروكسل "لن تموّل بنية تحتية تديرها جهات غير خاضعة للرقابة"', "NEGATED")
    g.attr("حذّرت", g.src("ريما الخوري", canonical="ريما الخوري"),
           "تأخير الاتفاق قد يكلّف الخزينة ما بين 10 و15 مليون دولار شهرياً", hedged=True)
    g.attr(("قالت", "وقالت الخوري"), g.src(("الخوري", "وقالت الخوري"), canonical="ريما الخوري"),
           "المرفأ ملك للبنان وأهل طرابلس، وليس صفقة تُعقد خلف الأبواب المغلقة")
    g.attr("رأى", g.src("خليل المقدّم", canonical="خليل المقدّم"),
           "المشروع قد يوفّر نحو ألفي فرصة عمل للمدينة التي تعاني من بطالة مرتفعة", hedged=True)

    g.conflict("DATE",
               g.claim("الجولة الرابعة ستُعقد في 5 شباط المقبل", "فادي نصّور"),
               g.claim("الجولة المقبلة لن تُعقد قبل 20 آذار", "مصدر في الوفد القبرصي"),
               "the minister dates the next round on 5 February; the Cypriot source says not before 20 March")
    g.conflict("POLARITY",
               g.claim("وافقت على خطة إعادة هيكلة إدارة المرفأ", "وزارة الأشغال العامة والنقل"),
               g.claim("نفى أن تكون النقابة قد وافقت على الخطة", "سمير الحلبي"),
               "the ministry says the union agreed; the union's head denies it")
    g.no_conflict(g.claim("برفعها من ٤٠٪ إلى ٤٩٪", "الوفد القبرصي"),
                  g.claim("١٠٪ على الأقل من عائدات المرفأ", "خليل المقدّم"),
                  "different quantities: a foreign equity share versus a share of revenue")
    g.no_conflict(g.claim("استقبل مرفأ طرابلس نحو 1.2 مليون طن", "إدارة المرفأ"),
                  g.claim("تبلغ طاقته الحالية 350 ألف حاوية", "إدارة المرفأ"),
                  "different quantities: tonnage handled versus container capacity")
    g.write()


def budget_dispute():
    g = Gold("budget-dispute.txt")
    g.ent("مجلس النواب المصري", ORG)
    g.ent("القاهرة", LOC, every=True)
    g.ent("هشام عبد الرازق", PER)
    g.ent("وزارة المالية", ORG)
    g.ent("معهد النيل للسياسات الاقتصادية", ORG)
    g.ent("الجيزة", LOC)
    g.ent("سلوى المنياوي", PER)
    g.ent("مصر الرقمية", ORG, outlet=True)
    g.ent("المستقبل الوطني", ORG)
    g.ent("عادل فرغلي", PER)
    g.ent("النهار المالي", ORG, outlet=True)
    g.ent("الرياض", LOC)
    g.ent("صندوق النقد الدولي", ORG)
    g.ent("IMF", ORG, "صندوق النقد الدولي")
    g.ent("البنك المركزي المصري", ORG)
    g.ent("فيصل العنزي", PER)
    g.ent("الخليج الاقتصادية", ORG, outlet=True)
    g.ent("مصر", LOC, every=True)
    g.ent("لجنة الخطة والموازنة", ORG)

    g.fig("18 فبراير 2024", "DATE", "2024-02-18")
    g.fig("الأول من يوليو", "DATE", "--07-01")
    g.fig("أكثر من ثلاث ساعات", "DURATION", 3, "ساعات", approx=True)
    g.fig("6.2%", "PERCENT", 6.2)
    g.fig("7.1 في المائة", "PERCENT", 7.1)
    g.fig("9%", "PERCENT", 9)
    g.fig("ديسمبر 2023", "DATE", "2023-12")
    g.fig("عشر سنوات", "DURATION", 10, "سنوات")
    g.fig("٤٫٢ بالمئة", "PERCENT", 4.2)
    g.fig("نحو 30%", "PERCENT", 30, approx=True)
    g.fig("نحو 1.2 تريليون جنيه", "MONEY", 1.2e12, "EGP", approx=True)
    g.fig("2.6 تريليون جنيه", "MONEY", 2.6e12, "EGP")
    g.fig("3.8 تريليون جنيه", "MONEY", 3.8e12, "EGP")
    g.fig("30.9 جنيه", "MONEY", 30.9, "EGP")
    g.fig("١٤٪", "PERCENT", 14)
    g.fig("نحو ٣٫٥ مليون شاب", "COUNT", 3_500_000, "شاب", approx=True)
    g.fig("عامين", "DURATION", 2, "عام")
    g.fig("18 شهراً", "DURATION", 18, "شهر")
    g.fig("أكثر من 1.5 تريليون جنيه", "MONEY", 1.5e12, "EGP", approx=True)
    g.fig("5 مليارات ريال", "MONEY", 5e9, "SAR")
    g.fig("1.2 مليار دولار", "MONEY", 1.2e9, "USD")
    g.fig("مارس", "DATE", "--03")
    g.fig("35.2 مليار دولار", "MONEY", 35.2e9, "USD")
    g.fig("يناير", "DATE", "--01")
    g.fig("34.9 مليار دولار", "MONEY", 34.9e9, "USD")
    g.fig("ديسمبر", "DATE", "--12", after="34.9 مليار دولار")
    g.fig("نحو 20 مليار دولار", "MONEY", 20e9, "USD", approx=True)
    g.fig("عام 2027", "YEAR", 2027)
    g.fig("92 في المائة", "PERCENT", 92)
    g.fig("February 15, 2024", "DATE", "2024-02-15")
    g.fig("80%", "PERCENT", 80)
    g.fig("ثلاث سنوات", "DURATION", 3, "سنوات", after="80%")
    g.fig("30 يونيو", "DATE", "--06-30")
    g.fig("أسبوعين", "DURATION", 2, "أسبوع")

    minister = g.src(("الوزير", "وقال الوزير"), canonical="هشام عبد الرازق")
    g.attr(("قال", "وقال الوزير"), minister,
           "عجز الموازنة سيتراجع إلى 6.2% من الناتج المحلي الإجمالي، مقارنة بـ7.1 في المائة في العام المالي الماضي")
    g.attr(("مؤكداً", "مؤكداً أن معدل"), minister,
           'معدل البطالة انخفض إلى 9% بنهاية ديسمبر 2023، "وهو أدنى مستوى منذ عشر سنوات"')
    g.attr("أضاف", minister, "الحكومة تستهدف نمواً بنسبة ٤٫٢ بالمئة، رغم أن التضخم السنوي ما زال عند نحو 30%")
    g.attr("بحسب", g.src("وزارة المالية", canonical="وزارة المالية"),
           "يبلغ العجز الكلي المتوقع نحو 1.2 تريليون جنيه، إذ تُقدَّر الإيرادات بـ2.6 تريليون جنيه مقابل مصروفات تصل إلى 3.8 تريليون جنيه، على أساس سعر صرف يبلغ 30.9 جنيه للدولار")
    nile = g.src(("معهد النيل للسياسات الاقتصادية", "كشف"), canonical="معهد النيل للسياسات الاقتصادية")
    g.attr("كشف", nile, "معدل البطالة الفعلي يبلغ ١٤٪ إذا احتُسب العاملون في القطاع غير الرسمي")
    g.attr("مشيراً", nile, "نحو ٣٫٥ مليون شاب لا يعملون ولا يدرسون")
    mun = g.src("سلوى المنياوي", canonical="سلوى المنياوي")
    g.attr("قالت", mun, "الأرقام الرسمية لا تعكس ما يعيشه الناس في الشارع", "NEGATED",
           via=[g.src("مصر الرقمية", canonical="مصر الرقمية")])
    g.attr("مضيفةً", mun,
           "عدد الأسر التي تعتمد على دخل غير منتظم تضاعف تقريباً خلال عامين، وأن كثيراً من الخريجين الجدد لا يجدون عملاً قبل مرور 18 شهراً على تخرجهم")
    mp = g.src("عادل فرغلي", canonical="عادل فرغلي")
    g.attr("اتهم", mp, "الحكومة بإخفاء جزء من الديون")
    g.attr(("قال", "وقال إن العجز"), mp, "العجز الفعلي أكثر من 1.5 تريليون جنيه")
    minister2 = g.src(("الوزير", "لكن الوزير"), canonical="هشام عبد الرازق")
    g.attr("نفى", minister2, ("ذلك", "نفى ذلك"), "NEGATED")
    g.attr(("مؤكداً", 'مؤكداً أن "كل'), minister2,
           'كل الأرقام منشورة ومراجَعة"، وأن الحكومة "لم تُخفِ أي التزامات عن البرلمان', "NEGATED")
    g.attr("أفادت", g.src("النهار المالي", canonical="النهار المالي"),
           "القاهرة تلقت من الرياض وديعة جديدة بقيمة 5 مليارات ريال، إلى جانب شريحة من قرض صندوق النقد الدولي (IMF) بقيمة 1.2 مليار دولار يُتوقع صرفها في مارس المقبل")
    g.attr(("نقلت", "ونقلت الصحيفة"), g.src("مسؤول في البنك المركزي المصري", named=False, count=1),
           "الاحتياطي الأجنبي بلغ 35.2 مليار دولار في يناير، ارتفاعاً من 34.9 مليار دولار في ديسمبر",
           via=[g.src(("الصحيفة", "ونقلت الصحيفة"), canonical="النهار المالي")])
    anz = g.src("فيصل العنزي", canonical="فيصل العنزي")
    g.attr("أشار", anz, 'الودائع الخليجية لمصر "تشتري الوقت ولا تحل المشكلة"',
           via=[g.src("الخليج الاقتصادية", canonical="الخليج الاقتصادية")])
    g.attr("مقدّراً", anz, "مصر تحتاج إلى نحو 20 مليار دولار سنوياً لخدمة ديونها الخارجية حتى عام 2027")
    g.attr("لفت", g.src("تقرير المعهد", canonical="معهد النيل للسياسات الاقتصادية"),
           "نسبة الدين إلى الناتج المحلي بلغت 92 في المائة، وأن فوائد الدين وحدها تستهلك الجزء الأكبر من الإيرادات الضريبية")
    g.attr(("وفقاً", "ووفقاً لنسخة"), g.src("نسخة إنجليزية من البيان الحكومي", canonical="وزارة المالية"),
           "الحكومة تعتزم خفض هذه النسبة إلى 80% خلال ثلاث سنوات")

    g.conflict("NUMERIC",
               g.claim("معدل البطالة انخفض إلى 9%", "هشام عبد الرازق"),
               g.claim("معدل البطالة الفعلي يبلغ ١٤٪", "معهد النيل للسياسات الاقتصادية"),
               "unemployment: 9% per the minister, 14% per the independent institute")
    g.conflict("NUMERIC",
               g.claim("العجز الكلي المتوقع نحو 1.2 تريليون جنيه", "وزارة المالية"),
               g.claim("العجز الفعلي أكثر من 1.5 تريليون جنيه", "عادل فرغلي"),
               "deficit: about EGP 1.2 trillion per the ministry, over 1.5 trillion per the opposition MP")
    g.conflict("POLARITY",
               g.claim("الحكومة بإخفاء جزء من الديون", "عادل فرغلي"),
               g.claim("لم تُخفِ أي التزامات عن البرلمان", "هشام عبد الرازق"),
               "the MP accuses the government of hiding debt; the minister denies hiding anything")
    g.no_conflict(g.claim("سيتراجع إلى 6.2% من الناتج", "هشام عبد الرازق"),
                  g.claim("مقارنة بـ7.1 في المائة في العام المالي الماضي", "هشام عبد الرازق"),
                  "explicit change over time: this year's deficit ratio against last year's")
    g.no_conflict(g.claim("نحو 1.2 تريليون جنيه", "وزارة المالية"),
                  g.claim("بقيمة 1.2 مليار دولار", "النهار المالي"),
                  "same number, different quantities and units: the deficit versus an IMF tranche")
    g.no_conflict(g.claim("بلغ 35.2 مليار دولار في يناير", "البنك المركزي المصري"),
                  g.claim("ارتفاعاً من 34.9 مليار دولار في ديسمبر", "البنك المركزي المصري"),
                  "explicit change over time: reserves in January against December")
    g.no_conflict(g.claim("بلغت 92 في المائة", "معهد النيل للسياسات الاقتصادية"),
                  g.claim("خفض هذه النسبة إلى 80%", "وزارة المالية"),
                  "a present value against a stated target")
    g.write()


def flood_relief():
    g = Gold("flood-relief.txt")
    g.ent("مجلس محافظة ميسان", ORG)
    g.ent("قيادة شرطة البصرة", ORG)
    g.ent("ميسان", LOC, every=True)
    g.ent("Maysan", LOC, "ميسان")
    g.ent("العمارة", LOC, every=True)
    g.ent("دجلة", LOC, every=True)
    g.ent("العراق", LOC, every=True)
    # ل + العراق is written للعراق: without the ل the rest is no contiguous slice, so the whole word is the span
    g.ent("للعراق", LOC, "العراق")
    g.ent("وزارة الصحة العراقية", ORG)
    g.ent("جمعية الإغاثة الجنوبية", ORG)
    g.ent("Southern Relief Society", ORG, "جمعية الإغاثة الجنوبية")
    g.ent("الكحلاء", LOC, every=True)
    g.ent("مديرية الدفاع المدني", ORG)
    g.ent("المشرح", LOC)
    g.ent("الدفاع المدني", ORG, "مديرية الدفاع المدني", after="لكن مدير الدفاع المدني")
    g.ent("حيدر الساعدي", PER)
    g.ent("بغداد", LOC, every=True)
    g.ent("الرافدين اليوم", ORG, outlet=True)
    g.ent("عبد الكريم الزبيدي", PER)
    g.ent("الزبيدي", PER, "عبد الكريم الزبيدي", after="مؤكداً أن الزبيدي")
    g.ent("البصرة", LOC, every=True)
    g.ent("علي الكناني", PER)
    g.ent("أنباء الجنوب", ORG, outlet=True)
    g.ent("سرايا الأهوار", ORG)
    g.ent("نزار الحسيني", PER)
    g.ent("الكويت", LOC)
    g.ent("الأردن", LOC)
    g.ent("X", MISC)
    g.ent("هيئة الأنواء الجوية", ORG)
    g.ent("سامر العبيدي", PER)

    g.fig("4 آذار 2024", "DATE", "2024-03-04")
    g.fig("ثلاثة أيام", "DURATION", 3, "أيام")
    g.fig("17 شخصاً", "COUNT", 17, "شخص")
    g.fig("أكثر من 60 شخصاً", "COUNT", 60, "شخص", approx=True)
    g.fig("31 قتيلاً", "COUNT", 31, "قتيل")
    g.fig("12 عاماً", "DURATION", 12, "عام")
    g.fig("ما لا يقل عن 300 عائلة", "COUNT", 300, "عائلة", approx=True)
    g.fig("أقل من مئة عائلة", "COUNT", 100, "عائلة", approx=True)
    g.fig("عشرات المنازل", "COUNT", None, "منازل", approx=True)
    g.fig("40 مركزاً", "COUNT", 40, "مركز")
    g.fig("65 مركزاً", "COUNT", 65, "مركز")
    g.fig("١٢٠ شاحنة", "COUNT", 120, "شاحنة")
    g.fig("ثانية", "ORDINAL", 2)
    g.fig("48 ساعة", "DURATION", 48, "ساعة")
    g.fig("14 شخصاً", "COUNT", 14, "شخص")
    g.fig("6", "COUNT", 6, None, after="أفرجت عن 6 منهم")
    g.fig("نحو 200", "COUNT", 200, None, approx=True)
    g.fig("25 مليار دينار", "MONEY", 25e9, "IQD")
    g.fig("دول عدة", "COUNT", None, "دول", approx=True)
    g.fig("طائرتان", "COUNT", 2, "طائرة")
    g.fig("March 5, 2024", "DATE", "2024-03-05")
    g.fig("ما بين 20 و30 ملم", "MEASURE", range_(20, 30), "ملم")
    g.fig("الأيام الثلاثة", "DURATION", 3, "أيام")
    g.fig("نحو 3 أمتار", "MEASURE", 3, "أمتار", approx=True)
    g.fig("يومين", "DURATION", 2, "يوم")
    g.fig("عام 1988", "YEAR", 1988)

    g.attr("قالت", g.src("وزارة الصحة العراقية", canonical="وزارة الصحة العراقية"),
           "17 شخصاً لقوا حتفهم وأُصيب أكثر من 60 شخصاً بجروح، معظمهم من الأطفال وكبار السن")
    council = g.src("مجلس محافظة ميسان", canonical="مجلس محافظة ميسان")
    g.attr("أفاد", council, "عدد القتلى بلغ 31 قتيلاً")
    g.attr("متهماً", council, 'الجهات الرسمية بـ"التقليل من حجم الكارثة"')
    g.attr("أكدت", g.src("جمعية الإغاثة الجنوبية", canonical="جمعية الإغاثة الجنوبية"),
           "نزوح ما لا يقل عن 300 عائلة من قضاء الكحلاء وحده")
    g.attr("ذكر", g.src("مكتب محافظ ميسان"),
           'عدد العائلات النازحة "أقل من مئة عائلة"، وأن معظمها عاد إلى منازله بعد انحسار المياه')
    g.attr("وفقاً", g.src("مديرية الدفاع المدني", canonical="مديرية الدفاع المدني"),
           "غمرت المياه عشرات المنازل في قضاء الكحلاء وناحية المشرح")
    saadi = g.src("حيدر الساعدي", canonical="حيدر الساعدي")
    g.attr(("أكد", "أكد أن المياه"), saadi, 'المياه لم تغمر أي منازل في مركز مدينة العمارة "حتى الآن"', "NEGATED")
    g.attr("مشيراً", saadi, "السواتر الترابية التي أقيمت على ضفتي النهر صمدت خلال الليل")
    cell = g.src("خلية الأزمة في المحافظة")
    g.attr(("أعلنت", "وأعلنت خلية"), cell, "عدد مراكز الإيواء كان 40 مركزاً صباح الثلاثاء، ثم ارتفع إلى 65 مركزاً مساء اليوم نفسه")
    g.attr("أضافت", cell,
           "الحكومة الاتحادية في بغداد أرسلت ١٢٠ شاحنة محمّلة بالخيام والمياه والأغذية، وأن قافلة ثانية ستصل خلال 48 ساعة")
    g.attr("نقلت", g.src("مصادر حكومية", named=False),
           "وزير الموارد المائية، عبد الكريم الزبيدي، قدّم استقالته إلى رئيس الوزراء احتجاجاً على تأخر صرف مخصصات صيانة السدود",
           via=[g.src("الرافدين اليوم", canonical="الرافدين اليوم")])
    office = g.src(("مكتب الوزير", "لكن مكتب الوزير"), canonical="عبد الكريم الزبيدي")
    g.attr("نفى", office, ("ذلك", "نفى ذلك"), "NEGATED")
    g.attr(("مؤكداً", "مؤكداً أن الزبيدي"), office,
           'الزبيدي "لم يقدّم استقالته، وهو يتابع عمليات الإغاثة ميدانياً من العمارة', "NEGATED")
    g.attr("بحسب", g.src("علي الكناني", canonical="علي الكناني"),
           "اعتقلت الشرطة 14 شخصاً بتهمة سرقة مواد إغاثية من شاحنات كانت متجهة إلى ميسان، ثم أفرجت عن 6 منهم لعدم كفاية الأدلة",
           via=[g.src("أنباء الجنوب", canonical="أنباء الجنوب")])
    g.attr("أعلن", g.src("سرايا الأهوار", canonical="سرايا الأهوار"),
           "مشاركة نحو 200 من عناصره في تعزيز السواتر على الطريق الرابط بين العمارة وبغداد")
    g.attr("كشف", g.src("نزار الحسيني", canonical="نزار الحسيني"),
           "تخصيص 25 مليار دينار لإعادة تأهيل الطرق والجسور المتضررة")
    g.attr("كتب", g.src("المتحدث باسم الجمعية", canonical="جمعية الإغاثة الجنوبية"),
           "Relief convoys reached Maysan on March 5, 2024")
    g.attr("توقعت", g.src("هيئة الأنواء الجوية", canonical="هيئة الأنواء الجوية"),
           "هطول ما بين 20 و30 ملم من الأمطار خلال الأيام الثلاثة المقبلة", hedged=True)
    g.attr(("قال", "وقال الخبير"), g.src("سامر العبيدي", canonical="سامر العبيدي"),
           'منسوب دجلة ارتفع بنحو 3 أمتار خلال يومين، "وهو أعلى ارتفاع منذ فيضان عام 1988"')

    g.conflict("NUMERIC",
               g.claim("17 شخصاً لقوا حتفهم", "وزارة الصحة العراقية"),
               g.claim("عدد القتلى بلغ 31 قتيلاً", "مجلس محافظة ميسان"),
               "death toll: 17 per the health ministry, 31 per the provincial council")
    g.conflict("NUMERIC",
               g.claim("نزوح ما لا يقل عن 300 عائلة", "جمعية الإغاثة الجنوبية"),
               g.claim("أقل من مئة عائلة", "مكتب محافظ ميسان"),
               "displaced families: at least 300 per the relief society, fewer than 100 per the governor's office")
    g.conflict("POLARITY",
               g.claim("قدّم استقالته إلى رئيس الوزراء", "الرافدين اليوم"),
               g.claim("لم يقدّم استقالته", "مكتب الوزير"),
               "the paper reports the minister resigned; his office denies it")
    g.no_conflict(g.claim("غمرت المياه عشرات المنازل في قضاء الكحلاء", "مديرية الدفاع المدني"),
                  g.claim("المياه لم تغمر أي منازل في مركز مدينة العمارة", "حيدر الساعدي"),
                  "same verb, opposite polarity, but about different places")
    g.no_conflict(g.claim("كان 40 مركزاً صباح الثلاثاء", "خلية الأزمة"),
                  g.claim("ارتفع إلى 65 مركزاً مساء اليوم نفسه", "خلية الأزمة"),
                  "explicit change over time")
    g.no_conflict(g.claim("اعتقلت الشرطة 14 شخصاً", "علي الكناني"),
                  g.claim("أفرجت عن 6 منهم", "علي الكناني"),
                  "different quantities: people arrested versus the part of them freed")
    g.write()


if __name__ == "__main__":
    detainees()
    port_talks()
    budget_dispute()
    flood_relief()
