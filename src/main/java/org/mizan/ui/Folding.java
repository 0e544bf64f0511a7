package org.mizan.ui;

/** The folding the reader's find uses. */
final class Folding {

    private Folding() {
    }

    static TextFolding standard() {
        return new InterimArabicFolding();
    }
}
