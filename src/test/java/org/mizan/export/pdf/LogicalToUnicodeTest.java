package org.mizan.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LogicalToUnicodeTest {

    @Test
    void presentationFormsMapToThePlainLetterTheyShape() {
        assertEquals("س", LogicalToUnicode.logical(0xFEB3)); // seen, initial form
        assertEquals("ة", LogicalToUnicode.logical(0xFE94)); // taa marbuta, final form
        assertEquals("ی", LogicalToUnicode.logical(0xFBFE)); // farsi yeh, initial form (presentation forms A)
        assertEquals("لا", LogicalToUnicode.logical(0xFEFB)); // a ligature not split by the font: both letters
        assertEquals("\u064E", LogicalToUnicode.logical(0xFE76)); // spacing fatha: the mark, not a space
    }

    @Test
    void otherCodePointsMapToThemselves() {
        assertEquals("N", LogicalToUnicode.logical('N'));
        assertEquals(")", LogicalToUnicode.logical(')')); // a mirrored bracket is the glyph drawn; readers mirror it back
        assertEquals("\uFEFF", LogicalToUnicode.logical(0xFEFF)); // the byte order mark is no presentation form
    }

    @Test
    void cmapListsEachDrawnGlyphOnceInAscendingOrderInBlocksOfAtMostAHundred() {
        LogicalToUnicode map = new LogicalToUnicode(400);
        for (int gid = 300; gid > 0; gid -= 2) {
            map.drawn(gid, "ب");
        }
        map.drawn(300, "ت"); // first record wins
        map.drawn(0, "ا"); // .notdef has no text
        String cmap = new String(map.cmap(), StandardCharsets.US_ASCII);
        assertEquals(150, map.size());
        assertTrue(cmap.contains("100 beginbfchar\n<0002> <0628>\n"), cmap);
        assertTrue(cmap.contains("50 beginbfchar\n<00CA> <0628>\n"), cmap);
        assertTrue(cmap.contains("<012C> <0628>\nendbfchar"), cmap);
        assertTrue(!cmap.contains("<0000> <0627>"), cmap);
    }
}
