package org.mizan.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mizan.model.Span;

/** The editor's text rules without a screen: segmentation, word growth, visual order, pieces. */
@Tag("rtl")
class EditorTextRulesTest {

    private static final String SENTENCE = "قال المتحدث \"سالم\" (الأفق) إن 40% من الـ120 محتجزاً أُفرج عنهم، وفق https://example.org/a.";

    private static List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (int len : RtlWorkarounds.segmentLengths(text)) {
            out.add(text.substring(at, at + len));
            at += len;
        }
        assertEquals(text.length(), at, "segments cover the text");
        return out;
    }

    @Test
    void everyLineBreakOpportunityAndEverySafeCutIsASegmentBoundary() {
        List<Integer> bounds = new ArrayList<>();
        int at = 0;
        for (String s : segments(SENTENCE)) {
            bounds.add(at);
            at += s.length();
        }
        bounds.add(at);
        BreakIterator lines = BreakIterator.getLineInstance(Locale.ROOT);
        lines.setText(SENTENCE);
        for (int b = lines.first(); b != BreakIterator.DONE; b = lines.next()) {
            assertTrue(bounds.contains(b), "line break opportunity " + b + " inside a segment");
        }
        for (int i = 0; i <= SENTENCE.length(); i++) {
            boolean beforeSpace = i < SENTENCE.length() && Character.isWhitespace(SENTENCE.charAt(i));
            if (WordSpans.safeCut(SENTENCE, i) && !beforeSpace) {
                assertTrue(bounds.contains(i), "safe cut " + i + " inside a segment");
            }
        }
    }

    @Test
    void segmentsKeepWordsWholeAndSpacesWithTheWordBefore() {
        List<String> s = segments("في 12 آذار، قال \"سالم\"");
        assertEquals(List.of("في ", "12 ", "آذار", "، ", "قال ", "\"", "سالم", "\""), s);
        for (String seg : segments(SENTENCE)) {
            assertFalse(seg.isBlank(), "no segment of spaces alone: '" + seg + "'");
        }
    }

    @Test
    void displaySpansGrowToWholeWordsOnly() {
        String t = "والحكومة اليمنية";
        assertEquals(new Span(0, 8), WordSpans.display(t, new Span(1, 8)), "the clitic و joins the word");
        assertEquals(new Span(0, 16), WordSpans.display(t, new Span(3, 12)));
        String q = "\"سالم\" قال";
        assertEquals(new Span(1, 5), WordSpans.display(q, new Span(1, 5)), "quotes stay outside");
        assertEquals(new Span(0, 0), WordSpans.display(q, new Span(0, 0)));
    }

    @Test
    void visualOrderOfAnArabicLineWithALatinRun() {
        String t = "قال Reuters اليوم";
        int[] stops = VisualOrder.stops(t, ParagraphDirection.RTL, 0, t.length());
        assertEquals(t.length(), stops[0], "the paragraph ends at the left edge");
        int r = t.indexOf("Reuters");
        assertTrue(indexOf(stops, r + 1) < indexOf(stops, r + 6), "inside the Latin run offsets grow to the right");
        assertEquals(0, stops[stops.length - 1], "the paragraph starts at the right edge");
        assertEquals(r + 2, VisualOrder.step(stops, r + 3, -1), "LEFT inside Latin goes back");
        assertEquals(2, VisualOrder.step(stops, 1, -1), "LEFT in Arabic goes forward");
        assertEquals(-1, VisualOrder.step(stops, 0, 1), "RIGHT at the right edge leaves the line");
    }

    @Test
    void visualOrderOfAnEnglishLineIsLogical() {
        String t = "The ministry said";
        assertArrayEquals(java.util.stream.IntStream.rangeClosed(0, t.length()).toArray(),
                VisualOrder.stops(t, ParagraphDirection.LTR, 0, t.length()));
    }

    @Test
    void paragraphDirectionFollowsTheFirstStrongCharacter() {
        assertEquals(ParagraphDirection.LTR, ParagraphDirection.of("«2024» Reuters قالت"));
        assertEquals(ParagraphDirection.RTL, ParagraphDirection.of("2024 قالت Reuters"));
        assertEquals(ParagraphDirection.RTL, ParagraphDirection.of("123 456"));
    }

    @Test
    void longParagraphsAreCutAtSpacesKeepingEveryOffset() {
        StringBuilder sb = new StringBuilder("عنوان قصير\r\n");
        for (int i = 0; i < 3000; i++) {
            sb.append(i % 12 == 11 ? "انتهت الجملة. " : "كلمة ");
        }
        String text = sb.toString();
        List<Integer> breaks = RtlWorkarounds.pieceBreaks(text);
        assertFalse(breaks.isEmpty());
        String display = RtlWorkarounds.displayText(text, breaks);
        assertEquals(text.length(), display.length(), "same offsets");
        for (int b : breaks) {
            assertEquals(' ', text.charAt(b));
            assertEquals('.', text.charAt(b - 1), "cut after a sentence end");
        }
        for (String p : display.split("\n", -1)) {
            assertTrue(p.length() <= RtlWorkarounds.PIECE_MAX + 1, "piece of " + p.length());
        }
        assertEquals(' ', display.charAt(text.indexOf('\r')), "\\r\\n shows as a space and a line feed");
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
