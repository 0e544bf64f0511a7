package org.mizan.analysis;

import org.mizan.analysis.actors.ArabicActorFinder;
import org.mizan.analysis.claims.ArabicClaimFinder;
import org.mizan.analysis.contradictions.FrameContradictionFinder;
import org.mizan.analysis.figures.ArabicFigureFinder;
import org.mizan.analysis.ner.Gazetteer;
import org.mizan.analysis.ner.NerModel;

/**
 * The standard pipeline, wired with Mizan's own annotators. The one place that knows which
 * implementation does each job.
 */
public final class Engine {

    private Engine() {
    }

    /**
     * Built ready to run: the NER model is loaded here rather than on the first analysis, so an
     * engine built while an article is being read (the desktop app builds it on a thread of its own)
     * does not make the first article wait for it.
     */
    public static Pipeline standard() {
        NerModel model = NerModel.bundled();
        return new Pipeline(new ArabicFigureFinder(), new ArabicActorFinder(() -> model, Gazetteer.bundled()),
                new ArabicClaimFinder(), new FrameContradictionFinder());
    }
}
