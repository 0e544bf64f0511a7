package org.mizan.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Pulls the article out of a saved web page with jsoup: the main text with its paragraph breaks,
 * the title, the outlet and the publication date. jsoup only parses: no script runs and nothing
 * (images, frames, styles) is fetched.
 */
final class HtmlArticleExtractor {

    /** Elements that are never article text. */
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, frame, object, embed, svg,"
            + " canvas, video, audio, form, button, input, select, textarea, nav, aside, footer, menu, dialog,"
            + " [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
            + " [role=complementary], [role=search], [role=dialog]";

    /** class or id words of boxes that surround articles: ads, sharing, related links, comments ... */
    private static final Pattern CLUTTER = Pattern.compile(
            "(^|[-_\\s])(ads?|advert\\w*|banner|sponsor\\w*|promo\\w*|social|share|sharing|related|newsletter"
                    + "|subscribe|cookies?|comments?|breadcrumbs?|popup|outbrain|taboola|widget|sidebar"
                    + "|most-?read|tags?)([-_\\s]|\\d|$)", Pattern.CASE_INSENSITIVE);

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "main", "header", "footer", "table",
            "tr", "td", "th", "caption", "figure", "figcaption", "address", "hr", "br", "center", "body");

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlArticleExtractor() {
    }

    /** The charset a page declares in its first bytes ({@code <meta charset>} or http-equiv), if Java knows it. */
    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static Extracted extract(String html) {
        Document doc = Jsoup.parse(html);
        List<JsonNode> linkedData = linkedData(doc);

        Optional<String> outlet = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"),
                ld(linkedData, "publisher", "name"));
        Optional<LocalDate> date = publicationDate(doc, linkedData);
        Optional<String> headline = firstNonBlank(meta(doc, "og:title"), ld(linkedData, "headline"),
                meta(doc, "twitter:title"));

        doc.select(NEVER_TEXT).remove();
        // A page's own header holds the masthead and menus; an article's header holds its headline and byline.
        for (Element header : doc.select("header")) {
            if (header.closest("article, main, [role=main]") == null) {
                header.remove();
            }
        }
        for (Element e : doc.body().select("*")) {
            if (e.parent() != null && isClutter(e)) {
                e.remove();
            }
        }
        Element root = mainContent(doc);
        String text = blockText(root);

        Optional<String> h1 = Optional.ofNullable(root.selectFirst("h1")).map(Element::text);
        Optional<String> title = firstNonBlank(headline, h1, Optional.of(doc.title()))
                .map(t -> withoutOutletSuffix(t, outlet));
        return new Extracted(text, title, outlet, date);
    }

    private static boolean isClutter(Element e) {
        if (e.normalName().equals("body") || e.normalName().equals("html")) {
            return false;
        }
        String marks = e.className() + " " + e.id();
        if (marks.isBlank() || !CLUTTER.matcher(marks).find()) {
            return false;
        }
        // A wrapper whose class merely mentions "share" but holds the story is not clutter.
        return e.select("p").stream().mapToInt(p -> p.text().length()).sum() < 400;
    }

    /**
     * The element holding the story: schema.org articleBody, else the {@code <article>} (the one with
     * most paragraph text when there are several), else {@code <main>}, else the block whose own
     * paragraphs hold the most text, else the body.
     */
    private static Element mainContent(Document doc) {
        for (String query : new String[] {"[itemprop=articleBody]", "article", "main, [role=main]"}) {
            Elements found = doc.select(query);
            Optional<Element> best = found.stream().max(Comparator.comparingInt(HtmlArticleExtractor::paragraphText));
            if (best.isPresent() && blockText(best.get()).length() >= 1) {
                return best.get();
            }
        }
        Element best = doc.body();
        int bestScore = 0;
        for (Element e : doc.body().select("div, section, td, center")) {
            int score = e.children().stream().filter(c -> c.normalName().equals("p")).mapToInt(c -> c.text().length())
                    .sum();
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }

    private static int paragraphText(Element e) {
        Elements ps = e.select("p");
        return ps.isEmpty() ? e.text().length() : ps.stream().mapToInt(p -> p.text().length()).sum();
    }

    /** The element's text, one line per paragraph (or other block), whitespace inside lines collapsed. */
    static String blockText(Element root) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(lines, line);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(lines, line);
                }
            }
        }, root);
        flush(lines, line);
        return String.join("\n", lines);
    }

    private static void flush(List<String> lines, StringBuilder line) {
        String s = line.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!s.isEmpty()) {
            lines.add(s);
        }
        line.setLength(0);
    }

    private static Optional<LocalDate> publicationDate(Document doc, List<JsonNode> linkedData) {
        List<Optional<String>> candidates = List.of(
                meta(doc, "article:published_time"),
                attr(doc, "[itemprop=datePublished]", "content"),
                attr(doc, "[itemprop=datePublished]", "datetime"),
                ld(linkedData, "datePublished"),
                meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "dc.date.issued"),
                meta(doc, "dcterms.date"), meta(doc, "dc.date"),
                attr(doc, "time[pubdate][datetime]", "datetime"),
                attr(doc, "article time[datetime]", "datetime"),
                attr(doc, "time[datetime]", "datetime"));
        for (Optional<String> c : candidates) {
            Optional<LocalDate> d = c.flatMap(HtmlArticleExtractor::isoDate);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The calendar date written at the start of an ISO-8601 timestamp, as the outlet wrote it. */
    static Optional<LocalDate> isoDate(String s) {
        Matcher m = ISO_DATE.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            for (String a : new String[] {"property", "name", "itemprop"}) {
                if (m.attr(a).equalsIgnoreCase(key)) {
                    return nonBlank(m.attr("content"));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attr(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        return e == null ? Optional.empty() : nonBlank(e.attr(attribute));
    }

    /** schema.org JSON-LD blocks; read before scripts are removed, never executed. */
    private static List<JsonNode> linkedData(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = JSON.readTree(s.data());
                collect(n, nodes);
            } catch (Exception ignored) {
                // Broken structured data is common and never stops a page from opening.
            }
        }
        return nodes;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> collect(c, out));
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get("@graph"), out);
        }
    }

    private static Optional<String> ld(List<JsonNode> nodes, String... path) {
        for (JsonNode n : nodes) {
            JsonNode cur = n;
            for (String p : path) {
                cur = cur == null ? null : cur.get(p);
                if (cur != null && cur.isArray() && !cur.isEmpty()) {
                    cur = cur.get(0);
                }
            }
            if (cur != null && cur.isValueNode() && !cur.asText().isBlank()) {
                return Optional.of(cur.asText().strip());
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> firstNonBlank(Optional<String>... options) {
        for (Optional<String> o : options) {
            Optional<String> v = o.flatMap(HtmlArticleExtractor::nonBlank);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nonBlank(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.replaceAll("[\\s\\u00A0]+", " ").strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /** "عنوان الخبر - صحيفة الغد" becomes "عنوان الخبر" when the outlet is صحيفة الغد. */
    private static String withoutOutletSuffix(String title, Optional<String> outlet) {
        if (outlet.isEmpty()) {
            return title;
        }
        String o = outlet.get();
        for (String sep : new String[] {" - ", " | ", " – ", " — ", " :: "}) {
            if (title.endsWith(sep + o)) {
                return title.substring(0, title.length() - sep.length() - o.length()).strip();
            }
            if (title.startsWith(o + sep)) {
                return title.substring(o.length() + sep.length()).strip();
            }
        }
        return title;
    }
}
