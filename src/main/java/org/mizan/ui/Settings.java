package org.mizan.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the reader remembers between runs: window size, recent files, language, layers and zoom.
 * Backed by the {@link Preferences} node it is given, so tests pass a throw-away node.
 */
public final class Settings {

    static final int MAX_RECENT = 10;
    private static final String RECENT = "recent.";

    private final Preferences prefs;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The user's settings node for Mizan. */
    public static Settings user() {
        return new Settings(Preferences.userRoot().node("org/mizan/reader"));
    }

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public WindowBounds window() {
        return new WindowBounds(prefs.getDouble("window.x", Double.NaN), prefs.getDouble("window.y", Double.NaN),
                prefs.getDouble("window.width", 1200), prefs.getDouble("window.height", 800),
                prefs.getBoolean("window.maximized", false));
    }

    public void window(WindowBounds b) {
        prefs.putDouble("window.x", b.x());
        prefs.putDouble("window.y", b.y());
        prefs.putDouble("window.width", b.width());
        prefs.putDouble("window.height", b.height());
        prefs.putBoolean("window.maximized", b.maximized());
    }

    /** Most recent first. */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = prefs.get(RECENT + i, null);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    /** Puts {@code file} first, dropping an older entry for it and the oldest beyond the limit. */
    public List<Path> addRecent(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentFiles());
        list.remove(abs);
        list.addFirst(abs);
        while (list.size() > MAX_RECENT) {
            list.removeLast();
        }
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                prefs.put(RECENT + i, list.get(i).toString());
            } else {
                prefs.remove(RECENT + i);
            }
        }
        return list;
    }

    public Language languageOr(Language fallback) {
        return Language.fromTag(prefs.get("language", ""), fallback);
    }

    public void saveLanguage(Language language) {
        prefs.put("language", language.locale().toLanguageTag());
    }

    public Set<Layer> layers() {
        Set<Layer> on = EnumSet.noneOf(Layer.class);
        for (Layer l : Layer.values()) {
            if (prefs.getBoolean("layer." + l.name(), true)) {
                on.add(l);
            }
        }
        return on;
    }

    public void layer(Layer layer, boolean on) {
        prefs.putBoolean("layer." + layer.name(), on);
    }

    public double zoom() {
        return prefs.getDouble("zoom", 1.0);
    }

    public void zoom(double zoom) {
        prefs.putDouble("zoom", zoom);
    }

    public Path lastDirectory() {
        String d = prefs.get("lastDirectory", null);
        return d == null ? null : Path.of(d);
    }

    public void lastDirectory(Path dir) {
        prefs.put("lastDirectory", dir.toAbsolutePath().toString());
    }

    /** Writes the settings through to the backing store; failures are not worth interrupting the user. */
    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            System.err.println("mizan: settings not saved: " + e.getMessage());
        }
    }
}
