package org.mizan.text;

import java.util.OptionalDouble;

/**
 * Values of digit strings in any script: ASCII, Arabic-Indic (٠-٩) and Persian (۰-۹), with grouping
 * and decimal separators as news prints them: "1,200.5", "١٬٢٠٠٫٥", "3,5" (decimal comma),
 * "1.200.000" (dotted grouping).
 */
public final class ArabicNumbers {

    private ArabicNumbers() {
    }

    /** The digit's value for any Unicode decimal digit, or -1. */
    public static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        return Character.isDigit(c) ? Character.digit(c, 10) : -1;
    }

    /**
     * The value of a number token, or empty when it is not one. A separator followed by exactly
     * three digits groups thousands (unless it is the only separator of its kind after a different
     * one, as in "1,200.5"); "." or "٫" otherwise marks decimals; a lone comma before one or two
     * digits is a decimal comma ("3,5").
     */
    public static OptionalDouble parse(CharSequence s) {
        int n = s.length();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        // Find separators and the length of each digit group.
        int lastSep = -1;
        char lastSepChar = 0;
        int groups = 0;
        int dots = 0;
        int commas = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (digitValue(c) >= 0) {
                continue;
            }
            if (c == '.' || c == '\u066B') {
                dots++;
            } else if (c == ',' || c == '\u066C') {
                commas++;
            } else {
                return OptionalDouble.empty();
            }
            if (i == 0 || i == n - 1 || digitValue(s.charAt(i - 1)) < 0) {
                return OptionalDouble.empty();
            }
            lastSep = i;
            lastSepChar = c;
            groups++;
        }
        int decimalAt = -1;
        if (groups > 0) {
            int tail = n - lastSep - 1;
            boolean lastIsDot = lastSepChar == '.' || lastSepChar == '\u066B';
            int sameKind = lastIsDot ? dots : commas;
            boolean otherKindPresent = lastIsDot ? commas > 0 : dots > 0;
            if (lastSepChar == '\u066B') {
                decimalAt = lastSep;                                  // Arabic decimal sign
            } else if (lastSepChar == '\u066C') {
                decimalAt = -1;                                       // Arabic thousands sign
            } else if (otherKindPresent && sameKind == 1) {
                decimalAt = lastSep;                                  // 1,200.5 and 1.200,5
            } else if (sameKind > 1) {
                decimalAt = -1;                                       // 1,200,000 and 1.200.000
            } else if (tail == 3 && !lastIsDot) {
                decimalAt = -1;                                       // 1,200
            } else {
                decimalAt = lastSep;                                  // 3.5, 2.500, 3,5
            }
        }
        StringBuilder ascii = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int d = digitValue(s.charAt(i));
            if (i == decimalAt) {
                ascii.append('.');
            } else if (d >= 0) {
                ascii.append((char) ('0' + d));
            }
        }
        double value = Double.parseDouble(ascii.toString());
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** Number of digits before any decimal separator: "2014" has 4, "1,200" has 4. */
    public static int integerDigits(CharSequence s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (digitValue(c) >= 0) {
                count++;
            } else if (c == '.' || c == '\u066B') {
                break;
            }
        }
        return count;
    }
}
