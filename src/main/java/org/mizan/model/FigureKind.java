package org.mizan.model;

/** What a figure measures. */
public enum FigureKind {
    COUNT, NUMBER, PERCENT, MONEY, DATE, YEAR, DURATION, MEASURE, ORDINAL
}
