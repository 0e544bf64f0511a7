package org.mizan.analysis.actors;

import org.mizan.model.EntityType;
import org.mizan.model.Span;

/**
 * A mention before alias grouping.
 *
 * @param name     the name as written, clitics removed, diacritics dropped
 * @param canonical the best name known so far (a gazetteer's canonical, a capital's country, or the name)
 * @param tokens   how many words the name has
 * @param actorUse false for a capital used as a place (في بغداد), which then stays its own actor
 */
record MentionDraft(Span span, EntityType type, boolean outlet, String canonical, String name, int tokens,
                    boolean actorUse) {
}
