package org.mizan.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.mizan.export.pdf.ReviewDecision;
import org.mizan.io.Corrections;
import org.mizan.io.ReviewStore;
import org.mizan.io.UnusableInputException;
import org.mizan.model.Analysis;
import org.mizan.model.Review;

/**
 * The reader's saved review of an article, as the headless commands use it: the decisions the app
 * autosaved to {@code <article>.mizan.json} (or to the app's data folder), fitted to the article's
 * current text. Corrections of actors and claims are applied to the analysis, verdicts and notes
 * are matched to its contradictions, so the CLI prints and exports what the reader sees in the app.
 *
 * @param sheet      the decisions that re-attached to the current text (empty when there is no review file)
 * @param location   the review file read, if any
 * @param unattached how many saved decisions no longer find their text
 */
record SavedReview(Review.Sheet sheet, Optional<Path> location, int unattached) {

    static final SavedReview NONE = new SavedReview(Review.Sheet.empty(), Optional.empty(), 0);

    /** The review saved for {@code article}, if any; a damaged review file is unusable input (exit 2). */
    static SavedReview of(Path article, String text) throws UnusableInputException {
        try {
            return ReviewStore.standard().load(article, text)
                    .map(l -> new SavedReview(l.reattachment().sheet(), Optional.of(l.location()),
                            l.reattachment().unattached().size()))
                    .orElse(NONE);
        } catch (UnusableInputException e) {
            throw new UnusableInputException(e.getMessage() + " (--no-review ignores it)", e);
        }
    }

    /**
     * {@code pipeline}'s analysis of {@code article} with the reader's corrections of actors and claims;
     * claims the reader added take part in the contradiction search.
     */
    Analysis corrected(org.mizan.analysis.Pipeline pipeline, org.mizan.model.Article article) {
        Analysis corrected = Corrections.apply(pipeline.analyze(article), sheet);
        return pipeline.withReaderClaims(corrected, Corrections.readerClaims(corrected));
    }

    /** The verdicts and notes on {@code analysis}'s contradictions, by contradiction id. */
    Map<String, ReviewDecision> decisions(Analysis analysis) {
        return ReviewDecision.fromSheet(analysis, sheet);
    }
}
