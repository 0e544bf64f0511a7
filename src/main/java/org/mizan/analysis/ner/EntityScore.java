package org.mizan.analysis.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level exact-match scoring as conlleval does it: a predicted entity counts only when its
 * type, first and last token all match a gold entity. Chunks follow conlleval's rules, so an I-X
 * after O or after another type opens a new chunk.
 */
public final class EntityScore {

    /** Counts for one entity type (or all). */
    public record Counts(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : correct / (double) predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : correct / (double) gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Overall and per-type counts. */
    public record Report(Counts overall, Map<String, Counts> byType) {
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(line("all", overall));
            byType.forEach((t, c) -> sb.append(line(t, c)));
            return sb.toString();
        }

        private static String line(String name, Counts c) {
            return String.format(java.util.Locale.ROOT, "%-5s P %.4f  R %.4f  F1 %.4f  (gold %d, predicted %d, correct %d)%n",
                    name, c.precision(), c.recall(), c.f1(), c.gold(), c.predicted(), c.correct());
        }
    }

    /** An entity chunk: type and token range [start, end). */
    public record Chunk(String type, int start, int end) {
    }

    private EntityScore() {
    }

    /** The chunks of one tag sequence, conlleval style. */
    public static List<Chunk> chunks(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        String type = null;
        int begin = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.equals("O") ? "O" : tag.substring(0, 1);
            String t = tag.equals("O") ? null : tag.substring(2);
            boolean continues = type != null && prefix.equals("I") && t.equals(type);
            if (type != null && !continues) {
                out.add(new Chunk(type, begin, i));
                type = null;
            }
            if (t != null && !continues) {
                type = t;
                begin = i;
            }
        }
        return out;
    }

    /** Scores predicted tag sequences against gold ones, sentence by sentence. */
    public static Report score(List<List<String>> gold, List<List<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold sentences but " + predicted.size() + " predicted");
        }
        Map<String, int[]> counts = new TreeMap<>();
        int[] all = new int[3];
        for (int s = 0; s < gold.size(); s++) {
            if (gold.get(s).size() != predicted.get(s).size()) {
                throw new IllegalArgumentException("sentence " + s + " differs in length");
            }
            List<Chunk> g = chunks(gold.get(s));
            List<Chunk> p = chunks(predicted.get(s));
            Set<Chunk> goldSet = new HashSet<>(g);
            for (Chunk c : g) {
                counts.computeIfAbsent(c.type(), k -> new int[3])[0]++;
                all[0]++;
            }
            for (Chunk c : p) {
                int[] tc = counts.computeIfAbsent(c.type(), k -> new int[3]);
                tc[1]++;
                all[1]++;
                if (goldSet.contains(c)) {
                    tc[2]++;
                    all[2]++;
                }
            }
        }
        Map<String, Counts> byType = new TreeMap<>();
        counts.forEach((t, c) -> byType.put(t, new Counts(c[0], c[1], c[2])));
        return new Report(new Counts(all[0], all[1], all[2]), byType);
    }
}
