package org.mizan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mizan.analysis.stance.StanceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stance", description = "Label sentence pairs (CSV with header s1,s2[,stance]) agree / disagree / other.")
final class StanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "CSV input")
    Path csv;

    @Option(names = "--eval", description = "when the CSV has a stance column, print F1 scores to stderr")
    boolean eval;

    @Override
    public Integer call() throws Exception {
        List<StanceCsv.Row> rows = StanceCsv.read(csv);
        StanceModel model = StanceModel.bundled();
        var out = spec.commandLine().getOut();
        for (StanceCsv.Row r : rows) {
            out.println(model.predict(r.s1(), r.s2()).name());
        }
        out.flush();
        if (eval && !rows.isEmpty() && rows.stream().allMatch(r -> r.stance().isPresent())) {
            double[] f = model.evaluate(StanceCsv.examples(csv));
            var err = spec.commandLine().getErr();
            err.println(String.format(Locale.ROOT, "macro-F1 %.3f  agree %.3f  disagree %.3f  other %.3f",
                    f[3], f[0], f[1], f[2]));
            err.flush();
        }
        return Cli.OK;
    }
}
