/**
 * The figures annotator: numbers, dates and quantities in Arabic news text, with their values.
 * {@link org.mizan.analysis.figures.ArabicFigureFinder} is the entry point; the rest is its lexicon
 * and grammar.
 */
package org.mizan.analysis.figures;
