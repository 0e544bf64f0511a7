package org.mizan.export;

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

/** A small hand-made analysis of an Arabic text with every kind of finding, for tests of writers and review state. */
public final class DeficitAnalysis {

    private DeficitAnalysis() {
    }

    // An emoji (two UTF-16 units, one code point) before everything: W3C positions count code points.
    public static final String TEXT = "\uD83D\uDCF0 قال وزير المالية إن العجز بلغ 3 مليارات دينار. "
            + "لكن البنك المركزي قال إن العجز بلغ 5 مليارات دينار.";

    static Span span(String s, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = TEXT.indexOf(s, at + 1);
        }
        return new Span(at, at + s.length());
    }

    public static Analysis analysis() {
        String src = "/أخبار/عجز.txt";
        Mention minister = new Mention(span("وزير المالية", 0), EntityType.PERSON, "وزير المالية", false);
        Mention bank = new Mention(span("البنك المركزي", 0), EntityType.ORGANIZATION, "البنك المركزي", false);
        Figure three = new Figure(span("3 مليارات دينار", 0), FigureKind.MONEY, new FigureValue.Amount(3e9),
                Optional.of("دينار"), false);
        Figure five = new Figure(span("5 مليارات دينار", 0), FigureKind.MONEY, new FigureValue.Amount(5e9),
                Optional.of("دينار"), false);
        Frame frame = new Frame("بلغ", List.of(), List.of(), List.of(), Optional.empty());
        Claim c1 = new Claim("c1", span("العجز بلغ 3 مليارات دينار", 0),
                Optional.of(new Source(minister.span(), true, OptionalInt.empty(), Optional.of("وزير المالية"))),
                List.of(), span("قال", 0), Polarity.AFFIRMED, false, frame);
        Claim c2 = new Claim("c2", span("العجز بلغ 5 مليارات دينار", 0),
                Optional.of(new Source(bank.span(), true, OptionalInt.empty(), Optional.of("البنك المركزي"))),
                List.of(), span("قال", 1), Polarity.AFFIRMED, false, frame);
        Contradiction x = new Contradiction("x1", ContradictionKind.NUMERIC, new ClaimRef(src, "c1"),
                new ClaimRef(src, "c2"), 0.9, "الوزير يقول 3 مليارات والبنك يقول 5",
                "The minister says 3 billion, the central bank 5 billion.");
        return new Analysis(Article.of(TEXT, src), List.of(minister, bank),
                List.of(new Actor("وزير المالية", EntityType.PERSON, List.of(minister)),
                        new Actor("البنك المركزي", EntityType.ORGANIZATION, List.of(bank))),
                List.of(three, five), List.of(c1, c2), List.of(x));
    }

}
