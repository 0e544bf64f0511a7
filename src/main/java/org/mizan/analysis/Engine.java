package org.mizan.analysis;

/**
 * The standard pipeline, wired with Mizan's own annotators. The one place that knows which
 * implementation does each job.
 */
public final class Engine {

    private Engine() {
    }

    public static Pipeline standard() {
        // Annotator implementations are wired in as they land (issues 4, 5, 6).
        return new Pipeline(text -> java.util.List.of(),
                text -> new ActorFinder.Result(java.util.List.of(), java.util.List.of()),
                new org.mizan.analysis.claims.ArabicClaimFinder(),
                new org.mizan.analysis.contradictions.FrameContradictionFinder());
    }
}
