package org.mizan.model;

/** What a manual correction does to what the engine found. */
public enum CorrectionAction {
    /** The engine missed it: add it. */
    ADD,
    /** The engine was wrong to find it: hide it. */
    REMOVE,
    /** The engine found it but got a detail wrong (type, canonical name, source, polarity). */
    CHANGE
}
