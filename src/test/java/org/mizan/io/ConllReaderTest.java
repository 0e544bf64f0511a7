package org.mizan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.analysis.ner.TaggedSentence;

class ConllReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsTokensIgnoringTheSecondColumnAndExtraBlankLines() throws Exception {
        Path f = write("a.conll", "\uFEFFزار B-PERS\nالوزير O\nبيروت B-LOC\n\n\n\nأمس\n.\n");
        List<List<String>> s = new ConllReader().readTokens(f);
        assertEquals(List.of(List.of("زار", "الوزير", "بيروت"), List.of("أمس", ".")), s);
    }

    @Test
    void readsTaggedSentencesForTraining() throws Exception {
        Path f = write("t.conll", "وصل O\nكوفي B-PERS\nأنان I-PERS\n\nإلى O\nعمان B-LOC\n");
        List<TaggedSentence> s = new ConllReader().readTagged(f);
        assertEquals(2, s.size());
        assertEquals(List.of("O", "B-PERS", "I-PERS"), s.get(0).tags());
        assertEquals("عمان", s.get(1).tokens().get(1));
    }

    @Test
    void unusableFilesSayWhyInOneLine() throws Exception {
        ConllReader r = new ConllReader();
        assertTrue(assertThrows(UnusableInputException.class, () -> r.readTokens(dir.resolve("none.conll")))
                .getMessage().contains("no such file"));
        assertTrue(assertThrows(UnusableInputException.class, () -> r.readTokens(write("e.conll", "")))
                .getMessage().contains("empty"));
        assertTrue(assertThrows(UnusableInputException.class, () -> r.readTokens(write("b.conll", "\n\n  \n")))
                .getMessage().contains("no tokens"));
        Path binary = Files.write(dir.resolve("bin.conll"), new byte[] {'a', 0, 'b'});
        assertTrue(assertThrows(UnusableInputException.class, () -> r.readTokens(binary)).getMessage().contains("binary"));
        Path latin1 = Files.write(dir.resolve("l1.conll"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        assertTrue(assertThrows(UnusableInputException.class, () -> r.readTokens(latin1)).getMessage().contains("UTF-8"));
        UnusableInputException badTag = assertThrows(UnusableInputException.class,
                () -> r.readTagged(write("bad.conll", "بيروت B-CITY\n")));
        assertTrue(badTag.getMessage().contains("line 1"), badTag.getMessage());
        assertEquals(1, badTag.getMessage().lines().count());
    }
}
