package org.mizan.analysis;

import java.util.List;
import org.mizan.model.Figure;

/** Finds numbers, dates and quantities. One job; pure. */
@FunctionalInterface
public interface FigureFinder {
    /** Figures in text order, non-overlapping. */
    List<Figure> find(String text);
}
