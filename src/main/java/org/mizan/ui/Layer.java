package org.mizan.ui;

/** A group of highlights the reader can switch on and off from the legend. */
public enum Layer {
    ACTORS, FIGURES, CLAIMS, CONTRADICTIONS;

    /** The message key of the layer's name. */
    public String messageKey() {
        return "layer." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
