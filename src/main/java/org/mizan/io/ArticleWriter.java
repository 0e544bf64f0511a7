package org.mizan.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Entities;
import org.mizan.model.Article;

/**
 * Saves an edited article atomically (see {@link AtomicFiles}), in the encoding it was read in
 * unless another is given. The target's extension picks the format: .docx writes a Word document
 * with one paragraph per line, .html/.htm a plain page with one paragraph per line, anything else
 * the text itself, byte for byte (line endings as they are in the text).
 *
 * <p>For the UI: only an article read from plain text is saved back without losing anything;
 * for others ({@link #keepsEverything(FileFormat)} false) Save should become "Save As" a .txt,
 * since the original's layout, links and images are not kept.
 */
public final class ArticleWriter {

    static {
        PoiLogging.quiet();
    }

    /** Saves in the article's own encoding; returns the article as it now is on disk (new source). */
    public Article save(Article article, Path target) throws IOException {
        return save(article, target, TextEncoding.parse(article.encoding()));
    }

    /** Saves in {@code encoding}; returns the article as it now is on disk (new source and encoding). */
    public Article save(Article article, Path target, TextEncoding encoding) throws IOException {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(encoding, "encoding");
        FileFormat format = FileFormat.byExtension(target).orElse(FileFormat.TEXT);
        byte[] bytes = switch (format) {
            case DOCX -> docx(article);
            case HTML -> encode(html(article, encoding), encoding, target);
            case TEXT, MARKDOWN -> encode(article.text(), encoding, target);
        };
        AtomicFiles.write(target, bytes);
        return new Article(article.text(), article.title(), article.outlet(), article.date(), target.toString(),
                format == FileFormat.DOCX ? TextEncoding.UTF_8.label() : encoding.label());
    }

    /** True when saving back over a file of this format keeps everything the file held. */
    public static boolean keepsEverything(FileFormat origin) {
        return origin == FileFormat.TEXT;
    }

    /** The text's bytes in {@code encoding}, byte order mark included; refuses characters it cannot hold. */
    public static byte[] encode(String text, TextEncoding encoding, Path target) throws CannotSaveException {
        CharsetEncoder encoder = encoding.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer body = encoder.encode(CharBuffer.wrap(text));
            byte[] bom = encoding.bomBytes();
            byte[] out = new byte[bom.length + body.remaining()];
            System.arraycopy(bom, 0, out, 0, bom.length);
            body.get(out, bom.length, body.remaining());
            return out;
        } catch (CharacterCodingException e) {
            throw new CannotSaveException(unencodable(text, encoding, target));
        }
    }

    private static String unencodable(String text, TextEncoding encoding, Path target) {
        CharsetEncoder probe = encoding.charset().newEncoder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (!probe.canEncode(ch)) {
                return String.format(Locale.ROOT, "cannot save %s in %s: the character '%s' (U+%04X) at position %d"
                        + " has no equivalent there; save as UTF-8", target, encoding.label(), ch, cp, i);
            }
            i += Character.charCount(cp);
        }
        return "cannot save " + target + " in " + encoding.label();
    }

    private static String html(Article article, TextEncoding encoding) {
        StringBuilder sb = new StringBuilder();
        String lang = "ar";
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\" dir=\"rtl\">\n<head>\n<meta charset=\"")
                .append(encoding.charset().name()).append("\">\n");
        article.title().ifPresent(t -> sb.append("<title>").append(Entities.escape(t)).append("</title>\n")
                .append("<meta property=\"og:title\" content=\"").append(Entities.escape(t)).append("\">\n"));
        article.outlet().ifPresent(o -> sb.append("<meta property=\"og:site_name\" content=\"")
                .append(Entities.escape(o)).append("\">\n"));
        article.date().ifPresent(d -> sb.append("<meta property=\"article:published_time\" content=\"")
                .append(d).append("\">\n"));
        sb.append("</head>\n<body>\n<article>\n");
        for (String line : article.text().split("\\R")) {
            if (!line.isBlank()) {
                sb.append("<p>").append(Entities.escape(line.strip())).append("</p>\n");
            }
        }
        sb.append("</article>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static byte[] docx(Article article) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            article.title().ifPresent(t -> doc.getProperties().getCoreProperties().setTitle(t));
            for (String line : article.text().split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                var p = doc.createParagraph();
                // Right-to-left paragraph so Word shows Arabic lines aligned and ordered properly.
                p.getCTPPr().addNewBidi();
                p.createRun().setText(line.strip());
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
