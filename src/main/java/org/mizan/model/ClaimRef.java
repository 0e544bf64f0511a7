package org.mizan.model;

import java.util.Objects;

/**
 * A claim in a given article: contradictions may pair claims of two different open articles.
 *
 * @param article the article's source (as in {@link Article#source()}); equal for in-article pairs
 * @param claimId the claim's id within that article's analysis
 */
public record ClaimRef(String article, String claimId) {

    public ClaimRef {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(claimId, "claimId");
    }
}
