package org.mizan.analysis.actors;

import org.mizan.model.EntityType;

/**
 * A proposed mention over tokens {@code [from, to)} of the article's token list.
 *
 * @param canonical the canonical name when the source knows it (a gazetteer entry), else null
 * @param priority  which source wins an overlap between spans of equal length (higher wins)
 */
record Candidate(int from, int to, EntityType type, boolean outlet, String canonical, int priority) {

    static final int PROPAGATED = 1;
    static final int MODEL = 2;
    static final int TITLE = 3;
    static final int ORG_HEAD = 3;
    static final int GAZETTEER = 4;
    static final int QUOTED_OUTLET = 5;

    int length() {
        return to - from;
    }

    boolean overlaps(Candidate o) {
        return from < o.to && o.from < to;
    }
}
