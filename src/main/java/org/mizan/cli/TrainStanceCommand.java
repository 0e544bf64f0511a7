package org.mizan.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mizan.analysis.stance.StanceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train-stance", description = "Train the stance model (deterministic) from a CSV with s1,s2,stance.")
final class TrainStanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "training CSV (e.g. ANS train.csv)")
    Path data;

    @Option(names = "--dev", paramLabel = "FILE", description = "development CSV to report F1 on")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the model (TSV)")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<StanceModel.Example> train = StanceCsv.examples(data);
        StanceModel model = StanceModel.train(train, StanceModel.Settings.tuned());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w);
        }
        var o = spec.commandLine().getOut();
        o.println(model.size() + " weights written to " + out);
        if (dev != null) {
            double[] f = model.evaluate(StanceCsv.examples(dev));
            o.println(String.format(Locale.ROOT, "dev macro-F1 %.3f  agree %.3f  disagree %.3f  other %.3f",
                    f[3], f[0], f[1], f[2]));
        }
        o.flush();
        return Cli.OK;
    }
}
