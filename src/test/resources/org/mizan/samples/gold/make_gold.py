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
            "contradictions": self.contradictions,
            "nonContradictions": self.non_contradictions,
        }
        out = os.path.join(HERE, self.name.replace(".txt", ".json"))
        with open(out, "w", encoding="utf-8") as f:
            f.write(dump(doc))
        print(f"{out}: {len(self.entities)} entities, {len(self.figures)} figures, "
              f"{len(self.contradictions)} contradictions, {len(self.non_contradictions)} non-contradictions")


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
