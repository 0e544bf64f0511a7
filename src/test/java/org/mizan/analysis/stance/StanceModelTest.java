package org.mizan.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.analysis.stance.StanceModel.Example;
import org.mizan.analysis.stance.StanceModel.Stance;

class StanceModelTest {

    @Test
    void featuresSeeOneSidedNegationAntonymsAndChangedFigures() {
        Map<String, Double> neg = StanceFeatures.of("الحكومة توافق على خطة الإصلاح", "الحكومة لا توافق على خطة الإصلاح");
        assertTrue(neg.containsKey("negAsym") && neg.containsKey("negAdded"), neg.toString());
        Map<String, Double> ant = StanceFeatures.of("ارتفاع أسعار النفط في الأسواق", "انخفاض أسعار النفط في الأسواق");
        assertTrue(ant.containsKey("antonym"), ant.toString());
        Map<String, Double> num = StanceFeatures.of("مقتل 12 شخصا في انفجار", "مقتل 30 شخصا في انفجار");
        assertTrue(num.containsKey("numDiff"), num.toString());
        Map<String, Double> same = StanceFeatures.of("وزير المالية يعلن خطة جديدة", "وزير المالية يعلن خطة جديدة");
        assertEquals(1.0, same.get("jac"));
    }

    @Test
    void trainingIsDeterministicAndLearnsTheSignals() throws IOException {
        List<Example> data = new ArrayList<>();
        String[][] topics = {{"الحكومة", "خطة الإصلاح"}, {"البرلمان", "قانون الانتخابات"}, {"الوزارة", "مشروع الميناء"},
            {"النقابة", "اتفاق الأجور"}, {"البنك", "قرار الفائدة"}, {"الشركة", "صفقة الاستحواذ"}};
        for (String[] t : topics) {
            data.add(new Example(t[0] + " توافق على " + t[1], t[0] + " تقر " + t[1], Stance.agree));
            data.add(new Example(t[0] + " توافق على " + t[1], t[0] + " لا توافق على " + t[1], Stance.disagree));
            data.add(new Example(t[0] + " توافق على " + t[1], t[0] + " ترفض " + t[1], Stance.disagree));
            data.add(new Example(t[0] + " توافق على " + t[1], "مهرجان للأفلام القصيرة في المدينة", Stance.other));
        }
        StanceModel.Settings settings = new StanceModel.Settings(20, 0.2, 1e-4, 1, 3);
        StanceModel m1 = StanceModel.train(data, settings);
        StanceModel m2 = StanceModel.train(data, settings);
        StringWriter w1 = new StringWriter();
        StringWriter w2 = new StringWriter();
        m1.write(w1);
        m2.write(w2);
        assertEquals(w1.toString(), w2.toString());
        StanceModel back = StanceModel.read(new java.io.ByteArrayInputStream(w1.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(Stance.disagree, back.predict("المجلس يوافق على الميزانية", "المجلس لا يوافق على الميزانية"));
        assertEquals(Stance.other, back.predict("المجلس يوافق على الميزانية", "مهرجان للأفلام القصيرة في المدينة"));
    }

    @Test
    void theBundledModelBeatsThePublishedBertOnTheDevSplit() throws IOException {
        Path dev = Path.of("../shared/data/ans/dev.csv");
        assumeTrue(Files.isRegularFile(dev), "ANS dev split not available");
        List<Example> examples = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(new StringReader(Files.readString(dev, StandardCharsets.UTF_8)))) {
            while (it.hasNext()) {
                Map<String, String> r = it.next();
                examples.add(new Example(r.get("s1"), r.get("s2"), Stance.valueOf(r.get("stance"))));
            }
        }
        double[] f1 = StanceModel.bundled().evaluate(examples);
        // the logistic-regression baseline reaches about 0.68 macro-F1, the published BERT 0.767;
        // the bundled model scores 0.824 (agree 0.764, disagree 0.858, other 0.848): a margin for
        // drift in the shared root and negation machinery, but a fall below BERT fails
        assertTrue(f1[3] >= 0.79, "macro-F1 " + f1[3]);
        assertTrue(f1[0] >= 0.72 && f1[1] >= 0.83, "agree " + f1[0] + ", disagree " + f1[1]);
    }
}
