package org.mizan.analysis.ner;

import java.util.List;

/**
 * The BIO label set over PERS, LOC, ORG, MISC, as dense indices, and which transitions BIO
 * allows (an I-X only continues a B-X or I-X).
 */
public final class Labels {

    public static final List<String> ALL = List.of("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG",
            "B-MISC", "I-MISC");
    public static final int COUNT = ALL.size();
    public static final int O = 0;

    private static final boolean[][] ALLOWED = new boolean[COUNT][COUNT];
    private static final boolean[] START_ALLOWED = new boolean[COUNT];

    static {
        for (int cur = 0; cur < COUNT; cur++) {
            START_ALLOWED[cur] = !isInside(cur);
            for (int prev = 0; prev < COUNT; prev++) {
                ALLOWED[prev][cur] = !isInside(cur) || (prev != O && type(prev).equals(type(cur)));
            }
        }
    }

    private Labels() {
    }

    public static int index(String tag) {
        int i = ALL.indexOf(tag);
        if (i < 0) {
            throw new IllegalArgumentException("unknown tag: " + tag);
        }
        return i;
    }

    public static String name(int label) {
        return ALL.get(label);
    }

    public static boolean isInside(int label) {
        return label != O && ALL.get(label).startsWith("I-");
    }

    public static boolean isBegin(int label) {
        return label != O && ALL.get(label).startsWith("B-");
    }

    /** "PERS", "LOC" ... or "" for O. */
    public static String type(int label) {
        return label == O ? "" : ALL.get(label).substring(2);
    }

    public static boolean allowed(int prev, int cur) {
        return ALLOWED[prev][cur];
    }

    public static boolean allowedAtStart(int cur) {
        return START_ALLOWED[cur];
    }
}
