package org.mizan.analysis.claims;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the claim machinery derives from one folded word: its family, its key without a conjunction,
 * its place key and country, whether its shape says verb or event noun, its cue kind. Each is a pure
 * function of the key, worked out the first time it is asked for and then kept.
 *
 * <p>Why: one content word is asked about a dozen times as a claim is read (main clause, predicate,
 * subject, theme, arguments; then again by the contradiction search), and an article repeats most
 * of its words; each answer costs string stripping, suffix tables and set probes. Words of one
 * article share one instance per distinct key ({@link Table}), so every later question is a field
 * read. Not thread-safe by design: a table lives inside one annotator call.
 */
public final class WordForms {

    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    private final String key;
    private String bare;
    private String family;
    private String stripped;
    private String placeKey;
    private Optional<String> country;
    private byte verb = UNKNOWN;
    private byte event = UNKNOWN;
    private byte light = UNKNOWN;
    private boolean cueKnown;
    private Lexicon.CueKind cue;

    WordForms(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** {@link Lexicon#bare}. */
    public String bare() {
        if (bare == null) {
            bare = Lexicon.bare(key);
        }
        return bare;
    }

    /** {@link ArabicRoots#family}. */
    public String family() {
        if (family == null) {
            family = ArabicRoots.family(key);
        }
        return family;
    }

    /** {@link ArabicRoots#stripProclitics}. */
    public String stripped() {
        if (stripped == null) {
            stripped = ArabicRoots.stripProclitics(key);
        }
        return stripped;
    }

    /** {@link Countries#placeKey}. */
    String placeKey() {
        if (placeKey == null) {
            placeKey = Countries.placeKey(key);
        }
        return placeKey;
    }

    /** {@link Countries#of(String)}. */
    public Optional<String> country() {
        if (country == null) {
            country = Countries.byPlaceKey(placeKey());
        }
        return country;
    }

    /** {@link FrameReader#verbLike}. */
    boolean verbLike() {
        if (verb == UNKNOWN) {
            verb = FrameReader.verbLike(key) ? YES : NO;
        }
        return verb == YES;
    }

    /** {@link FrameReader#eventNounLike}. */
    boolean eventNounLike() {
        if (event == UNKNOWN) {
            event = FrameReader.eventNounLike(key) ? YES : NO;
        }
        return event == YES;
    }

    /** {@link FrameReader#lightForm}. */
    boolean lightForm() {
        if (light == UNKNOWN) {
            light = FrameReader.lightForm(key) ? YES : NO;
        }
        return light == YES;
    }

    /** {@link Lexicon#cue}. */
    public Lexicon.CueKind cue() {
        if (!cueKnown) {
            cue = Lexicon.cue(key);
            cueKnown = true;
        }
        return cue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WordForms f && f.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }

    /** One {@link WordForms} per distinct key: create one per article (per annotator call), never share it. */
    public static final class Table {
        private final Map<String, WordForms> byKey = new HashMap<>();

        public WordForms of(String key) {
            return byKey.computeIfAbsent(key, WordForms::new);
        }
    }
}
