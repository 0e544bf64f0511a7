package org.mizan.ui;

import org.mizan.model.Review;

/**
 * Where review decisions are kept, per article. The desktop reader keeps them beside the article
 * file; tests and unsaved articles keep them in memory.
 */
public interface ReviewBook {

    /** The decisions recorded for the article (empty sheet when there are none). */
    Review.Sheet load(String articleSource);

    void save(String articleSource, Review.Sheet sheet);

    /** Keeps decisions for the life of the process only. */
    static ReviewBook inMemory() {
        var sheets = new java.util.concurrent.ConcurrentHashMap<String, Review.Sheet>();
        return new ReviewBook() {
            @Override
            public Review.Sheet load(String articleSource) {
                return sheets.getOrDefault(articleSource, Review.Sheet.empty());
            }

            @Override
            public void save(String articleSource, Review.Sheet sheet) {
                sheets.put(articleSource, sheet);
            }
        };
    }
}
