package org.mizan.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.mizan.io.UnusableInputException.Reason;
import org.mizan.model.Article;

/**
 * Reads an article file (.txt, .md, .html/.htm, .docx) into an {@link Article}: detects the format
 * and the encoding, extracts the text and what the file says about title, outlet and date.
 * A file that cannot be used raises {@link UnusableInputException} with a one-line message naming
 * it; reading never changes anything on disk.
 *
 * <p>For the UI: {@link #open(Path)} gives the article with the encoding guess (offer "Reopen with
 * encoding" when {@link CharsetGuess#unsure()}, listing {@link CharsetGuess#alternatives()} first,
 * then {@link TextEncoding#COMMON}); {@link #open(Path, TextEncoding)} reopens with the reader's
 * pick; {@link FileFormat#allExtensions()} filters file choosers and drops.
 */
public final class ArticleReader {

    private final ReadLimits limits;
    private final EncodingDetector detector = new EncodingDetector();

    public ArticleReader() {
        this(ReadLimits.DEFAULT);
    }

    public ArticleReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The article in {@code file}, encoding detected. */
    public Article read(Path file) throws UnusableInputException {
        return open(file).article();
    }

    /** The article in {@code file} decoded with the given encoding (for "Reopen with encoding"). */
    public Article read(Path file, TextEncoding encoding) throws UnusableInputException {
        return open(file, encoding).article();
    }

    /** The article in {@code file} with the format and the encoding guess. */
    public OpenedArticle open(Path file) throws UnusableInputException {
        return open(file, Optional.empty());
    }

    /** As {@link #open(Path)}, decoding text formats with {@code encoding} instead of guessing. */
    public OpenedArticle open(Path file, TextEncoding encoding) throws UnusableInputException {
        return open(file, Optional.of(encoding));
    }

    private OpenedArticle open(Path file, Optional<TextEncoding> chosen) throws UnusableInputException {
        Objects.requireNonNull(file, "file");
        byte[] bytes = readBytes(file);
        Optional<String> binary = BinarySniffer.knownBinary(bytes);
        if (binary.isPresent()) {
            throw unusable(Reason.BINARY, file, "is " + binary.get() + ", not an article", null, binary.get());
        }
        Optional<FileFormat> byName = FileFormat.byExtension(file);
        if (BinarySniffer.isZip(bytes)) {
            return docx(file);
        }
        if (byName.equals(Optional.of(FileFormat.DOCX))) {
            throw unusable(Reason.NOT_DOCX, file, "is not a Word (.docx) document: it is not a ZIP package", null);
        }

        boolean markup = byName.equals(Optional.of(FileFormat.HTML))
                || byName.isEmpty() && looksLikeHtml(bytes) || byName.equals(Optional.of(FileFormat.TEXT)) && looksLikeHtml(bytes);
        CharsetGuess guess = chosen.map(e -> CharsetGuess.certain(e, "chosen by the reader"))
                .orElseGet(() -> markup ? htmlCharset(bytes) : detector.detect(bytes, false));
        String decoded = decode(bytes, guess.encoding());
        if (BinarySniffer.looksBinary(decoded)) {
            throw chosen.isPresent()
                    ? unusable(Reason.NOT_TEXT_IN_ENCODING, file, "does not read as text in " + guess.encoding().label(),
                            null, guess.encoding().label())
                    : unusable(Reason.NOT_TEXT, file, "is not a text file (it holds binary data)", null);
        }
        FileFormat format = markup ? FileFormat.HTML : byName.orElse(FileFormat.TEXT);
        Extracted extracted = switch (format) {
            case HTML -> HtmlArticleExtractor.extract(decoded);
            case MARKDOWN -> MarkdownArticleExtractor.extract(decoded);
            case TEXT, DOCX -> Extracted.plain(decoded);
        };
        return finish(file, format, guess, extracted);
    }

    private OpenedArticle docx(Path file) throws UnusableInputException {
        try {
            Extracted extracted = DocxArticleExtractor.extract(file, limits);
            // The text comes from XML that declares its own encoding; saved as text it defaults to UTF-8.
            return finish(file, FileFormat.DOCX, CharsetGuess.certain(TextEncoding.UTF_8, "Word document"), extracted);
        } catch (DocxArticleExtractor.DocxException e) {
            throw unusable(Reason.UNREADABLE, file, "cannot be opened: " + e.getMessage(), e, String.valueOf(e.getMessage()));
        }
    }

    private OpenedArticle finish(Path file, FileFormat format, CharsetGuess guess, Extracted x)
            throws UnusableInputException {
        if (x.text().isBlank()) {
            throw format == FileFormat.TEXT ? unusable(Reason.EMPTY, file, "is empty (only blank space)", null)
                    : unusable(Reason.NO_ARTICLE_TEXT, file, "has no article text", null);
        }
        if (x.text().length() > limits.maxTextChars()) {
            throw unusable(Reason.TOO_MUCH_TEXT, file, "holds more than " + limits.maxTextChars() + " characters of text", null,
                    String.valueOf(limits.maxTextChars()));
        }
        Article article = new Article(x.text(), x.title(), x.outlet(), x.date(), file.toString(),
                guess.encoding().label());
        return new OpenedArticle(article, file, format, guess);
    }

    private byte[] readBytes(Path file) throws UnusableInputException {
        if (Files.isDirectory(file)) {
            throw unusable(Reason.FOLDER, file, "is a folder, not a file", null);
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw unusable(Reason.EMPTY, file, "is empty", null);
            }
            if (size > limits.maxFileBytes()) {
                throw unusable(Reason.TOO_LARGE, file, "is too large (" + megabytes(size) + "; the limit is "
                        + megabytes(limits.maxFileBytes()) + ")", null, megabytes(limits.maxFileBytes()));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw unusable(Reason.EMPTY, file, "is empty", null);
            }
            if (bytes.length > limits.maxFileBytes()) {
                throw unusable(Reason.TOO_LARGE, file, "is too large (the limit is " + megabytes(limits.maxFileBytes()) + ")", null,
                        megabytes(limits.maxFileBytes()));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UnusableInputException(Reason.NO_SUCH_FILE, file, "cannot open " + file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnusableInputException(Reason.PERMISSION_DENIED, file, "cannot read " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new UnusableInputException(Reason.UNREADABLE, file, "cannot read " + file + ": " + oneLine(e.getMessage()), e,
                    oneLine(e.getMessage()));
        } catch (OutOfMemoryError e) {
            throw new UnusableInputException(Reason.TOO_LARGE, file, "cannot read " + file + ": not enough memory", e,
                    megabytes(limits.maxFileBytes()));
        }
    }

    /** HTML's own declaration wins over guessing, unless the bytes contradict it. */
    private CharsetGuess htmlCharset(byte[] bytes) {
        CharsetGuess detected = detector.detect(bytes, true);
        if (detected.basis().equals("byte order mark")) {
            return detected;
        }
        Optional<TextEncoding> declared = HtmlArticleExtractor.declaredCharset(bytes).map(TextEncoding::of)
                .filter(e -> EncodingDetector.decodes(bytes, e.charset()));
        // A page declaring Latin-1 but holding Arabic is a common server mistake; trust the bytes then.
        if (declared.isPresent() && (detected.encoding().equals(declared.get()) || isUnicodeOrArabic(declared.get())
                || detected.confidence() < CharsetGuess.UNSURE_BELOW)) {
            return new CharsetGuess(declared.get(), 95, java.util.List.of(detected.encoding()), "declared in the page");
        }
        return detected;
    }

    private static boolean isUnicodeOrArabic(TextEncoding e) {
        String n = e.charset().name();
        return n.startsWith("UTF") || e.equals(TextEncoding.WINDOWS_1256) || e.equals(TextEncoding.ISO_8859_6);
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || (head.startsWith("<?xml") && head.contains("<html"));
    }

    /** Decodes leniently (the detector already checked strictly) and drops the byte order mark. */
    private static String decode(byte[] bytes, TextEncoding encoding) {
        int skip = 0;
        byte[] bom = encoding.bomBytes();
        if (bom.length > 0 && startsWith(bytes, bom)) {
            skip = bom.length;
        }
        try {
            String s = encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return s;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a REPLACE decoder cannot fail", e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static UnusableInputException unusable(Reason reason, Path file, String what, Throwable cause,
            String... details) {
        return new UnusableInputException(reason, file, file + " " + what, cause, details);
    }

    private static String megabytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String oneLine(String s) {
        return s == null ? "I/O error" : s.lines().findFirst().orElse("I/O error");
    }
}
