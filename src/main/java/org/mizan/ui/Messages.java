package org.mizan.ui;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The UI's texts in the current language. Views bind to {@link #text(String)} so switching the
 * language at run time relabels everything without rebuilding the window.
 */
public final class Messages {

    private final ObjectProperty<Language> language;

    public Messages(Language initial) {
        language = new SimpleObjectProperty<>(this, "language", initial);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    /** The text of {@code key} now, formatted with {@code args}. */
    public String get(String key, Object... args) {
        ResourceBundle bundle = bundle(language.get());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.get().locale()).format(args);
    }

    /** The text of {@code key}, following language changes. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), language);
    }

    static ResourceBundle bundle(Language language) {
        String name = language == Language.ARABIC ? "org.mizan.ui.messages_ar" : "org.mizan.ui.messages_en";
        // Each language has its own bundle file; no fallback chain, so a missing key shows as the key.
        return ResourceBundle.getBundle(name, java.util.Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
