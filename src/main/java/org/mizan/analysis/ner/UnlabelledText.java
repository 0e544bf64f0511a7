package org.mizan.analysis.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Plain text for the word classes ({@link WordClasses}), which need words in context and no labels.
 * A {@code .csv} file gives the cells of its text columns ({@code s1}, {@code s2}, as in the ANS
 * stance files; any label column is never read), any other file its non-blank lines. Each is cut
 * into tokens by {@link Tokenizer}, punctuation kept as ANERcorp keeps it.
 */
public final class UnlabelledText {

    private static final List<String> TEXT_COLUMNS = List.of("s1", "s2");

    private UnlabelledText() {
    }

    /** The token lists of {@code file}'s text, one per CSV cell or line. */
    public static List<List<String>> read(Path file) throws IOException {
        String all = Files.readString(file, StandardCharsets.UTF_8);
        List<String> texts = file.getFileName().toString().endsWith(".csv") ? csvText(all) : all.lines().toList();
        Tokenizer tokenizer = new Tokenizer();
        List<List<String>> out = new ArrayList<>();
        for (String text : texts) {
            List<String> tokens = new ArrayList<>();
            for (Token t : tokenizer.tokenize(text)) {
                tokens.add(t.text(text));
            }
            if (!tokens.isEmpty()) {
                out.add(tokens);
            }
        }
        return out;
    }

    /** The cells of the text columns of a CSV with a header row (RFC 4180 quoting). */
    static List<String> csvText(String csv) {
        List<List<String>> rows = csvRows(csv);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Integer> columns = new ArrayList<>();
        List<String> header = rows.getFirst();
        for (int c = 0; c < header.size(); c++) {
            if (TEXT_COLUMNS.contains(header.get(c).strip())) {
                columns.add(c);
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int c : columns) {
                if (c < row.size()) {
                    out.add(row.get(c));
                }
            }
        }
        return out;
    }

    private static List<List<String>> csvRows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
