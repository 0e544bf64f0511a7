package org.mizan.analysis.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.mizan.analysis.ActorFinder;
import org.mizan.analysis.ner.ArabicForms;
import org.mizan.model.Actor;
import org.mizan.model.EntityType;
import org.mizan.model.Mention;

/**
 * Groups mentions into actors under one canonical name. Names match on a spelling skeleton
 * (folded letters without long vowels, so الأميركية and الأمريكية agree); a one-word person
 * mention joins the full name ending in that word (السوداني → محمد شياع السوداني), the nearest
 * one before it if several do; gazetteer aliases and capitals arrive already mapped to their
 * canonical name.
 */
final class AliasGrouper {

    private final Predicate<String> locationHead;

    /** @param locationHead whether a folded word heads a place name (قطاع غزة → غزة) */
    AliasGrouper(Predicate<String> locationHead) {
        this.locationHead = locationHead;
    }

    ActorFinder.Result group(List<MentionDraft> drafts) {
        List<String> canonical = new ArrayList<>();
        for (MentionDraft d : drafts) {
            canonical.add(d.canonical());
        }
        // Skeletons are computed once per mention and looked up by value: comparing every mention with
        // every other made a long article quadratic (a 2 MB article spent seconds here).
        String[] skeletons = new String[drafts.size()];
        Map<String, java.util.TreeSet<Integer>> bySkeleton = new HashMap<>();
        for (int j = 0; j < drafts.size(); j++) {
            skeletons[j] = skeletonOf(canonical.get(j));
            bySkeleton.computeIfAbsent(skeletons[j], k -> new java.util.TreeSet<>()).add(j);
        }
        // a place named with its head (قطاع غزة، مدينة حلب) is the place named without it
        for (int i = 0; i < drafts.size(); i++) {
            String[] words = canonical.get(i).split(" ", 2);
            if (drafts.get(i).type() != EntityType.LOCATION || words.length < 2
                    || !locationHead.test(ArabicForms.key(words[0]))) {
                continue;
            }
            int j = firstOtherThan(i, bySkeleton.get(skeletonOf(words[1])));   // the first such mention, as a scan finds it
            if (j >= 0) {
                bySkeleton.get(skeletons[i]).remove(i);
                canonical.set(i, canonical.get(j));
                skeletons[i] = skeletons[j];
                bySkeleton.get(skeletons[i]).add(i);
            }
        }
        // family names → the full name they close
        // and a two- or three-word family name (عبد الحليم، ولد بوحبيني) → the longer name it closes
        Map<String, List<Integer>> fullByLastWord = new HashMap<>();
        for (int j = 0; j < drafts.size(); j++) {
            MentionDraft full = drafts.get(j);
            if (full.type() == EntityType.PERSON && full.tokens() >= 2) {
                String[] words = full.canonical().split(" ");
                for (int n = 1; n <= 3 && n < words.length; n++) {
                    String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
                    fullByLastWord.computeIfAbsent(skeletonOf(tail), k -> new ArrayList<>()).add(j);
                }
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            MentionDraft d = drafts.get(i);
            if (d.type() != EntityType.PERSON || d.tokens() > 3) {
                continue;
            }
            int best = -1;
            for (int j : fullByLastWord.getOrDefault(skeletonOf(d.canonical()), List.of())) {
                MentionDraft full = drafts.get(j);
                if (full.tokens() <= d.tokens()) {
                    continue;
                }
                boolean before = full.span().start() < d.span().start();
                boolean bestBefore = best >= 0 && drafts.get(best).span().start() < d.span().start();
                if (best < 0 || (before && (!bestBefore || full.span().start() > drafts.get(best).span().start()))) {
                    best = j;
                }
            }
            if (best >= 0) {
                canonical.set(i, drafts.get(best).canonical());
            }
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            String key = skeletonOf(canonical.get(i));
            List<Integer> group = groups.get(key);
            if (group != null && drafts.get(group.get(0)).type() != drafts.get(i).type()
                    && !keyOf(canonical.get(group.get(0))).equals(keyOf(canonical.get(i)))) {
                // مصر / "مصراوي": skeletons drop long vowels, so two different names of different
                // types can share one; only a spelling variant of the same type, or the same name, joins
                key = key + '\t' + drafts.get(i).type();
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Mention> mentions = new HashMap<>();
        List<Actor> actors = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            String name = display(members, drafts, canonical);
            EntityType type = majorityType(members, drafts);
            boolean outlet = members.stream().anyMatch(i -> drafts.get(i).outlet()) && type == EntityType.ORGANIZATION;
            List<Mention> list = new ArrayList<>();
            for (int i : members) {
                Mention m = new Mention(drafts.get(i).span(), type, name, outlet);
                mentions.put(i, m);
                list.add(m);
            }
            actors.add(new Actor(name, type, list));
        }
        List<Mention> ordered = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ordered.add(mentions.get(i));
        }
        ordered.sort(java.util.Comparator.comparing(Mention::span));
        return new ActorFinder.Result(ordered, actors);
    }

    /** The folded words of a name (letters kept, unlike the skeleton). */
    private static String keyOf(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (String w : name.split(" ")) {
            if (!w.isEmpty()) {
                sb.append(ArabicForms.key(w)).append(' ');
            }
        }
        return sb.toString();
    }

    /** The smallest index in {@code indices} other than {@code i}, or -1. */
    private static int firstOtherThan(int i, java.util.TreeSet<Integer> indices) {
        if (indices == null) {
            return -1;
        }
        for (int j : indices) {
            if (j != i) {
                return j;
            }
        }
        return -1;
    }

    /** The spelling skeleton of a name, word by word (split by hand: a regex per call cost more than the rest). */
    static String skeleton(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        int n = name.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(name.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(name.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(NameWords.skeleton(ArabicForms.key(name.substring(start, i))));
            }
        }
        return sb.toString();
    }

    /** Skeletons of the names of one article, each computed once. */
    private final Map<String, String> skeletons = new HashMap<>();

    private String skeletonOf(String name) {
        return skeletons.computeIfAbsent(name, AliasGrouper::skeleton);
    }

    /** The canonical name: the one the mapping gave when a mention's canonical differs from its words, else the longest. */
    private static String display(List<Integer> members, List<MentionDraft> drafts, List<String> canonical) {
        for (int i : members) {
            if (!canonical.get(i).equals(drafts.get(i).name())) {
                return canonical.get(i);
            }
        }
        String best = canonical.get(members.get(0));
        for (int i : members) {
            if (canonical.get(i).length() > best.length()) {
                best = canonical.get(i);
            }
        }
        return best;
    }

    private static EntityType majorityType(List<Integer> members, List<MentionDraft> drafts) {
        Map<EntityType, Integer> votes = new LinkedHashMap<>();
        for (int i : members) {
            votes.merge(drafts.get(i).type(), 1, Integer::sum);
        }
        EntityType best = drafts.get(members.get(0)).type();
        for (var e : votes.entrySet()) {
            if (e.getValue() > votes.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
