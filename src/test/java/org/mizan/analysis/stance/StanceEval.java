package org.mizan.analysis.stance;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mizan.analysis.stance.StanceModel.Example;
import org.mizan.analysis.stance.StanceModel.Stance;

/**
 * Model selection for stance without touching dev: grouped k-fold cross-validation on the ANS
 * train split (pairs that share a sentence stay in one fold, so a paraphrase never leaks into its
 * own test fold), then, only with {@code --dev}, one look at the dev split for the model trained on
 * all of train. Usage (from the project directory, after {@code mvn -o -q test-compile}):
 * {@code java -cp target/test-classes:target/classes:CP org.mizan.analysis.stance.StanceEval [--dev] [--errors FILE]}.
 */
public final class StanceEval {

    static final Path TRAIN = Path.of("../shared/data/ans/train.csv");
    static final Path DEV = Path.of("../shared/data/ans/dev.csv");
    static final int FOLDS = 5;
    static final int REPEATS = 5;

    private StanceEval() {
    }

    static List<Example> read(Path csv) throws IOException {
        List<Example> out = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(new StringReader(Files.readString(csv, StandardCharsets.UTF_8)))) {
            while (it.hasNext()) {
                Map<String, String> r = it.next();
                out.add(new Example(r.get("s1"), r.get("s2"), Stance.valueOf(r.get("stance").strip())));
            }
        }
        return out;
    }

    /** Fold of each example: connected components of shared sentences, dealt round-robin by size. */
    static int[] folds(List<Example> data, int k, long seed) {
        Map<String, Integer> id = new HashMap<>();
        int[] parent = new int[2 * data.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        int[][] ends = new int[data.size()][2];
        for (int i = 0; i < data.size(); i++) {
            ends[i][0] = id.computeIfAbsent(data.get(i).s1().strip(), s -> id.size());
            ends[i][1] = id.computeIfAbsent(data.get(i).s2().strip(), s -> id.size());
            union(parent, ends[i][0], ends[i][1]);
        }
        Map<Integer, Integer> foldOfRoot = new HashMap<>();
        int[] out = new int[data.size()];
        java.util.Random rnd = new java.util.Random(seed);
        for (int i = 0; i < data.size(); i++) {
            int root = find(parent, ends[i][0]);
            out[i] = foldOfRoot.computeIfAbsent(root, r -> rnd.nextInt(k));
        }
        return out;
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }

    /** Cross-validated predictions for every training example. */
    static Stance[] crossValidate(List<Example> data, List<Map<String, Double>> xs, StanceModel.Settings s,
                                  long foldSeed) {
        int[] fold = folds(data, FOLDS, foldSeed);
        Stance[] pred = new Stance[data.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<Map<String, Double>> tx = new ArrayList<>();
            List<Stance> ty = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (fold[i] != f) {
                    tx.add(xs.get(i));
                    ty.add(data.get(i).stance());
                }
            }
            StanceModel m = StanceModel.fit(tx, ty, s);
            for (int i = 0; i < data.size(); i++) {
                if (fold[i] == f) {
                    pred[i] = m.predict(xs.get(i));
                }
            }
        }
        return pred;
    }

    static double[] f1(List<Example> data, Stance[] pred) {
        int k = Stance.values().length;
        int[] tp = new int[k];
        int[] fp = new int[k];
        int[] fn = new int[k];
        for (int i = 0; i < data.size(); i++) {
            int y = data.get(i).stance().ordinal();
            int p = pred[i].ordinal();
            if (p == y) {
                tp[y]++;
            } else {
                fp[p]++;
                fn[y]++;
            }
        }
        double[] out = new double[k + 1];
        for (int c = 0; c < k; c++) {
            double prec = tp[c] + fp[c] == 0 ? 0 : tp[c] / (double) (tp[c] + fp[c]);
            double rec = tp[c] + fn[c] == 0 ? 0 : tp[c] / (double) (tp[c] + fn[c]);
            out[c] = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
            out[k] += out[c] / k;
        }
        return out;
    }

    static String line(String what, double[] f) {
        return String.format(Locale.ROOT, "%-10s macro-F1 %.3f  agree %.3f  disagree %.3f  other %.3f", what,
                f[3], f[0], f[1], f[2]);
    }

    /** Settings from {@code key=value} arguments over the shipped defaults. */
    static StanceModel.Settings settings(String[] args) {
        StanceModel.Settings t = StanceModel.Settings.tuned();
        Map<String, String> kv = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq > 0) {
                kv.put(a.substring(0, eq), a.substring(eq + 1));
            }
        }
        return new StanceModel.Settings(Integer.parseInt(kv.getOrDefault("epochs", "" + t.epochs())),
                Double.parseDouble(kv.getOrDefault("lr", "" + t.learningRate())),
                Double.parseDouble(kv.getOrDefault("l2", "" + t.l2())),
                Integer.parseInt(kv.getOrDefault("min", "" + t.minCount())),
                Long.parseLong(kv.getOrDefault("seed", "" + t.seed())),
                Double.parseDouble(kv.getOrDefault("cw", "" + t.classPower())),
                Boolean.parseBoolean(kv.getOrDefault("avg", "" + t.average())),
                Double.parseDouble(kv.getOrDefault("other", "" + t.otherOffset())));
    }

    public static void main(String[] args) throws IOException {
        boolean dev = List.of(args).contains("--dev");
        int errorsAt = List.of(args).indexOf("--errors");
        List<Example> train = read(TRAIN);
        List<Map<String, Double>> xs = new ArrayList<>();
        for (Example e : train) {
            xs.add(StanceFeatures.of(e.s1(), e.s2()));
        }
        StanceModel.Settings s = settings(args);
        Stance[] pred = null;
        double[] mean = new double[4];
        for (long r = 0; r < REPEATS; r++) {
            pred = crossValidate(train, xs, s, r);
            double[] f = f1(train, pred);
            for (int c = 0; c < 4; c++) {
                mean[c] += f[c] / REPEATS;
            }
        }
        System.out.println(s);
        System.out.println(line("train-cv", mean));
        if (errorsAt >= 0) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[errorsAt + 1])))) {
                for (int i = 0; i < train.size(); i++) {
                    if (pred[i] != train.get(i).stance()) {
                        Example e = train.get(i);
                        w.println(e.stance() + "->" + pred[i] + "\t" + e.s1() + "\t" + e.s2());
                    }
                }
            }
        }
        if (dev) {
            List<Map<String, Double>> ys = xs;
            List<Stance> labels = train.stream().map(Example::stance).toList();
            StanceModel m = StanceModel.fit(ys, labels, s);
            List<Example> d = read(DEV);
            Stance[] dp = d.stream().map(e -> m.predict(e.s1(), e.s2())).toArray(Stance[]::new);
            System.out.println(line("dev", f1(d, dp)));
        }
    }
}
