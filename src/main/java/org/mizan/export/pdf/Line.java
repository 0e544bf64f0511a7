package org.mizan.export.pdf;

/**
 * One laid-out line of a shaped paragraph.
 *
 * @param para    the paragraph
 * @param from    first char, paragraph-relative
 * @param to      end (exclusive) with trailing spaces left out: they take no room at the line end
 * @param visual  paragraph-relative indices in visual order, left to right
 * @param width   natural width in 1/1000 em
 * @param spaces  inter-word spaces inside the line (where justification stretches)
 * @param last    the paragraph's last line (never justified)
 */
record Line(ShapedParagraph para, int from, int to, int[] visual, float width, int spaces, boolean last) {
}
