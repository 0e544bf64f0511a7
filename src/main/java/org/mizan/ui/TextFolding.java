package org.mizan.ui;

/**
 * Folds text for matching (diacritics, tatweel and letter variants ignored) and maps positions in
 * the folded text back to the original. The UI never shows folded text; it only finds in it.
 */
@FunctionalInterface
public interface TextFolding {

    Folded fold(String text);

    /** Folded text with, for each folded char, the original range it came from. */
    interface Folded {
        String text();

        /** Original offset where the folded char at {@code index} starts. */
        int originalStart(int index);

        /** Original offset just after the folded char at {@code index}. */
        int originalEnd(int index);
    }
}
