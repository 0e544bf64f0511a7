package org.mizan.analysis.figures;

import org.mizan.model.FigureKind;
import org.mizan.model.FigureValue;

/**
 * A figure found in the normalised text, before its span is mapped back to the original.
 *
 * @param endToken     the token after the figure: scanning resumes there, so figures never overlap
 * @param from         normalised start offset
 * @param to           normalised end offset
 * @param defaultUnit  true when the currency code is only the default of its noun (دينار alone),
 *                     to be replaced by the code the article names elsewhere (دينار عراقي)
 */
record Match(int endToken, int from, int to, FigureKind kind, FigureValue value, String unit, boolean approximate,
             boolean defaultUnit) {

    Match(int endToken, int from, int to, FigureKind kind, FigureValue value, String unit, boolean approximate) {
        this(endToken, from, to, kind, value, unit, approximate, false);
    }

    Match approximate(int newFrom) {
        return new Match(endToken, newFrom, to, kind, value, unit, true, defaultUnit);
    }
}
