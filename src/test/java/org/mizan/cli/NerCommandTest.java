package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.analysis.ner.Labels;

class NerCommandTest {

    @TempDir
    Path dir;

    @Test
    void tagsCoNllTokensKeepingSentenceBreaks() throws Exception {
        String input = String.join("\n", "وقال O", "وزير O", "الخارجية O", "الفرنسي O", "ميشيل O", "بارنييه O",
                "في O", "باريس O", ". O", "", "وصل", "الوفد", "إلى", "دمشق", ".") + "\n";
        Path f = Files.writeString(dir.resolve("in.conll"), input, StandardCharsets.UTF_8);
        CliContractTest.Run r = CliContractTest.run("ner", "--conll", f.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(15, lines.size(), r.out());
        assertEquals("", lines.get(9));
        List<String> tokens = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            String[] cols = line.split("\t");
            assertEquals(2, cols.length, line);
            assertTrue(Labels.ALL.contains(cols[1]), line);
            tokens.add(cols[0]);
        }
        assertEquals("ميشيل", tokens.get(4));
        assertTrue(lines.contains("باريس\tB-LOC"), r.out());
        assertTrue(lines.contains("دمشق\tB-LOC"), r.out());
    }

    @Test
    void unusableInputExitsTwoWithOneLine() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.conll"));
        for (CliContractTest.Run r : List.of(CliContractTest.run("ner", "--conll", empty.toString()),
                CliContractTest.run("ner", "--conll", dir.resolve("missing.conll").toString()),
                CliContractTest.run("ner", "--conll", Files.write(dir.resolve("b.bin"), new byte[] {1, 0, 2}).toString()))) {
            assertEquals(Cli.BAD_INPUT, r.code(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(r.err().contains("at org."), r.err());
        }
    }

    @Test
    void trainNerRebuildsAModelThatNerCanUse() throws Exception {
        // a small corpus of sentences written for this test, 20 sentences so the dev tenth is 2
        String[] people = {"سامي الحلبي", "نادر القيسي", "رامي النجار", "هالة المصري", "وليد الحداد"};
        String[] places = {"حلب", "حمص", "بيروت", "عمان", "دمشق"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            String[] name = people[i % people.length].split(" ");
            sb.append("قال O\nالوزير O\n").append(name[0]).append(" B-PERS\n").append(name[1]).append(" I-PERS\n")
                    .append("في O\n").append(places[(i * 3) % places.length]).append(" B-LOC\n. O\n\n");
        }
        Path data = Files.writeString(dir.resolve("train.conll"), sb.toString(), StandardCharsets.UTF_8);
        Path m1 = dir.resolve("out/m1.bin.gz");
        CliContractTest.Run r1 = CliContractTest.run("train-ner", "--data", data.toString(), "--out", m1.toString());
        assertEquals(0, r1.code(), r1.err());
        assertTrue(r1.out().contains("F1"), r1.out());
        assertTrue(Files.size(m1) > 0);

        Path in = Files.writeString(dir.resolve("q.conll"), "قال\nالوزير\nرامي\nالنجار\nفي\nحمص\n.\n", StandardCharsets.UTF_8);
        CliContractTest.Run tagged = CliContractTest.run("ner", "--conll", in.toString(), "--model", m1.toString());
        assertEquals(0, tagged.code(), tagged.err());
        assertTrue(tagged.out().contains("رامي\tB-PERS"), tagged.out());
        assertTrue(tagged.out().contains("حمص\tB-LOC"), tagged.out());

        CliContractTest.Run bad = CliContractTest.run("ner", "--conll", in.toString(), "--model", data.toString());
        assertEquals(Cli.BAD_INPUT, bad.code(), bad.err());

        CliContractTest.Run noSuchLearner = CliContractTest.run("train-ner", "--learner", "svm", "--data",
                data.toString(), "--out", dir.resolve("out/m2.bin.gz").toString());
        assertEquals(Cli.BAD_INPUT, noSuchLearner.code(), noSuchLearner.err());
        assertTrue(noSuchLearner.err().contains("svm"), noSuchLearner.err());
        assertTrue(Files.notExists(dir.resolve("out/m2.bin.gz")));
    }
}
