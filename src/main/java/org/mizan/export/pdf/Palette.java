package org.mizan.export.pdf;

import org.mizan.model.EntityType;

/** Highlight colours (RGB, light enough to read through with a multiply blend) and text colours. */
final class Palette {

    static final float[] BLACK = {0.08f, 0.08f, 0.1f};
    static final float[] GREY = {0.38f, 0.4f, 0.45f};
    static final float[] RULE = {0.72f, 0.74f, 0.78f};
    static final float[] HEADING = {0.1f, 0.22f, 0.4f};
    static final float[] FIGURE = {0.45f, 0.86f, 0.86f};
    static final float[] CLAIM = {0.3f, 0.42f, 0.7f};
    static final float[] CONTRADICTION = {0.86f, 0.1f, 0.12f};
    /** A reader's note: the yellow of a highlighter pen. */
    static final float[] NOTE = {1f, 0.9f, 0.3f};

    private Palette() {
    }

    static float[] of(EntityType type) {
        return switch (type) {
            case PERSON -> new float[] {1f, 0.76f, 0.4f};
            case ORGANIZATION -> new float[] {0.6f, 0.78f, 1f};
            case LOCATION -> new float[] {0.65f, 0.92f, 0.55f};
            case MISC -> new float[] {0.86f, 0.74f, 1f};
        };
    }
}
