package org.mizan.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mizan.model.Analysis;
import org.mizan.model.Article;
import org.mizan.model.Contradiction;

/**
 * The whole standard engine on hostile text: analysis ends, every span lies in the text, the JSON
 * is valid and quotes the text exactly, claims and contradictions point at what exists. Each
 * annotator is covered as soon as {@code Engine.standard()} wires it in.
 */
class EnginePropertiesTest {

    @Provide
    Arbitrary<String> anyUtf16() {
        return HostileText.anyUtf16(400);
    }

    @Provide
    Arbitrary<String> arabicChars() {
        return HostileText.arabicChars(600);
    }

    @Provide
    Arbitrary<String> hostileMix() {
        return HostileText.hostileMix();
    }

    @Provide
    Arbitrary<String> truncatedArticle() {
        return HostileText.truncatedArticle();
    }

    @Provide
    Arbitrary<String> degenerate() {
        return HostileText.degenerate();
    }

    @Provide
    Arbitrary<List<String>> severalArticles() {
        return HostileText.hostileMix().list().ofMinSize(2).ofMaxSize(4);
    }

    @Property(tries = 150)
    void anyUtf16StringKeepsTheInvariants(@ForAll("anyUtf16") String text) {
        Guarded.analyzeAndCheck(text);
    }

    @Property(tries = 150)
    void arabicCharacterSoupKeepsTheInvariants(@ForAll("arabicChars") String text) {
        Guarded.analyzeAndCheck(text);
    }

    @Property(tries = 300)
    void newsSplicedWithHostileFragmentsKeepsTheInvariants(@ForAll("hostileMix") String text) {
        Guarded.analyzeAndCheck(text);
    }

    @Property(tries = 150)
    void articleCutAnywhereKeepsTheInvariants(@ForAll("truncatedArticle") String text) {
        Guarded.analyzeAndCheck(text);
    }

    @Property(tries = 150)
    void degenerateInputKeepsTheInvariants(@ForAll("degenerate") String text) {
        Guarded.analyzeAndCheck(text);
    }

    /** The UI re-analyses after every edit and compares: the same text must give the same analysis. */
    @Property(tries = 60)
    void analysisIsDeterministic(@ForAll("hostileMix") String text) {
        assertEquals(Guarded.analyze(text), Guarded.analyze(text));
    }

    /** Contradictions across open articles point at claims of those articles, never elsewhere. */
    @Property(tries = 60)
    void contradictionsAcrossArticlesPointAtTheirClaims(
            @ForAll("severalArticles") List<String> texts) {
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Analysis a = Guarded.analyze(Article.of(texts.get(i), "article-" + i + ".txt"));
            AnalysisInvariants.check(a);
            analyses.add(a);
        }
        List<Contradiction> across = Guarded.ENGINE.acrossArticles(analyses);
        AnalysisInvariants.checkAcross(analyses, across);
    }
}
