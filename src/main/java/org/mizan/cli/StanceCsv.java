package org.mizan.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mizan.analysis.stance.StanceModel;
import org.mizan.io.UnusableInputException;

/** Reads stance CSV (header with s1,s2 and optionally stance; RFC 4180 quoting) with Jackson's CSV module. */
final class StanceCsv {

    /** One data row; the gold stance when the file has one. */
    record Row(String s1, String s2, Optional<StanceModel.Stance> stance) {
    }

    private StanceCsv() {
    }

    static List<Row> read(Path file) throws IOException, UnusableInputException {
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException("no such file: " + file);
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Row> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(r)) {
            while (it.hasNext()) {
                Map<String, String> m = it.next();
                if (!m.containsKey("s1") || !m.containsKey("s2")) {
                    throw new UnusableInputException("CSV needs a header with columns s1 and s2: " + file);
                }
                String st = m.get("stance");
                Optional<StanceModel.Stance> stance = st == null || st.isBlank() ? Optional.empty()
                        : Optional.of(StanceModel.Stance.valueOf(st.strip().toLowerCase(Locale.ROOT)));
                rows.add(new Row(m.get("s1"), m.get("s2"), stance));
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new UnusableInputException("not a readable CSV file: " + file + " (" + e.getOriginalMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException("unknown stance label in " + file + ": " + e.getMessage());
        }
        return rows;
    }

    static List<StanceModel.Example> examples(Path file) throws IOException, UnusableInputException {
        List<StanceModel.Example> out = new ArrayList<>();
        for (Row r : read(file)) {
            out.add(new StanceModel.Example(r.s1(), r.s2(), r.stance().orElseThrow(
                    () -> new UnusableInputException("training data needs a stance column: " + file))));
        }
        return out;
    }
}
