package org.mizan.analysis;

import org.mizan.analysis.actors.ArabicActorFinder;
import org.mizan.analysis.claims.ArabicClaimFinder;
import org.mizan.analysis.contradictions.FrameContradictionFinder;
import org.mizan.analysis.figures.ArabicFigureFinder;

/**
 * The standard pipeline, wired with Mizan's own annotators. The one place that knows which
 * implementation does each job.
 */
public final class Engine {

    private Engine() {
    }

    public static Pipeline standard() {
        return new Pipeline(new ArabicFigureFinder(), new ArabicActorFinder(), new ArabicClaimFinder(),
                new FrameContradictionFinder());
    }
}
