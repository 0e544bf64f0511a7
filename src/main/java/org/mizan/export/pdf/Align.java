package org.mizan.export.pdf;

/** Horizontal alignment of a line in its box. JUSTIFY stretches the spaces of all but a paragraph's last line. */
enum Align { RIGHT, LEFT, CENTER, JUSTIFY }
