package org.mizan.ui;

/**
 * Minimal folding used until the text core's normaliser is merged: drops harakat, superscript alef
 * and tatweel, maps hamzated alefs and alef wasla to bare alef and alef maqsura to yaa.
 */
final class InterimArabicFolding implements TextFolding {

    @Override
    public Folded fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] starts = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue;
            }
            char f = switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
                case '\u0649' -> '\u064A';
                default -> c;
            };
            sb.append(f);
            starts[n++] = i;
        }
        int count = n;
        String folded = sb.toString();
        return new Folded() {
            @Override
            public String text() {
                return folded;
            }

            @Override
            public int originalStart(int index) {
                return starts[index];
            }

            @Override
            public int originalEnd(int index) {
                // A match ends after its last letter and any marks that follow it.
                int end = index + 1 < count ? starts[index + 1] : text.length();
                int e = starts[index] + 1;
                while (e < end && isMark(text.charAt(e))) {
                    e++;
                }
                return e;
            }
        };
    }

    private static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
    }
}
