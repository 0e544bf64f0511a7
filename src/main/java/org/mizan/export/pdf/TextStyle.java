package org.mizan.export.pdf;

/** Font, size (pt), colour and line height (as a multiple of the size) of a run of text. */
record TextStyle(FontFace font, float size, float[] color, float leading) {

    float lineHeight() {
        return size * leading;
    }

    /** Distance from a line's top to its baseline: room for marks stacked over tall letters. */
    float ascent() {
        return size * 1.2f;
    }

    TextStyle withColor(float[] rgb) {
        return new TextStyle(font, size, rgb, leading);
    }
}
