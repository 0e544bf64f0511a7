package org.mizan.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Objects;

/**
 * A charset plus whether the file starts with a byte order mark, so a file is written back exactly
 * as it was read. Its {@link #label()} is what {@link org.mizan.model.Article#encoding()} holds.
 */
public record TextEncoding(Charset charset, boolean bom) {

    private static final String BOM_SUFFIX = " BOM";

    public static final TextEncoding UTF_8 = new TextEncoding(StandardCharsets.UTF_8, false);
    public static final TextEncoding UTF_8_BOM = new TextEncoding(StandardCharsets.UTF_8, true);
    public static final TextEncoding UTF_16LE_BOM = new TextEncoding(StandardCharsets.UTF_16LE, true);
    public static final TextEncoding UTF_16BE_BOM = new TextEncoding(StandardCharsets.UTF_16BE, true);
    public static final TextEncoding UTF_16LE = new TextEncoding(StandardCharsets.UTF_16LE, false);
    public static final TextEncoding UTF_16BE = new TextEncoding(StandardCharsets.UTF_16BE, false);
    public static final TextEncoding WINDOWS_1256 = new TextEncoding(Charset.forName("windows-1256"), false);
    public static final TextEncoding ISO_8859_6 = new TextEncoding(Charset.forName("ISO-8859-6"), false);

    /** The encodings Arabic news files come in, for a "Reopen with encoding" or "Save with encoding" menu. */
    public static final List<TextEncoding> COMMON = List.of(UTF_8, UTF_8_BOM, UTF_16LE_BOM, UTF_16BE_BOM,
            UTF_16LE, UTF_16BE, WINDOWS_1256, ISO_8859_6);

    public TextEncoding {
        Objects.requireNonNull(charset, "charset");
        if (bom && !isUnicode(charset)) {
            throw new IllegalArgumentException(charset.name() + " has no byte order mark");
        }
    }

    public static TextEncoding of(Charset charset) {
        return new TextEncoding(charset, false);
    }

    /** Parses a {@link #label()}; also accepts any charset name or alias Java knows ("cp1256", "utf8"). */
    public static TextEncoding parse(String label) {
        Objects.requireNonNull(label, "label");
        String name = label.strip();
        boolean bom = name.endsWith(BOM_SUFFIX);
        if (bom) {
            name = name.substring(0, name.length() - BOM_SUFFIX.length()).strip();
        }
        try {
            return new TextEncoding(Charset.forName(name), bom);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding: " + label, e);
        }
    }

    /** "UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "windows-1256", "ISO-8859-6" ... */
    public String label() {
        return charset.name() + (bom ? BOM_SUFFIX : "");
    }

    /** The byte order mark this encoding writes first (empty without one). */
    public byte[] bomBytes() {
        if (!bom) {
            return new byte[0];
        }
        return "\uFEFF".getBytes(charset);
    }

    @Override
    public String toString() {
        return label();
    }

    private static boolean isUnicode(Charset cs) {
        return cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.UTF_16LE)
                || cs.equals(StandardCharsets.UTF_16BE);
    }
}
