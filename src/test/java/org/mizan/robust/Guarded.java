package org.mizan.robust;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.mizan.analysis.Engine;
import org.mizan.analysis.Pipeline;
import org.mizan.model.Analysis;
import org.mizan.model.Article;

/**
 * The standard engine behind a generous hang guard. The bound only catches runaway analysis (a
 * catastrophic regex, a loop that never advances); speed is measured by the benchmark, not here.
 */
final class Guarded {

    static final Pipeline ENGINE = Engine.standard();

    /** Far above any honest run on a loaded 2-core machine, far below "the build hangs". */
    static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private Guarded() {
    }

    static Analysis analyze(String text) {
        return analyze(Article.of(text, "fuzz.txt"));
    }

    static Analysis analyze(Article article) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> ENGINE.analyze(article),
                () -> "analysis did not end within " + HANG_GUARD + " on " + AnalysisInvariants.quote(article.text()));
    }

    /** Analyses and checks every invariant; the analysis for further checks. */
    static Analysis analyzeAndCheck(String text) {
        Analysis a = analyze(text);
        AnalysisInvariants.check(a);
        return a;
    }
}
