package org.mizan.analysis.stance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mizan.analysis.stance.StanceModel.Settings;
import org.mizan.analysis.stance.StanceModel.Stance;

/**
 * Multinomial logistic regression by deterministic SGD: fixed seed and epochs, a decaying step, L2
 * on the features of each example, class weights, and optionally the average of the iterates.
 * Features seen in fewer than {@code minCount} training pairs get no weight.
 */
final class StanceTrainer {

    private static final int K = Stance.values().length;

    private StanceTrainer() {
    }

    static Map<String, double[]> fit(List<Map<String, Double>> xs, List<Stance> ys, Settings s) {
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Double> x : xs) {
            for (String f : x.keySet()) {
                df.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        df.keySet().stream().sorted().filter(f -> df.get(f) >= s.minCount()).forEach(f -> {
            index.put(f, names.size());
            names.add(f);
        });
        int[][] feats = new int[xs.size()][];
        double[][] vals = new double[xs.size()][];
        for (int i = 0; i < xs.size(); i++) {
            List<Map.Entry<String, Double>> kept = xs.get(i).entrySet().stream()
                    .filter(e -> index.containsKey(e.getKey())).sorted(Map.Entry.comparingByKey()).toList();
            feats[i] = kept.stream().mapToInt(e -> index.get(e.getKey())).toArray();
            vals[i] = kept.stream().mapToDouble(Map.Entry::getValue).toArray();
        }
        int[] counts = new int[K];
        for (Stance y : ys) {
            counts[y.ordinal()]++;
        }
        double[] classWeight = new double[K];
        for (int k = 0; k < K; k++) {
            classWeight[k] = counts[k] == 0 ? 0 : Math.pow(xs.size() / (double) (K * counts[k]), s.classPower());
        }
        double[] w = new double[names.size() * K];
        double[] u = new double[w.length];          // step-weighted updates, for the average of the iterates
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            order.add(i);
        }
        Random rnd = new Random(s.seed());
        long step = 0;
        double[] z = new double[K];
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            Collections.shuffle(order, rnd);
            for (int i : order) {
                double lr = s.learningRate() / (1 + 0.0005 * step);
                step++;
                int y = ys.get(i).ordinal();
                java.util.Arrays.fill(z, 0);
                for (int t = 0; t < feats[i].length; t++) {
                    int base = feats[i][t] * K;
                    for (int k = 0; k < K; k++) {
                        z[k] += w[base + k] * vals[i][t];
                    }
                }
                double max = Math.max(z[0], Math.max(z[1], z[2]));
                double sum = 0;
                for (int k = 0; k < K; k++) {
                    z[k] = Math.exp(z[k] - max);
                    sum += z[k];
                }
                for (int t = 0; t < feats[i].length; t++) {
                    int base = feats[i][t] * K;
                    for (int k = 0; k < K; k++) {
                        double g = (z[k] / sum - (k == y ? 1 : 0)) * vals[i][t] * classWeight[y];
                        double delta = -lr * (g + s.l2() * w[base + k]);
                        w[base + k] += delta;
                        u[base + k] += step * delta;
                    }
                }
            }
        }
        Map<String, double[]> out = new HashMap<>();
        for (int f = 0; f < names.size(); f++) {
            double[] v = new double[K];
            double norm = 0;
            for (int k = 0; k < K; k++) {
                v[k] = s.average() && step > 0 ? w[f * K + k] - u[f * K + k] / step : w[f * K + k];
                norm += Math.abs(v[k]);
            }
            if (norm >= 1e-4) {
                out.put(names.get(f), v);
            }
        }
        return out;
    }
}
