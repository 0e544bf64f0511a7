package org.mizan.analysis.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Multinomial logistic regression over sparse {@link StanceFeatures}, trained by deterministic SGD
 * (fixed seed, fixed epochs) with L2 regularisation and class weights so the tiny "other" class is
 * not ignored. Chosen over a library: the model is a few thousand weights, trains in seconds and
 * ships as a readable text table.
 */
public final class StanceModel {

    public enum Stance { agree, disagree, other }

    /** A labelled pair. */
    public record Example(String s1, String s2, Stance stance) {
    }

    /**
     * Training settings. {@code classPower} weighs each class by (mean class size / its size) to that
     * power, so the tiny "other" class is not ignored; {@code average} returns the mean of the SGD
     * iterates; {@code otherOffset} is added to the "other" score after training (the class weight
     * over-corrects: the learner then calls too many loosely related pairs unrelated). The defaults
     * were chosen by grouped cross-validation on ANS train ({@code StanceEval}), not on dev.
     */
    public record Settings(int epochs, double learningRate, double l2, int minCount, long seed, double classPower,
                           boolean average, double otherOffset) {
        public Settings(int epochs, double learningRate, double l2, int minCount, long seed) {
            this(epochs, learningRate, l2, minCount, seed, 0.5, false, 0);
        }

        public static Settings tuned() {
            return new Settings(15, 0.1, 1e-4, 2, 7, 0.5, false, -0.75);
        }
    }

    private static final String RESOURCE = "/org/mizan/analysis/stance/stance-model.tsv";
    private static final int K = Stance.values().length;

    private final Map<String, double[]> weights;

    private StanceModel(Map<String, double[]> weights) {
        this.weights = weights;
    }

    /** The model shipped with Mizan. */
    public static StanceModel bundled() {
        try (InputStream in = StanceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("stance model resource missing: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StanceModel read(InputStream in) throws IOException {
        Map<String, double[]> w = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t");
            double[] v = new double[K];
            for (int k = 0; k < K; k++) {
                v[k] = Double.parseDouble(p[k + 1]);
            }
            w.put(p[0], v);
        }
        return new StanceModel(w);
    }

    public void write(Writer out) throws IOException {
        out.write("# Mizan stance model: feature\tagree\tdisagree\tother\n");
        for (Map.Entry<String, double[]> e : new TreeMap<>(weights).entrySet()) {
            double[] v = e.getValue();
            out.write(e.getKey() + "\t" + fmt(v[0]) + "\t" + fmt(v[1]) + "\t" + fmt(v[2]) + "\n");
        }
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.5f", d);
    }

    public int size() {
        return weights.size();
    }

    public Stance predict(String s1, String s2) {
        return predict(StanceFeatures.of(s1, s2));
    }

    /** The label of an already extracted feature vector. */
    public Stance predict(Map<String, Double> features) {
        double[] p = scores(features);
        int best = 0;
        for (int k = 1; k < K; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return Stance.values()[best];
    }

    private double[] scores(Map<String, Double> x) {
        double[] z = new double[K];
        for (Map.Entry<String, Double> e : x.entrySet()) {
            double[] w = weights.get(e.getKey());
            if (w != null) {
                for (int k = 0; k < K; k++) {
                    z[k] += w[k] * e.getValue();
                }
            }
        }
        return z;
    }

    /** Trains a model; deterministic for given examples and settings. */
    public static StanceModel train(List<Example> data, Settings s) {
        List<Map<String, Double>> xs = new ArrayList<>();
        List<Stance> ys = new ArrayList<>();
        for (Example e : data) {
            xs.add(StanceFeatures.of(e.s1(), e.s2()));
            ys.add(e.stance());
        }
        return fit(xs, ys, s);
    }

    /** Trains on already extracted feature vectors (cross-validation extracts them once). */
    public static StanceModel fit(List<Map<String, Double>> xs, List<Stance> ys, Settings s) {
        Map<String, double[]> w = StanceTrainer.fit(xs, ys, s);
        w.computeIfAbsent("bias", k -> new double[K])[Stance.other.ordinal()] += s.otherOffset();
        return new StanceModel(w);
    }

    /** Per-class F1 and their macro average, in {@link Stance} order then macro. */
    public double[] evaluate(List<Example> data) {
        int[] tp = new int[K];
        int[] fp = new int[K];
        int[] fn = new int[K];
        for (Example e : data) {
            int p = predict(e.s1(), e.s2()).ordinal();
            int y = e.stance().ordinal();
            if (p == y) {
                tp[y]++;
            } else {
                fp[p]++;
                fn[y]++;
            }
        }
        double[] out = new double[K + 1];
        for (int k = 0; k < K; k++) {
            double prec = tp[k] + fp[k] == 0 ? 0 : tp[k] / (double) (tp[k] + fp[k]);
            double rec = tp[k] + fn[k] == 0 ? 0 : tp[k] / (double) (tp[k] + fn[k]);
            out[k] = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
            out[K] += out[k] / K;
        }
        return out;
    }
}
