package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneLabelPerDataRowEvenWithQuotedCommasAndLineBreaks() throws Exception {
        String csv = "s1,s2\n"
                + "\"الحكومة، في بيان، توافق على خطة الإصلاح\",\"الحكومة لا توافق على خطة الإصلاح\"\n"
                + "وزير المالية يعلن موازنة جديدة,\"وزير المالية يعلن\nموازنة جديدة\"\n"
                + "\"ارتفاع أسعار النفط \"\"الخام\"\" عالمياً\",مهرجان للأفلام القصيرة في المدينة\n";
        Path f = dir.resolve("pairs.csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        CliContractTest.Run r = CliContractTest.run("stance", "--csv", f.toString());
        assertEquals(0, r.code(), r.err());
        List<String> labels = r.out().strip().lines().toList();
        assertEquals(3, labels.size(), r.out());
        assertTrue(labels.stream().allMatch(l -> List.of("agree", "disagree", "other").contains(l)), r.out());
        assertEquals("disagree", labels.get(0));
        assertEquals("agree", labels.get(1));
    }

    @Test
    void aFileWithoutTheColumnsIsUnusableInput() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "a,b\nx,y\n", StandardCharsets.UTF_8);
        CliContractTest.Run r = CliContractTest.run("stance", "--csv", f.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("s1"), r.err());
        assertFalse(r.err().contains("at org."), r.err());
        assertEquals(Cli.BAD_INPUT, CliContractTest.run("stance", "--csv", dir.resolve("absent.csv").toString()).code());
    }

    @Test
    void trainingWritesAModelThatTheTableReadsBack() throws Exception {
        StringBuilder csv = new StringBuilder("s1,s2,stance\n");
        for (String t : new String[] {"الحكومة", "البرلمان", "الوزارة", "النقابة"}) {
            csv.append(t).append(" توافق على الخطة,").append(t).append(" تقر الخطة,agree\n");
            csv.append(t).append(" توافق على الخطة,").append(t).append(" لا توافق على الخطة,disagree\n");
            csv.append(t).append(" توافق على الخطة,مهرجان للأفلام في المدينة,other\n");
        }
        Path data = dir.resolve("train.csv");
        Files.writeString(data, csv, StandardCharsets.UTF_8);
        Path model = dir.resolve("model.tsv");
        CliContractTest.Run r = CliContractTest.run("train-stance", "--data", data.toString(), "--out", model.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(model).lines().anyMatch(l -> l.startsWith("negAsym\t")), "model has the negation weight");
    }
}
