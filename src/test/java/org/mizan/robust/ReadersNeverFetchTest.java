package org.mizan.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.export.AnalysisJson;
import org.mizan.io.ArticleReader;
import org.mizan.io.UnusableInputException;
import org.mizan.model.Analysis;
import org.mizan.model.Article;

/**
 * Opening a hostile file never reaches the network or another local file: pages, Markdown and Word
 * documents point at a listener on this machine's loopback address in every way they can (images,
 * scripts, frames, styles, refresh, external entities, external relationships), and at a local file
 * through XML entities. Reading, analysing and exporting them must make no connection at all and
 * must not pull in a byte of the other file.
 */
class ReadersNeverFetchTest {

    private static final String SECRET = "SECRET-7f3a9-NOT-IN-ANY-ARTICLE";
    private static final String ARTICLE = "قال وزير المالية إن العجز بلغ 3 مليارات دولار في عام 2024.";

    @TempDir
    Path dir;

    private ServerSocket listener;
    private String base;
    private Path secret;

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        base = "http://127.0.0.1:" + listener.getLocalPort();
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
    }

    @Test
    void htmlPageWithEveryKindOfRemoteReferenceFetchesNothing() throws Exception {
        String u = base;
        String page = """
                <!DOCTYPE html><html dir="rtl"><head><meta charset="utf-8">
                <base href="%1$s/base/"><meta http-equiv="refresh" content="0;url=%1$s/refresh">
                <link rel="stylesheet" href="%1$s/style.css"><link rel="preload" href="%1$s/font.woff2">
                <link rel="icon" href="%1$s/favicon.ico"><script src="%1$s/script.js"></script>
                <style>@import url("%1$s/import.css"); body { background: url(%1$s/bg.png) }</style>
                <meta property="og:image" content="%1$s/og.png"><title>عنوان</title></head>
                <body><article><p>%2$s</p>
                <img src="%1$s/pixel.gif" srcset="%1$s/a.png 1x, %1$s/b.png 2x" alt="صورة">
                <picture><source srcset="%1$s/c.webp"></picture><iframe src="%1$s/frame"></iframe>
                <object data="%1$s/object"></object><embed src="%1$s/embed"><video src="%1$s/v.mp4" poster="%1$s/p.png"></video>
                <audio src="%1$s/a.mp3"></audio><svg><image href="%1$s/svg.png"/></svg>
                <form action="%1$s/form"><input type="image" src="%1$s/input.png"></form>
                <a href="%1$s/link">رابط</a><p style="background-image:url('%1$s/inline.png')">%2$s</p>
                </article></body></html>
                """.formatted(u, ARTICLE);
        assertReadWithoutFetchOrLeak(readAndUse("page.html", page.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void xhtmlWithExternalEntitiesNeitherFetchesNorReadsTheLocalFile() throws Exception {
        String page = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html [
                  <!ENTITY local SYSTEM "%s">
                  <!ENTITY remote SYSTEM "%s/entity">
                  <!ENTITY %% param SYSTEM "%s/dtd"> %%param;
                ]>
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>%s &local; &remote;</p></body></html>
                """.formatted(secret.toUri(), base, base, ARTICLE);
        assertReadWithoutFetchOrLeak(readAndUse("page.xhtml", page.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void markdownWithImagesLinksAndRawHtmlFetchesNothing() throws Exception {
        String md = """
                # عنوان

                %2$s ![صورة](%1$s/image.png) [رابط](%1$s/link) <%1$s/autolink>

                <img src="%1$s/raw.png"><iframe src="%1$s/frame"></iframe><script src="%1$s/s.js"></script>

                ![مرجع][r]

                [r]: %1$s/reference.png
                """.formatted(base, ARTICLE);
        assertReadWithoutFetchOrLeak(readAndUse("article.md", md.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void wordDocumentWithExternalRelationshipsFetchesNothing() throws Exception {
        Map<String, String> parts = wordParts(paragraph(ARTICLE));
        parts.put("word/_rels/document.xml.rels", relationships(
                rel("rId7", "image", base + "/image.png", true),
                rel("rId8", "hyperlink", base + "/link", true),
                rel("rId9", "settings", "settings.xml", false)));
        parts.put("word/settings.xml", "<w:settings xmlns:w=\"" + W + "\"><w:attachedTemplate r:id=\"rId1\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/></w:settings>");
        parts.put("word/_rels/settings.xml.rels", relationships(
                rel("rId1", "attachedTemplate", base + "/template.dotm", true)));
        assertReadWithoutFetchOrLeak(readAndUse("article.docx", zip(parts)));
    }

    @Test
    void wordDocumentWithExternalEntitiesIsRefusedWithoutFetchingOrReading() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY local SYSTEM \"" + secret.toUri()
                + "\"><!ENTITY remote SYSTEM \"" + base + "/entity\">]>"
                + document(paragraph(ARTICLE + " &local; &remote;"), false);
        Map<String, String> parts = wordParts("");
        parts.put("word/document.xml", xml);
        Outcome outcome = readAndUse("entities.docx", zip(parts));
        assertNoFetchAndNoLeak(outcome);
        assertFalse(outcome.refusal().isEmpty(), "a Word document with a DOCTYPE is refused, not read");
    }

    @Test
    void plainTextFullOfAddressesFetchesNothing() throws Exception {
        String text = ARTICLE + " " + base + "/a " + secret.toUri() + " www.example.invalid\n" + ARTICLE;
        assertReadWithoutFetchOrLeak(readAndUse("article.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The detector itself: a connection made while "reading" is seen. */
    @Test
    void theListenerSeesAConnection() throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
            assertEquals(1, connectionsMade().size());
        }
    }

    private void assertReadWithoutFetchOrLeak(Outcome outcome) throws IOException {
        assertNoFetchAndNoLeak(outcome);
        assertEquals("", outcome.refusal(), "the file should have been read");
        assertTrue(outcome.everything().contains("العجز بلغ 3 مليارات"), "the article text was read");
    }

    /** What the app does with a file: read it, analyse it, export the analysis. */
    private Outcome readAndUse(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        try {
            Article article = new ArticleReader().read(file);
            Analysis analysis = Guarded.analyze(article);
            String all = article.text() + article.title().orElse("") + article.outlet().orElse("")
                    + AnalysisJson.write(analysis);
            return new Outcome(all, "");
        } catch (UnusableInputException e) {
            return new Outcome("", e.getMessage());
        }
    }

    private void assertNoFetchAndNoLeak(Outcome outcome) throws IOException {
        assertEquals(List.of(), connectionsMade(), "connections to " + base);
        assertFalse(outcome.everything().contains(SECRET) || outcome.refusal().contains(SECRET),
                "the local file's content leaked into the article");
    }

    /** Drains the listener's backlog: any connection attempt made while reading is waiting there. */
    private List<String> connectionsMade() throws IOException {
        List<String> made = new ArrayList<>();
        listener.setSoTimeout(300);
        while (true) {
            try (Socket s = listener.accept()) {
                made.add(s.getRemoteSocketAddress().toString());
            } catch (SocketTimeoutException drained) {
                return made;
            }
        }
    }

    private record Outcome(String everything, String refusal) {
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static String paragraph(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    private static String document(String body, boolean declaration) {
        return (declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" : "")
                + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>";
    }

    private static String rel(String id, String type, String target, boolean external) {
        return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + type + "\" Target=\"" + target + "\"" + (external ? " TargetMode=\"External\"" : "") + "/>";
    }

    private static String relationships(String... rels) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + String.join("", rels)
                + "</Relationships>";
    }

    private static Map<String, String> wordParts(String body) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.settings+xml\"/></Types>");
        parts.put("_rels/.rels", relationships("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"));
        parts.put("word/document.xml", document(body, true));
        return parts;
    }

    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
