package org.mizan.export.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.mizan.model.Actor;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
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
 * Hand-built analyses over the project's own Arabic test text (written for these tests), with real
 * spans, so the PDF tests do not depend on the annotators.
 */
public final class Fixtures {

    static final String SOURCE = "tests/الزهراء.txt";

    /** Five paragraphs: tanween, shadda, lam-alef, digits, a date, Latin, a URL, brackets, percent. */
    static final String TEXT = String.join("\n",
            "أعلنت وزارة الصحة في مدينة الزهراء يوم الاثنين أن عدد المصابين بلغ 350 حالة حتى 12 مارس 2024، "
                    + "وهو رقم أكّده الطبيب سامر الحلبي في مؤتمر صحفي عقده مساءً.",
            "وقال سامر الحلبي إن الوضع تحت السيطرة تماماً، مضيفاً أن المستشفيات (وعددها سبعة) تعمل بكامل طاقتها "
                    + "وأن الطواقم الطبية لا تشكو نقصاً في الأدوية.",
            "لكن منظمة UNICEF ذكرت في تقرير نشرته على موقعها https://example.org أن عدد المصابين تجاوز 500 حالة، "
                    + "وأن نسبة الإشغال في المستشفيات وصلت إلى 95% خلال الأيام الأخيرة.",
            "ونفى المتحدث باسم الوزارة خالد العمري أن تكون المستشفيات قد امتلأت، مؤكّداً أن الوزارة لا تخفي "
                    + "أي معلومات عن المواطنين وأن الأرقام الرسمية تُنشر يومياً.",
            "ومن المتوقع أن يزور وفدٌ من منظمة الصحة العالمية مدينة الزهراء الأسبوع المقبل لتقييم الوضع ميدانياً.");

    private Fixtures() {
    }

    static Span span(String text, String needle, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("not in text: " + needle);
            }
        }
        return new Span(at, at + needle.length());
    }

    static Span span(String text, String needle) {
        return span(text, needle, 0);
    }

    public static Analysis analysis() {
        return analysis(TEXT, Article.of(TEXT, SOURCE));
    }

    /** The sample's annotations, found again in {@code text} (which may repeat the sample). */
    public static Analysis analysis(String text, Article article) {
        List<Mention> mentions = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Contradiction> contradictions = new ArrayList<>();
        int copies = 0;
        for (int at = text.indexOf("أعلنت وزارة الصحة"); at >= 0; at = text.indexOf("أعلنت وزارة الصحة", at + 1)) {
            copies++;
        }
        for (int k = 0; k < copies; k++) {
            String sfx = copies == 1 ? "" : "-" + k;
            mentions.add(new Mention(span(text, "وزارة الصحة", k), EntityType.ORGANIZATION, "وزارة الصحة", false));
            mentions.add(new Mention(span(text, "الزهراء", 2 * k), EntityType.LOCATION, "الزهراء", false));
            mentions.add(new Mention(span(text, "سامر الحلبي", 2 * k), EntityType.PERSON, "سامر الحلبي", false));
            mentions.add(new Mention(span(text, "سامر الحلبي", 2 * k + 1), EntityType.PERSON, "سامر الحلبي", false));
            mentions.add(new Mention(span(text, "UNICEF", k), EntityType.ORGANIZATION, "اليونيسف", false));
            mentions.add(new Mention(span(text, "خالد العمري", k), EntityType.PERSON, "خالد العمري", false));
            mentions.add(new Mention(span(text, "منظمة الصحة العالمية", k), EntityType.ORGANIZATION,
                    "منظمة الصحة العالمية", false));
            mentions.add(new Mention(span(text, "الزهراء", 2 * k + 1), EntityType.LOCATION, "الزهراء", false));

            figures.add(new Figure(span(text, "350 حالة", k), FigureKind.COUNT, new FigureValue.Amount(350),
                    Optional.of("حالة"), false));
            figures.add(new Figure(span(text, "12 مارس 2024", k), FigureKind.DATE, new FigureValue.IsoDate("2024-03-12"),
                    Optional.empty(), false));
            figures.add(new Figure(span(text, "سبعة", k), FigureKind.COUNT, new FigureValue.Amount(7),
                    Optional.empty(), false));
            figures.add(new Figure(span(text, "500 حالة", k), FigureKind.COUNT, new FigureValue.Amount(500),
                    Optional.of("حالة"), true));
            figures.add(new Figure(span(text, "95%", k), FigureKind.PERCENT, new FigureValue.Amount(95),
                    Optional.empty(), false));

            Source ministry = new Source(span(text, "وزارة الصحة", k), true, OptionalInt.empty(), Optional.of("وزارة الصحة"));
            Source doctor = new Source(span(text, "سامر الحلبي", 2 * k + 1), true, OptionalInt.empty(),
                    Optional.of("سامر الحلبي"));
            Source unicef = new Source(span(text, "UNICEF", k), true, OptionalInt.empty(), Optional.of("اليونيسف"));
            Source spokesman = new Source(span(text, "خالد العمري", k), true, OptionalInt.empty(),
                    Optional.of("خالد العمري"));
            Frame cases = new Frame("أصاب", List.of(), List.of("الزهراء"), List.of(), Optional.empty());
            Frame full = new Frame("امتلأ", List.of(), List.of(), List.of(), Optional.empty());
            claims.add(new Claim("c1" + sfx, span(text, "عدد المصابين بلغ 350 حالة حتى 12 مارس 2024", k), Optional.of(ministry),
                    List.of(), span(text, "أعلنت", k), Polarity.AFFIRMED, false, cases));
            claims.add(new Claim("c2" + sfx, span(text, "الوضع تحت السيطرة تماماً", k), Optional.of(doctor), List.of(),
                    span(text, "وقال", k), Polarity.AFFIRMED, false, full));
            claims.add(new Claim("c3" + sfx, span(text, "عدد المصابين تجاوز 500 حالة", k), Optional.of(unicef), List.of(),
                    span(text, "ذكرت", k), Polarity.AFFIRMED, false, cases));
            claims.add(new Claim("c4" + sfx, span(text, "نسبة الإشغال في المستشفيات وصلت إلى 95% خلال الأيام الأخيرة", k),
                    Optional.of(unicef), List.of(), span(text, "ذكرت", k), Polarity.AFFIRMED, false, full));
            claims.add(new Claim("c5" + sfx, span(text, "تكون المستشفيات قد امتلأت", k), Optional.of(spokesman), List.of(),
                    span(text, "ونفى", k), Polarity.NEGATED, true, full));
            String src = article.source();
            contradictions.add(new Contradiction("x1" + sfx, ContradictionKind.NUMERIC, new ClaimRef(src, "c1" + sfx),
                    new ClaimRef(src, "c3" + sfx), 0.86,
                    "تقول وزارة الصحة إن عدد المصابين 350 بينما تقول اليونيسف إنه تجاوز 500.",
                    "The health ministry gives 350 cases while UNICEF says more than 500."));
            contradictions.add(new Contradiction("x2" + sfx, ContradictionKind.POLARITY, new ClaimRef(src, "c4" + sfx),
                    new ClaimRef(src, "c5" + sfx), 0.71,
                    "تقول اليونيسف إن المستشفيات ممتلئة بنسبة 95% بينما ينفي خالد العمري امتلاءها.",
                    "UNICEF says hospitals are 95% full while Khalid al-Omari denies they are full."));
        }
        List<Actor> actors = new ArrayList<>();
        java.util.Map<String, List<Mention>> byName = new java.util.LinkedHashMap<>();
        for (Mention m : mentions) {
            byName.computeIfAbsent(m.canonical(), n -> new ArrayList<>()).add(m);
        }
        byName.forEach((n, ms) -> actors.add(new Actor(n, ms.get(0).type(), ms)));
        mentions.sort(java.util.Comparator.comparing(Mention::span));
        return new Analysis(article, mentions, actors, figures, claims, contradictions);
    }

    /** The sample repeated {@code copies} times, as paragraphs of one long article. */
    public static String repeated(int copies) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < copies; i++) {
            if (i > 0) {
                sb.append("\n\n");
            }
            sb.append(TEXT);
        }
        return sb.toString();
    }
}
