package org.mizan.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Turns Markdown into the plain text a reader sees: markup gone (emphasis, link targets, heading
 * marks, bullets), one line per paragraph, heading or list item; numbered items keep their number.
 * The title is a YAML front-matter {@code title:} or else the first level-1 heading; front matter
 * may also give {@code date:} and an outlet ({@code outlet:}, {@code source:}, {@code publisher:} or
 * {@code site:}). commonmark-java parses, so edge cases follow the CommonMark spec.
 */
final class MarkdownArticleExtractor {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)\\r?\\n(?:---|\\.\\.\\.)[ \\t]*(\\r?\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_-]+)\\s*:\\s*(.*?)\\s*$", Pattern.MULTILINE);

    private MarkdownArticleExtractor() {
    }

    static Extracted extract(String markdown) {
        Optional<String> fmTitle = Optional.empty();
        Optional<String> fmOutlet = Optional.empty();
        Optional<LocalDate> fmDate = Optional.empty();
        String body = markdown;
        Matcher fm = FRONT_MATTER.matcher(markdown);
        if (fm.find()) {
            body = markdown.substring(fm.end());
            Matcher f = FIELD.matcher(fm.group(1));
            while (f.find()) {
                String key = f.group(1).toLowerCase(Locale.ROOT);
                String value = unquote(f.group(2));
                if (value.isEmpty()) {
                    continue;
                }
                switch (key) {
                    case "title" -> fmTitle = Optional.of(value);
                    case "outlet", "source", "publisher", "site", "site_name" -> fmOutlet = fmOutlet.or(() -> Optional.of(value));
                    case "date", "published" -> fmDate = fmDate.or(() -> HtmlArticleExtractor.isoDate(value));
                    default -> {
                    }
                }
            }
        }
        Node document = Parser.builder().build().parse(body);
        Collector c = new Collector();
        document.accept(c);
        c.endBlock();
        return new Extracted(String.join("\n", c.lines), fmTitle.or(() -> c.firstH1), fmOutlet, fmDate);
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static final class Collector extends AbstractVisitor {
        final List<String> lines = new ArrayList<>();
        final StringBuilder line = new StringBuilder();
        Optional<String> firstH1 = Optional.empty();

        void endBlock() {
            String s = line.toString().strip();
            if (!s.isEmpty()) {
                lines.add(s);
            }
            line.setLength(0);
        }

        @Override
        public void visit(Paragraph p) {
            endBlock();
            visitChildren(p);
            endBlock();
        }

        @Override
        public void visit(Heading h) {
            endBlock();
            visitChildren(h);
            if (h.getLevel() == 1 && firstH1.isEmpty()) {
                firstH1 = Optional.of(line.toString().strip()).filter(s -> !s.isEmpty());
            }
            endBlock();
        }

        @Override
        public void visit(BlockQuote q) {
            endBlock();
            visitChildren(q);
            endBlock();
        }

        @Override
        public void visit(ListItem item) {
            endBlock();
            if (item.getParent() instanceof OrderedList list) {
                int n = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
                for (Node sib = list.getFirstChild(); sib != null && sib != item; sib = sib.getNext()) {
                    n++;
                }
                line.append(n).append(". ");
            }
            // A tight list item's text is a paragraph; keep it on the item's line with its number.
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph p) {
                    visitChildren(p);
                    endBlock();
                } else {
                    child.accept(this);
                }
            }
            endBlock();
        }

        @Override
        public void visit(FencedCodeBlock code) {
            block(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            block(code.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
            // Raw HTML in Markdown: keep its words, never its tags.
            block(Jsoup.parse(html.getLiteral()).text());
        }

        @Override
        public void visit(ThematicBreak br) {
            endBlock();
        }

        @Override
        public void visit(Text t) {
            line.append(t.getLiteral());
        }

        @Override
        public void visit(Code code) {
            line.append(code.getLiteral());
        }

        @Override
        public void visit(HtmlInline html) {
            // Inline tags such as <b> carry no text of their own.
        }

        @Override
        public void visit(Image image) {
            // Alt text is a description of a picture, not article text.
        }

        @Override
        public void visit(SoftLineBreak br) {
            line.append(' ');
        }

        @Override
        public void visit(HardLineBreak br) {
            endBlock();
        }

        private void block(String literal) {
            endBlock();
            for (String l : literal.split("\\R")) {
                line.append(l);
                endBlock();
            }
        }
    }
}
