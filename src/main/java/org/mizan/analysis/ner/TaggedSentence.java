package org.mizan.analysis.ner;

import java.util.List;

/** One sentence of CoNLL data: tokens and their BIO tags (same length). */
public record TaggedSentence(List<String> tokens, List<String> tags) {

    public TaggedSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
        }
    }

    public int size() {
        return tokens.size();
    }
}
