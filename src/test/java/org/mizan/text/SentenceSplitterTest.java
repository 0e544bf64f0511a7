package org.mizan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsOnArabicAndLatinTerminators() {
        assertEquals(List.of("قال الوزير إن النمو بلغ 3.5 بالمئة.", "هل يستمر ذلك؟", "لا أحد يعرف!", "انتهى"),
                split("قال الوزير إن النمو بلغ 3.5 بالمئة. هل يستمر ذلك؟ لا أحد يعرف! انتهى"));
    }

    @Test
    void splitsOnArabicSemicolonAndLineBreaks() {
        assertEquals(List.of("ارتفعت الأسعار؛", "وتراجعت الصادرات", "عنوان آخر"),
                split("ارتفعت الأسعار؛ وتراجعت الصادرات\nعنوان آخر"));
    }

    @Test
    void keepsClosingQuotesAndAbbreviations() {
        assertEquals(List.of("وقال د. أحمد سالم: «لن ننسحب.»", "ثم غادر."),
                split("وقال د. أحمد سالم: «لن ننسحب.» ثم غادر."));
        assertEquals(List.of("U.S. officials met Mr. Smith on Jan. 24.", "They left."),
                split("U.S. officials met Mr. Smith on Jan. 24. They left."));
    }
}
