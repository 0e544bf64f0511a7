package org.mizan.export.pdf;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mizan.model.Claim;
import org.mizan.model.Figure;
import org.mizan.model.FigureValue;
import org.mizan.model.Source;

/** How values, sources and figures are written out in notes and tables. */
final class Formats {

    private Formats() {
    }

    static String number(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    static String year(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : number(v);
    }

    static String value(Figure f) {
        String v = switch (f.value()) {
            // a year is a name, not a quantity: 2014, never 2,014
            case FigureValue.Amount a when f.kind() == org.mizan.model.FigureKind.YEAR -> year(a.value());
            case FigureValue.Amount a -> number(a.value());
            case FigureValue.Range r -> number(r.low()) + "–" + number(r.high());
            case FigureValue.IsoDate d -> d.iso();
            case FigureValue.Unknown u -> "—";
        };
        if (f.kind() == org.mizan.model.FigureKind.PERCENT && f.unit().isEmpty()) {
            return v + "%";
        }
        return f.unit().map(u -> v + " " + u).orElse(v);
    }

    static String source(Claim c, String text, Labels l) {
        if (c.source().isEmpty()) {
            return l.noSource();
        }
        String s = name(c.source().get(), text);
        if (!c.via().isEmpty()) {
            s += " (" + l.via() + " " + c.via().stream().map(v -> name(v, text)).collect(Collectors.joining("، ")) + ")";
        }
        return s;
    }

    private static String name(Source s, String text) {
        return s.canonical().orElseGet(() -> oneLine(s.span().of(text)));
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static String clip(String s, int max) {
        s = oneLine(s);
        return s.length() <= max ? s : s.substring(0, max).strip() + "…";
    }

    /** True when the text's first strong character is right-to-left (Arabic text inside English labels). */
    static boolean rtl(String s, boolean fallback) {
        byte dir = com.ibm.icu.text.Bidi.getBaseDirection(s);
        return dir == com.ibm.icu.text.Bidi.NEUTRAL ? fallback : dir == com.ibm.icu.text.Bidi.RTL;
    }

    static String fileName(String source) {
        int cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return cut >= 0 && cut < source.length() - 1 ? source.substring(cut + 1) : source;
    }
}
