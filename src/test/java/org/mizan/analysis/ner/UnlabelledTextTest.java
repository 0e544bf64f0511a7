package org.mizan.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlabelledTextTest {

    @TempDir
    Path dir;

    @Test
    void csvGivesTheTextColumnsTokenisedAndNeverTheLabel() throws Exception {
        Path csv = dir.resolve("pairs.csv");
        Files.writeString(csv, """
                s1,s2,stance
                "قال الوزير سامي الحلبي، إن الاتفاق قريب","الحلبي: لا اتفاق \"\"قريب\"\"\",disagree
                زار وفد من حمص مدينة صيدا,وفد حمص في صيدا,agree
                """);
        List<List<String>> text = UnlabelledText.read(csv);
        assertEquals(4, text.size());
        assertEquals(List.of("قال", "الوزير", "سامي", "الحلبي", "،", "إن", "الاتفاق", "قريب"), text.get(0));
        assertEquals(List.of("الحلبي", ":", "لا", "اتفاق", "\"", "قريب", "\""), text.get(1));
        assertEquals(List.of("وفد", "حمص", "في", "صيدا"), text.get(3));
        assertEquals(0, text.stream().flatMap(List::stream).filter(t -> t.equals("agree") || t.equals("disagree"))
                .count(), "the stance column is a label and must never be read");
    }

    @Test
    void plainTextGivesItsNonBlankLines() throws Exception {
        Path txt = dir.resolve("article.txt");
        Files.writeString(txt, "أعلنت وزارة الصحة في عمان\n\n  \nوصل الوفد إلى بغداد.\n");
        assertEquals(List.of(List.of("أعلنت", "وزارة", "الصحة", "في", "عمان"),
                List.of("وصل", "الوفد", "إلى", "بغداد", ".")), UnlabelledText.read(txt));
    }
}
