package org.mizan.ui;

import java.util.Locale;

/** The two UI languages. Arabic mirrors the whole layout. */
public enum Language {
    ARABIC(Locale.forLanguageTag("ar"), true),
    ENGLISH(Locale.ENGLISH, false);

    private final Locale locale;
    private final boolean rightToLeft;

    Language(Locale locale, boolean rightToLeft) {
        this.locale = locale;
        this.rightToLeft = rightToLeft;
    }

    public Locale locale() {
        return locale;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** Arabic for an Arabic system locale, English for everything else. */
    public static Language forLocale(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? ARABIC : ENGLISH;
    }

    public static Language fromTag(String tag, Language fallback) {
        for (Language l : values()) {
            if (l.locale.toLanguageTag().equals(tag)) {
                return l;
            }
        }
        return fallback;
    }
}
