package org.mizan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mizan.model.Span;

/** Which part of a long article the visible-first stage reads. */
class VisibleWindowTest {

    private static final String PARAGRAPH = "قالت الوزيرة ليلى منصور يوم الاثنين إن الحكومة ستفتح معبر الشمال أمام "
            + "الشاحنات، فيما نفى مصدر في البلدية أن يكون القرار قد صدر.";

    /** Paragraphs one per line until the text is at least {@code chars} long. */
    private static String paragraphs(int chars) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) {
            sb.append(PARAGRAPH).append('\n');
        }
        return sb.toString();
    }

    @Test
    void aShortArticleHasNoVisibleStage() {
        assertEquals(Optional.empty(), VisibleWindow.around(paragraphs(VisibleWindow.LONG - PARAGRAPH.length() - 2),
                new Span(0, 0)));
    }

    @Test
    void theTopOfANewlyOpenedArticleIsReadInWholeParagraphs() {
        String text = paragraphs(200_000);
        Span w = VisibleWindow.around(text, new Span(0, 0)).orElseThrow();

        assertEquals(0, w.start());
        assertTrue(w.end() >= VisibleWindow.AFTER && w.end() <= VisibleWindow.AFTER + VisibleWindow.SLACK, w.toString());
        assertEquals('\n', text.charAt(w.end()), "the window ends at the end of a paragraph");
    }

    @Test
    void aViewportInTheMiddleIsReadWithSomeTextBeforeIt() {
        String text = paragraphs(400_000);
        int at = 200_000;
        Span w = VisibleWindow.around(text, new Span(at, at + 3_000)).orElseThrow();

        assertTrue(w.start() <= at - VisibleWindow.BEFORE && w.start() >= at - VisibleWindow.BEFORE - VisibleWindow.SLACK,
                w.toString());
        assertEquals('\n', text.charAt(w.start() - 1), "the window starts at the start of a paragraph");
        assertTrue(w.end() >= at + VisibleWindow.AFTER, w.toString());
        assertEquals('\n', text.charAt(w.end()));
    }

    @Test
    void oneHugeParagraphIsCutAtSentenceEnds() {
        // one paragraph of 200k characters, sentences ending in "." followed by a space
        String text = PARAGRAPH.repeat(200_000 / PARAGRAPH.length()).replace(".", ". ");
        Span w = VisibleWindow.around(text, new Span(100_000, 100_000)).orElseThrow();

        assertEquals('.', text.charAt(w.start() - 1), "starts after a sentence end");
        assertEquals('.', text.charAt(w.end() - 1), "ends after a sentence end");
        assertTrue(w.length() < VisibleWindow.BEFORE + VisibleWindow.AFTER + 2 * VisibleWindow.SLACK);
    }

    @Test
    void aViewportPastTheEndOfAnEditedTextIsClampedToIt() {
        String text = paragraphs(100_000);
        Span w = VisibleWindow.around(text, new Span(500_000, 500_010)).orElseThrow();

        assertEquals(text.length(), w.end());
        assertTrue(w.start() < text.length() - VisibleWindow.BEFORE + 1 && w.start() > 0);
    }

    @Test
    void textWithoutSpacesIsNotCutInsideASurrogatePair() {
        String text = "\uD83D\uDE00".repeat(60_000); // 120k chars of one emoji, no space, no line
        Span w = VisibleWindow.around(text, new Span(50_001, 50_001)).orElseThrow();

        assertTrue(!Character.isLowSurrogate(text.charAt(w.start())), "start " + w.start());
        assertTrue(w.end() == text.length() || !Character.isLowSurrogate(text.charAt(w.end())), "end " + w.end());
    }
}
