package org.mizan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.mizan.analysis.ActorFinder;
import org.mizan.analysis.Pipeline;
import org.mizan.model.Actor;
import org.mizan.model.Claim;
import org.mizan.model.ClaimRef;
import org.mizan.model.Contradiction;
import org.mizan.model.ContradictionKind;
import org.mizan.model.EntityType;
import org.mizan.model.Figure;
import org.mizan.model.FigureKind;
import org.mizan.model.FigureValue;
import org.mizan.model.Frame;
import org.mizan.model.Mention;
import org.mizan.model.Polarity;
import org.mizan.model.Source;
import org.mizan.model.Span;

/**
 * A small Arabic article written for these tests, and a pipeline that finds a fixed set of names,
 * figures and claims in whatever text it is given (by searching, so edits move and add results).
 * It stands in for the real annotators, which are tested on their own.
 */
public final class ReaderFixture {

    public static final String ARTICLE = String.join("\n",
            "قال وزير المالية سامر الخطيب يوم الأحد إن الحكومة أنفقت 120 مليون دولار على إصلاح الطرق في مدينة حلب خلال عام 2023.",
            "لكن مصدرًا مسؤولًا في البلدية أكد لوكالة الأنباء الوطنية أن المبلغ لم يتجاوز 80 مليون دولار، مضيفًا أن نصف المشاريع لم يبدأ بعد.",
            "ونفى الخطيب في تصريح لصحيفة الصباح أن تكون الحكومة قد أوقفت أي مشروع، فيما ذكرت منظمة الشفافية العربية أن نسبة الإنجاز بلغت 35 بالمئة.",
            "وَأَكَّدَ الخَطِيبُ أنّ العملَ في الحكـــومة مستمرٌّ رغم الانتقادات.");

    /** A second article that contradicts the first across articles. */
    static final String OTHER = String.join("\n",
            "نقلت صحيفة الصباح عن المتحدث باسم البلدية رامي العلي قوله إن الحكومة أنفقت 60 مليون دولار فقط على إصلاح الطرق.",
            "وأضاف العلي أن الأعمال ستستأنف في الربيع المقبل.");

    record Name(String text, EntityType type, String canonical, boolean outlet) {
    }

    static final List<Name> NAMES = List.of(
            new Name("سامر الخطيب", EntityType.PERSON, "سامر الخطيب", false),
            new Name("الخطيب", EntityType.PERSON, "سامر الخطيب", false),
            new Name("الخَطِيبُ", EntityType.PERSON, "سامر الخطيب", false),
            new Name("حلب", EntityType.LOCATION, "حلب", false),
            new Name("وكالة الأنباء الوطنية", EntityType.ORGANIZATION, "وكالة الأنباء الوطنية", true),
            new Name("صحيفة الصباح", EntityType.ORGANIZATION, "صحيفة الصباح", true),
            new Name("منظمة الشفافية العربية", EntityType.ORGANIZATION, "منظمة الشفافية العربية", false),
            new Name("رامي العلي", EntityType.PERSON, "رامي العلي", false),
            new Name("العلي", EntityType.PERSON, "رامي العلي", false));

    record Fig(String text, FigureKind kind, FigureValue value, String unit) {
    }

    static final List<Fig> FIGURES = List.of(
            new Fig("120 مليون دولار", FigureKind.MONEY, new FigureValue.Amount(120e6), "USD"),
            new Fig("80 مليون دولار", FigureKind.MONEY, new FigureValue.Amount(80e6), "USD"),
            new Fig("60 مليون دولار", FigureKind.MONEY, new FigureValue.Amount(60e6), "USD"),
            new Fig("2023", FigureKind.YEAR, new FigureValue.IsoDate("2023"), null),
            new Fig("35 بالمئة", FigureKind.PERCENT, new FigureValue.Amount(35), null));

    record Said(String source, boolean named, String cue, String content, Polarity polarity) {
    }

    static final List<Said> CLAIMS = List.of(
            new Said("وزير المالية سامر الخطيب", true, "قال",
                    "الحكومة أنفقت 120 مليون دولار على إصلاح الطرق في مدينة حلب خلال عام 2023", Polarity.AFFIRMED),
            new Said("مصدرًا مسؤولًا في البلدية", false, "أكد", "المبلغ لم يتجاوز 80 مليون دولار", Polarity.AFFIRMED),
            new Said("الخطيب", true, "نفى", "تكون الحكومة قد أوقفت أي مشروع", Polarity.NEGATED),
            new Said("منظمة الشفافية العربية", true, "ذكرت", "نسبة الإنجاز بلغت 35 بالمئة", Polarity.AFFIRMED),
            new Said("المتحدث باسم البلدية رامي العلي", true, "قوله",
                    "الحكومة أنفقت 60 مليون دولار فقط على إصلاح الطرق", Polarity.AFFIRMED));

    private ReaderFixture() {
    }

    /** Every occurrence of {@code needle} in {@code text} that is not inside a longer listed name. */
    static List<Span> all(String text, String needle) {
        List<Span> out = new ArrayList<>();
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            out.add(new Span(i, i + needle.length()));
        }
        return out;
    }

    static Span first(String text, String needle) {
        int i = text.indexOf(needle);
        if (i < 0) {
            throw new IllegalArgumentException("not in text: " + needle);
        }
        return new Span(i, i + needle.length());
    }

    static List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        for (Name n : NAMES) {
            for (Span s : all(text, n.text())) {
                if (out.stream().noneMatch(m -> m.span().overlaps(s))) {
                    out.add(new Mention(s, n.type(), n.canonical(), n.outlet()));
                }
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    static List<Actor> actors(List<Mention> mentions) {
        var groups = new java.util.LinkedHashMap<String, List<Mention>>();
        mentions.forEach(m -> groups.computeIfAbsent(m.canonical(), k -> new ArrayList<>()).add(m));
        return groups.values().stream().map(ms -> new Actor(ms.getFirst().canonical(), ms.getFirst().type(), ms))
                .toList();
    }

    static List<Figure> figures(String text) {
        List<Figure> out = new ArrayList<>();
        for (Fig f : FIGURES) {
            for (Span s : all(text, f.text())) {
                out.add(new Figure(s, f.kind(), f.value(), Optional.ofNullable(f.unit()), false));
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    static List<Claim> claims(String text) {
        List<Claim> out = new ArrayList<>();
        int id = 1;
        for (Said c : CLAIMS) {
            int content = text.indexOf(c.content());
            int source = text.indexOf(c.source());
            int cue = text.indexOf(c.cue());
            if (content < 0 || source < 0 || cue < 0) {
                continue;
            }
            Span sp = new Span(content, content + c.content().length());
            out.add(new Claim("c" + id++, sp,
                    Optional.of(new Source(new Span(source, source + c.source().length()), c.named(),
                            OptionalInt.empty(), Optional.empty())),
                    List.of(), new Span(cue, cue + c.cue().length()), c.polarity(), false,
                    new Frame("أنفق", List.of(), List.of(), List.of(), Optional.empty())));
        }
        return out;
    }

    /** Claims about money spent on roads contradict when their figures differ. */
    static List<Contradiction> contradictions(List<org.mizan.model.Analysis> analyses) {
        record Ref(String article, Claim claim, String text) {
        }
        List<Ref> money = new ArrayList<>();
        for (var a : analyses) {
            for (Claim c : a.claims()) {
                String t = c.span().of(a.text());
                if (t.contains("مليون دولار")) {
                    money.add(new Ref(a.article().source(), c, t));
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        int id = 1;
        for (int i = 0; i < money.size(); i++) {
            for (int j = i + 1; j < money.size(); j++) {
                Ref a = money.get(i);
                Ref b = money.get(j);
                out.add(new Contradiction("x" + id++, ContradictionKind.NUMERIC,
                        new ClaimRef(a.article(), a.claim().id()), new ClaimRef(b.article(), b.claim().id()), 0.86,
                        "يذكر مصدر مبلغًا يخالف المبلغ الذي يذكره مصدر آخر.",
                        "One source gives an amount that differs from the amount another source gives."));
            }
        }
        return out;
    }

    public static Pipeline pipeline() {
        return new Pipeline(ReaderFixture::figures, text -> {
            List<Mention> ms = mentions(text);
            return new ActorFinder.Result(ms, actors(ms));
        }, (text, ms, figs) -> claims(text), ReaderFixture::contradictions);
    }
}
