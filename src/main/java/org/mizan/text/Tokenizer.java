package org.mizan.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into {@link Token}s with offsets into the text as given. Stateless and thread-safe.
 *
 * <ul>
 *   <li>WORD: letters of any script with their combining marks, tatweel and ZWNJ/ZWJ inside them
 *       (كتابٌ، ﻻ، naïve). Digits end a word: "بـ150" is the word "بـ" and the number "150".</li>
 *   <li>NUMBER: digits of any script with inner grouping and decimal separators followed by a digit
 *       ("1,200.5", "١٬٢٠٠٫٥", "3,5"); a trailing full stop stays punctuation.</li>
 *   <li>URL (http://, https://, www.), HANDLE (@name), HASHTAG (#وسم_عربي).</li>
 *   <li>PUNCTUATION and SYMBOL: one character each, by Unicode general category.</li>
 * </ul>
 * Whitespace and bidi controls between tokens are skipped.
 *
 * <p>Character classes come from ICU's {@link UCharacter} (Unicode 16 properties), cached in a
 * table for the BMP so the scan stays a table lookup per character. ICU's word BreakIterator is not
 * used: it has no notion of URLs, handles or hashtags, and its numeric rules do not glue Arabic
 * clitics and tatweel the way Arabic news writes them.
 */
public final class Tokenizer {

    static final byte SPACE = 0;
    static final byte LETTER = 1;
    static final byte MARK = 2;      // combining marks, tatweel: continue a word
    static final byte JOINER = 3;    // ZWNJ, ZWJ: continue a word only between letters
    static final byte DIGIT = 4;
    static final byte PUNCT = 5;
    static final byte SYMBOL = 6;
    static final byte FORMAT = 7;    // bidi and other format controls: skipped like space

    private static final byte[] CLASS = buildClasses();

    public List<Token> tokenize(CharSequence text) {
        int n = text.length();
        List<Token> out = new ArrayList<>(Math.max(16, n / 5));
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            byte cls = classOf(text, i);
            switch (cls) {
                case SPACE, FORMAT -> i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                case LETTER, MARK -> {
                    int end = (c == 'h' || c == 'H' || c == 'w' || c == 'W') ? urlEnd(text, i) : -1;
                    if (end > 0) {
                        out.add(new Token(i, end, TokenKind.URL));
                    } else {
                        end = wordEnd(text, i);
                        out.add(new Token(i, end, TokenKind.WORD));
                    }
                    i = end;
                }
                case DIGIT -> {
                    int end = numberEnd(text, i);
                    out.add(new Token(i, end, TokenKind.NUMBER));
                    i = end;
                }
                case JOINER -> i++;
                default -> {
                    int w = Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                    if ((c == '@' || c == '#') && i + 1 < n && !precededByWordChar(text, i)) {
                        int end = c == '@' ? handleEnd(text, i + 1) : hashtagEnd(text, i + 1);
                        if (end > i + 1) {
                            out.add(new Token(i, end, c == '@' ? TokenKind.HANDLE : TokenKind.HASHTAG));
                            i = end;
                            continue;
                        }
                    }
                    out.add(new Token(i, i + w, cls == SYMBOL ? TokenKind.SYMBOL : TokenKind.PUNCTUATION));
                    i += w;
                }
            }
        }
        return out;
    }

    /** The class of the character (or surrogate pair) at {@code i}. */
    static byte classOf(CharSequence text, int i) {
        char c = text.charAt(i);
        if (!Character.isSurrogate(c)) {
            return CLASS[c];
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            return classOfCodePoint(Character.toCodePoint(c, text.charAt(i + 1)));
        }
        return SYMBOL;
    }

    private static int step(CharSequence text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
    }

    private static int wordEnd(CharSequence text, int i) {
        int n = text.length();
        i += step(text, i);
        while (i < n) {
            byte cls = classOf(text, i);
            if (cls == LETTER || cls == MARK) {
                i += step(text, i);
            } else if (cls == JOINER && i + 1 < n && classOf(text, i + 1) == LETTER) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int numberEnd(CharSequence text, int i) {
        int n = text.length();
        while (i < n) {
            if (classOf(text, i) == DIGIT) {
                i += step(text, i);
            } else if (isNumberSeparator(text.charAt(i)) && i + 1 < n && classOf(text, i + 1) == DIGIT) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == '\u066B' || c == '\u066C';
    }

    private static boolean precededByWordChar(CharSequence text, int i) {
        if (i == 0) {
            return false;
        }
        byte cls = classOf(text, i - 1);
        return cls == LETTER || cls == DIGIT || cls == MARK;
    }

    private static int handleEnd(CharSequence text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int hashtagEnd(CharSequence text, int i) {
        int n = text.length();
        int start = i;
        while (i < n) {
            byte cls = classOf(text, i);
            if (cls == LETTER || cls == MARK || cls == DIGIT || text.charAt(i) == '_') {
                i += step(text, i);
            } else if (cls == JOINER && i + 1 < n && classOf(text, i + 1) == LETTER && i > start) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static final String[] URL_STARTS = {"https://", "http://", "www."};

    /** End of a URL starting at {@code i}, or -1. Trailing sentence punctuation is left out. */
    private static int urlEnd(CharSequence text, int i) {
        int n = text.length();
        boolean match = false;
        for (String s : URL_STARTS) {
            if (regionMatchesIgnoreCase(text, i, s) && i + s.length() < n
                    && classOf(text, i + s.length()) != SPACE) {
                match = true;
                break;
            }
        }
        if (!match || precededByWordChar(text, i)) {
            return -1;
        }
        int end = i;
        while (end < n) {
            char c = text.charAt(end);
            byte cls = classOf(text, end);
            if (cls == SPACE || cls == FORMAT || c == '"' || c == '<' || c == '>' || c == '«' || c == '»') {
                break;
            }
            end++;
        }
        while (end > i && ".,;:!?)]}'\"،؛؟".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static boolean regionMatchesIgnoreCase(CharSequence text, int at, String ascii) {
        if (at + ascii.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            char c = text.charAt(at + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] buildClasses() {
        byte[] t = new byte[0x10000];
        for (int c = 0; c < t.length; c++) {
            if (Character.isSurrogate((char) c)) {
                t[c] = SYMBOL;
            } else {
                t[c] = classOfCodePoint(c);
            }
        }
        return t;
    }

    private static byte classOfCodePoint(int cp) {
        if (cp == 0x200C || cp == 0x200D) {
            return JOINER;
        }
        if (cp == 0x0640) {
            return MARK;
        }
        if (UCharacter.isWhitespace(cp) || cp == 0x00A0 || cp == 0x202F || cp == 0x2007) {
            return SPACE;
        }
        int type = UCharacter.getType(cp);
        return switch (type) {
            case UCharacterCategory.UPPERCASE_LETTER, UCharacterCategory.LOWERCASE_LETTER,
                 UCharacterCategory.TITLECASE_LETTER, UCharacterCategory.MODIFIER_LETTER,
                 UCharacterCategory.OTHER_LETTER -> LETTER;
            case UCharacterCategory.NON_SPACING_MARK, UCharacterCategory.COMBINING_SPACING_MARK,
                 UCharacterCategory.ENCLOSING_MARK -> MARK;
            case UCharacterCategory.DECIMAL_DIGIT_NUMBER -> DIGIT;
            case UCharacterCategory.CONNECTOR_PUNCTUATION, UCharacterCategory.DASH_PUNCTUATION,
                 UCharacterCategory.START_PUNCTUATION, UCharacterCategory.END_PUNCTUATION,
                 UCharacterCategory.INITIAL_PUNCTUATION, UCharacterCategory.FINAL_PUNCTUATION,
                 UCharacterCategory.OTHER_PUNCTUATION -> PUNCT;
            case UCharacterCategory.FORMAT, UCharacterCategory.CONTROL, UCharacterCategory.UNASSIGNED,
                 UCharacterCategory.PRIVATE_USE, UCharacterCategory.LINE_SEPARATOR,
                 UCharacterCategory.PARAGRAPH_SEPARATOR, UCharacterCategory.SPACE_SEPARATOR -> FORMAT;
            default -> SYMBOL;
        };
    }
}
