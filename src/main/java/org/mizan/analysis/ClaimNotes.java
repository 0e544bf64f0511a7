package org.mizan.analysis;

/**
 * What a claim finder worked out about its claims while reading them that the contradiction search
 * would otherwise work out again (each claim's words and the reading of its frame). Opaque to the
 * pipeline, which only hands it from one annotator to the next for the same article; a search that
 * does not know the kind of notes ignores them and reads the claims itself, with the same result.
 */
public interface ClaimNotes {

    /** No notes: the contradiction search reads every claim itself. */
    ClaimNotes NONE = new ClaimNotes() {
    };
}
