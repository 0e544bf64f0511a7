package org.mizan.analysis.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mizan.analysis.contradictions.FrameContradictionFinder;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Claim;
import org.mizan.model.Contradiction;
import org.mizan.model.EntityType;
import org.mizan.model.Figure;
import org.mizan.model.FigureKind;
import org.mizan.model.FigureValue;
import org.mizan.model.Mention;
import org.mizan.model.Span;

/**
 * An article with hand-made mentions and figures (what the actor and figure finders would give),
 * run through the claim finder and the contradiction finder.
 */
public final class Fixture {

    private final String text;
    private final String source;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();

    private Fixture(String text, String source) {
        this.text = text;
        this.source = source;
    }

    public static Fixture of(String text) {
        return new Fixture(text, "test.txt");
    }

    public static Fixture of(String text, String source) {
        return new Fixture(text, source);
    }

    /** Every occurrence of {@code name} is a mention of that type. */
    public Fixture mention(String name, EntityType type) {
        return mention(name, type, name, false);
    }

    public Fixture outlet(String name) {
        return mention(name, EntityType.ORGANIZATION, name, true);
    }

    public Fixture mention(String name, EntityType type, String canonical, boolean outlet) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            mentions.add(new Mention(new Span(i, i + name.length()), type, canonical, outlet));
        }
        return this;
    }

    /** The first occurrence of {@code words} is a figure. */
    public Fixture figure(String words, FigureKind kind, FigureValue value, String unit, boolean approximate) {
        int i = text.indexOf(words);
        if (i < 0) {
            throw new IllegalArgumentException("not in the text: " + words);
        }
        figures.add(new Figure(new Span(i, i + words.length()), kind, value, Optional.ofNullable(unit), approximate));
        return this;
    }

    public Fixture count(String words, double value, String unit) {
        return figure(words, FigureKind.COUNT, new FigureValue.Amount(value), unit, false);
    }

    public Fixture date(String words, String iso) {
        return figure(words, FigureKind.DATE, new FigureValue.IsoDate(iso), null, false);
    }

    public List<Claim> claims() {
        return new ArabicClaimFinder().find(text, sortedMentions(), sortedFigures());
    }

    /** The analysis with claims, before contradictions. */
    public Analysis analysis() {
        return new Analysis(Article.of(text, source), sortedMentions(), List.of(), sortedFigures(), claims(),
                List.of());
    }

    public List<Contradiction> contradictions() {
        return new FrameContradictionFinder().find(List.of(analysis()));
    }

    public String text() {
        return text;
    }

    private List<Mention> sortedMentions() {
        return mentions.stream().sorted(Comparator.comparing(Mention::span)).toList();
    }

    private List<Figure> sortedFigures() {
        return figures.stream().sorted(Comparator.comparing(Figure::span)).toList();
    }

    /** The claim whose content contains {@code words}. */
    public static Claim claimWith(Analysis a, String words) {
        int i = a.text().indexOf(words);
        return a.claims().stream().filter(c -> c.span().contains(new Span(i, i + words.length()))).findFirst()
                .orElseThrow(() -> new AssertionError("no claim contains: " + words + "\nclaims: "
                        + a.claims().stream().map(c -> c.span().of(a.text())).toList()));
    }
}
