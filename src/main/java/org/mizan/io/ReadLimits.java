package org.mizan.io;

/**
 * Bounds on what {@link ArticleReader} accepts, so a hostile or mistaken file cannot exhaust memory.
 *
 * @param maxFileBytes     largest file opened at all
 * @param maxTextChars     largest extracted text (a docx or HTML file can unpack to far more text than its size)
 * @param maxZipEntryBytes largest uncompressed part inside a .docx
 * @param minInflateRatio  smallest compressed/uncompressed ratio of a .docx part before it counts as a zip bomb
 */
public record ReadLimits(long maxFileBytes, long maxTextChars, long maxZipEntryBytes, double minInflateRatio) {

    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    public static final ReadLimits DEFAULT = new ReadLimits(DEFAULT_MAX_FILE_BYTES, 10_000_000L,
            100L * 1024 * 1024, 0.01);

    public ReadLimits {
        if (maxFileBytes <= 0 || maxTextChars <= 0 || maxZipEntryBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("minInflateRatio out of (0,1): " + minInflateRatio);
        }
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxTextChars, maxZipEntryBytes, minInflateRatio);
    }
}
