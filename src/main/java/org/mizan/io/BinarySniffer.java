package org.mizan.io;

import java.util.Optional;

/**
 * Recognises files that are certainly not articles from their first bytes (images, PDFs,
 * archives, executables) and decoded text that is really binary data.
 */
final class BinarySniffer {

    private BinarySniffer() {
    }

    /** A short description of what the bytes are, if they start like a known binary format. */
    static Optional<String> knownBinary(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of("a PNG image");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("a JPEG image");
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of("a GIF image");
        }
        if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("a WebP image");
        }
        if (starts(b, 'I', 'I', '*', 0) || starts(b, 'M', 'M', 0, '*')) {
            return Optional.of("a TIFF image");
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return Optional.of("a PDF document (open the article's text or HTML instead)");
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("an old-style Word/Office file (.doc); save it as .docx");
        }
        if (starts(b, 0x1F, 0x8B)) {
            return Optional.of("a gzip archive");
        }
        if (starts(b, '7', 'z', 0xBC, 0xAF)) {
            return Optional.of("a 7-Zip archive");
        }
        if (starts(b, 'R', 'a', 'r', '!')) {
            return Optional.of("a RAR archive");
        }
        if (starts(b, 0x7F, 'E', 'L', 'F') || starts(b, 'M', 'Z') && b.length > 64 && hasNul(b, 64)) {
            return Optional.of("a program");
        }
        if (starts(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return Optional.of("a Java class file");
        }
        return Optional.empty();
    }

    static boolean isZip(byte[] b) {
        return starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6);
    }

    /**
     * True when decoded text holds characters no article has: NUL, other C0/C1 control characters
     * than tab, newline, carriage return and form feed, or replacement characters from bytes that
     * did not decode. A handful is tolerated (stray control bytes occur in copy-pasted news).
     */
    static boolean looksBinary(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                    || c == '\uFFFD') {
                bad++;
            }
        }
        return bad > 2 + text.length() / 200;
    }

    private static boolean hasNul(byte[] b, int upTo) {
        for (int i = 0; i < Math.min(upTo, b.length); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
