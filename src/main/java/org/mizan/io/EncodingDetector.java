package org.mizan.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the encoding of a text file's bytes. In order: a byte order mark; UTF-16 without one
 * (its high bytes take very few values); strict UTF-8 validation (legacy Arabic text is almost
 * never valid UTF-8); then, for legacy single-byte text, ICU4J's CharsetDetector proposes code
 * pages, each candidate's decoding is scored for oddities (Arabic and Latin letters mixed in one
 * word, capitals inside words, misplaced marks, control characters), and between windows-1256 and
 * ISO-8859-6, which ICU often confuses on short Arabic texts, a vote on the byte ranges only one
 * of them reads as Arabic, plus the definite article ال, decides. The confidence says how clear
 * the winner was; short texts of letters both code pages share come out unsure.
 */
final class EncodingDetector {

    private static final int SAMPLE = 8192;
    /** Characters of each candidate decoding that are scored (a long article needs no more to tell code pages apart). */
    private static final int SCORED_CHARS = 65_536;

    /** For each byte value, whether windows-1256 / ISO-8859-6 decode it to an Arabic character; from the JDK's own tables. */
    private static final boolean[] ARABIC_IN_1256 = arabicTable(TextEncoding.WINDOWS_1256.charset());
    private static final boolean[] ARABIC_IN_8859_6 = arabicTable(TextEncoding.ISO_8859_6.charset());

    /** Guesses the encoding of {@code bytes}; {@code markup} lets ICU skip HTML tags. */
    CharsetGuess detect(byte[] bytes, boolean markup) {
        Optional<CharsetGuess> bom = byteOrderMark(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<TextEncoding> utf16 = bomlessUtf16(bytes);
        if (utf16.isPresent()) {
            return new CharsetGuess(utf16.get(), bytes.length >= 32 ? 90 : 65, List.of(),
                    "UTF-16 byte pattern without a byte order mark");
        }
        if (decodes(bytes, StandardCharsets.UTF_8)) {
            int multiByte = 0;
            for (byte b : bytes) {
                if ((b & 0xC0) == 0xC0) {
                    multiByte++;
                }
            }
            if (multiByte == 0) {
                return CharsetGuess.certain(TextEncoding.UTF_8, "ASCII only");
            }
            // A single non-ASCII character could be a coincidence; a few cannot.
            return new CharsetGuess(TextEncoding.UTF_8, multiByte >= 3 ? 100 : 80, List.of(), "valid UTF-8");
        }
        return legacy(bytes, markup);
    }

    private static Optional<CharsetGuess> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(CharsetGuess.certain(TextEncoding.UTF_8_BOM, "byte order mark"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(CharsetGuess.certain(TextEncoding.UTF_16LE_BOM, "byte order mark"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(CharsetGuess.certain(TextEncoding.UTF_16BE_BOM, "byte order mark"));
        }
        return Optional.empty();
    }

    /**
     * UTF-16 text has one byte of each pair taking very few values (0x00 for ASCII, 0x06 for Arabic)
     * while the other varies; a strict decode then rules out binary data and UTF-8 (whose Arabic
     * lead bytes D8/D9 would be unpaired surrogates).
     */
    private static Optional<TextEncoding> bomlessUtf16(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return Optional.empty();
        }
        int n = Math.min(b.length, SAMPLE);
        n -= n % 2;
        int[] even = new int[256];
        int[] odd = new int[256];
        for (int i = 0; i < n; i += 2) {
            even[b[i] & 0xFF]++;
            odd[b[i + 1] & 0xFF]++;
        }
        double units = n / 2.0;
        double evenTop = topTwo(even) / units;
        double oddTop = topTwo(odd) / units;
        TextEncoding candidate = null;
        if (oddTop >= 0.85 && evenTop < 0.7) {
            candidate = TextEncoding.UTF_16LE;
        } else if (evenTop >= 0.85 && oddTop < 0.7) {
            candidate = TextEncoding.UTF_16BE;
        }
        if (candidate == null) {
            return Optional.empty();
        }
        // The constant byte must be the high byte of ASCII (00) or of the Arabic block (06): legacy
        // single-byte text never holds 00 or 06, while a short Arabic word in ISO-8859-6 can repeat a
        // letter byte in every other place and pass the histogram test by chance.
        int[] high = candidate.equals(TextEncoding.UTF_16LE) ? odd : even;
        if (high[0x00] + high[0x06] < 0.6 * units) {
            return Optional.empty();
        }
        Optional<String> text = decode(b, candidate.charset());
        return text.isPresent() && readableShare(text.get()) >= 0.95 ? Optional.of(candidate) : Optional.empty();
    }

    /** Share of non-space characters that are Arabic, Latin, digits, punctuation or marks (not CJK, Hangul, controls...). */
    static double readableShare(String text) {
        int all = 0;
        int readable = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            all++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean control = Character.getType(cp) == Character.CONTROL || cp == 0xFFFD;
            if (!control && (script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.LATIN
                    || script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED)) {
                readable++;
            }
        }
        return all == 0 ? 1 : readable / (double) all;
    }

    private static int topTwo(int[] histogram) {
        int[] sorted = histogram.clone();
        Arrays.sort(sorted);
        return sorted[255] + sorted[254];
    }

    private record Candidate(TextEncoding encoding, String text, double oddity, int icuConfidence) {

        /** An Arabic code page whose decoding is overwhelmingly Arabic letters, with few oddities. */
        boolean looksArabic() {
            return isArabicCodePage(encoding) && oddity <= 0.15 && ArabicLetters.arabicShare(text) >= 0.9;
        }
    }

    private CharsetGuess legacy(byte[] bytes, boolean markup) {
        List<CharsetMatch> icu = icuMatches(bytes, markup);
        Set<Charset> names = new LinkedHashSet<>();
        names.add(TextEncoding.WINDOWS_1256.charset());
        names.add(TextEncoding.ISO_8859_6.charset());
        for (CharsetMatch m : icu) {
            supported(m.getName()).ifPresent(names::add);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Charset cs : names) {
            Optional<String> text = decode(bytes, cs);
            if (text.isEmpty()) {
                continue;
            }
            int icuConfidence = icu.stream().filter(m -> supported(m.getName()).orElse(null) == cs)
                    .mapToInt(CharsetMatch::getConfidence).max().orElse(0);
            // The whole file must decode; scoring a long prefix of it tells the readings apart as well.
            String sample = text.get().length() > SCORED_CHARS ? text.get().substring(0, SCORED_CHARS) : text.get();
            candidates.add(new Candidate(TextEncoding.of(cs), sample, oddityRate(sample), icuConfidence));
        }
        if (candidates.isEmpty()) {
            // windows-1256 maps every byte, so this is unreachable in practice; keep a total function.
            return new CharsetGuess(TextEncoding.WINDOWS_1256, 0, List.of(), "no encoding fits");
        }
        candidates.sort(Comparator.comparingDouble(Candidate::oddity)
                .thenComparing(Comparator.comparingInt(Candidate::icuConfidence).reversed()));
        List<Candidate> arabic = candidates.stream().filter(Candidate::looksArabic).toList();
        if (!arabic.isEmpty()) {
            // An Arabic reader's files are Arabic: when an Arabic code page reads the bytes as Arabic
            // letters, another script's code page that ICU or the oddity score prefers (KOI8-R, Big5,
            // ISO-8859-5 on short texts) is only an alternative.
            return arabicCodePage(arabic, candidates, icu);
        }
        double best = candidates.getFirst().oddity();
        // Candidates whose decodings are about equally plausible: the text itself cannot tell them apart.
        List<Candidate> tied = candidates.stream().filter(c -> c.oddity() - best < 0.01).toList();
        double runnerUp = candidates.stream().filter(c -> c.oddity() - best >= 0.01)
                .mapToDouble(Candidate::oddity).min().orElse(1.0);

        TextEncoding pick;
        int confidence;
        String basis;
        boolean has1256 = find(tied, TextEncoding.WINDOWS_1256).isPresent();
        boolean has8859 = find(tied, TextEncoding.ISO_8859_6).isPresent();
        Candidate icuTop = tied.stream().max(Comparator.comparingInt(Candidate::icuConfidence)).orElseThrow();
        // ICU is only trusted over the Arabic prior when it is fairly sure of another script's code page.
        boolean icuForeign = icuTop.icuConfidence() >= 50 && !isArabicCodePage(icuTop.encoding());
        if (tied.size() == 1) {
            pick = tied.getFirst().encoding();
            confidence = runnerUp - best >= 0.05 ? 90 : 70;
            basis = "only plausible decoding";
        } else if ((has1256 || has8859) && !icuForeign) {
            if (has1256 && has8859) {
                int[] votes = byteRangeVotes(bytes);
                // The definite article: ال is C7 E1 in windows-1256 and C7 E4 in ISO-8859-6, and starts
                // a good share of the words of any Arabic sentence; the wrong code page reads it as اف or ان.
                int article1256 = definiteArticles(decode(bytes, TextEncoding.WINDOWS_1256.charset()).orElse(""));
                int article8859 = definiteArticles(decode(bytes, TextEncoding.ISO_8859_6.charset()).orElse(""));
                int for1256 = votes[0] + 2 * article1256;
                int for8859 = votes[1] + 2 * article8859;
                int total = for1256 + for8859;
                if (total == 0 || for1256 == for8859) {
                    pick = icuPrefers(icu, TextEncoding.ISO_8859_6) ? TextEncoding.ISO_8859_6 : TextEncoding.WINDOWS_1256;
                    confidence = 40;
                    basis = "windows-1256 and ISO-8859-6 read these bytes alike";
                } else {
                    pick = for1256 > for8859 ? TextEncoding.WINDOWS_1256 : TextEncoding.ISO_8859_6;
                    double margin = Math.abs(for1256 - for8859) / (double) total;
                    confidence = (int) Math.round(35 + 40 * margin + Math.min(20, Math.max(for1256, for8859)));
                    basis = "Arabic byte ranges and the definite article";
                }
            } else {
                pick = has1256 ? TextEncoding.WINDOWS_1256 : TextEncoding.ISO_8859_6;
                confidence = 55;
                basis = "Arabic code page, other code pages read it as plausibly";
            }
        } else {
            pick = icuTop.icuConfidence() > 0 ? icuTop.encoding() : tied.getFirst().encoding();
            confidence = Math.min(55, icuTop.icuConfidence());
            basis = "ICU charset detector";
        }
        if (icuPrefers(icu, pick)) {
            confidence += 5;
        }
        confidence = Math.clamp(confidence, 0, 99);
        List<TextEncoding> alternatives = candidates.stream().map(Candidate::encoding)
                .filter(e -> !e.equals(pick)).limit(4).toList();
        return new CharsetGuess(pick, confidence, alternatives, basis);
    }

    /**
     * Picks between the Arabic code pages whose decodings look Arabic. With only one, it wins. With
     * both, they read the same bytes as different Arabic letters, and the likelier Arabic text wins:
     * letter frequencies (the wrong page turns the commonest letters ل م ن ه و ي into rarer ones)
     * plus the definite article ال. The confidence grows with the evidence; letters both pages read
     * alike give none, and the guess comes out unsure.
     */
    private static CharsetGuess arabicCodePage(List<Candidate> arabic, List<Candidate> all, List<CharsetMatch> icu) {
        TextEncoding pick;
        int confidence;
        String basis;
        if (arabic.size() == 1) {
            Candidate only = arabic.getFirst();
            pick = only.encoding();
            int letters = ArabicLetters.count(only.text());
            confidence = letters >= 6 ? 92 : letters >= 3 ? 75 : 55;
            basis = "only Arabic reading";
        } else {
            Candidate w = find(arabic, TextEncoding.WINDOWS_1256).orElseThrow();
            Candidate i = find(arabic, TextEncoding.ISO_8859_6).orElseThrow();
            double evidence = ArabicLetters.logLikelihood(w.text()) - ArabicLetters.logLikelihood(i.text())
                    + ARTICLE_WEIGHT * (definiteArticles(w.text()) - definiteArticles(i.text()))
                    // Oddities (a tanween inside a word, a mark with no letter) count against a reading too.
                    - ODDITY_WEIGHT * ArabicLetters.count(w.text()) * (w.oddity() - i.oddity());
            if (Math.abs(evidence) < 1e-9) {
                pick = icuPrefers(icu, TextEncoding.ISO_8859_6) ? TextEncoding.ISO_8859_6 : TextEncoding.WINDOWS_1256;
                confidence = 40;
                basis = "windows-1256 and ISO-8859-6 read these bytes alike";
            } else {
                pick = evidence > 0 ? TextEncoding.WINDOWS_1256 : TextEncoding.ISO_8859_6;
                confidence = (int) Math.min(95, 40 + 12 * Math.abs(evidence));
                basis = "Arabic letter frequencies and the definite article";
            }
        }
        TextEncoding chosen = pick;
        List<TextEncoding> alternatives = all.stream().map(Candidate::encoding).filter(e -> !e.equals(chosen))
                .sorted(Comparator.comparing((TextEncoding e) -> !isArabicCodePage(e))).limit(4).toList();
        return new CharsetGuess(chosen, Math.clamp(confidence, 0, 99), alternatives, basis);
    }

    /** Nats of evidence one definite article gives (beyond its letters' frequencies). */
    private static final double ARTICLE_WEIGHT = 1.5;
    /** Nats per letter for each unit of oddity rate. */
    private static final double ODDITY_WEIGHT = 4.0;

    private static final java.util.regex.Pattern DEFINITE = java.util.regex.Pattern.compile(
            "(?<![\\p{IsArabic}])[وفبكل]?ال\\p{IsArabic}");

    /** Words starting with the definite article ال (after an optional و ف ب ك ل). */
    static int definiteArticles(String text) {
        return (int) DEFINITE.matcher(text).results().count();
    }

    private static boolean isArabicCodePage(TextEncoding e) {
        return e.equals(TextEncoding.WINDOWS_1256) || e.equals(TextEncoding.ISO_8859_6);
    }

    private static Optional<Candidate> find(List<Candidate> list, TextEncoding e) {
        return list.stream().filter(c -> c.encoding().equals(e)).findFirst();
    }

    /**
     * Votes between the two Arabic single-byte charsets: a byte one of them reads as an Arabic
     * character and the other as a Latin letter, a symbol or nothing is evidence for the first
     * (ه و ى ي are E7-EA in ISO-8859-6 but ç è é ê in windows-1256; غ ـ ف ق ك are DB-DF in
     * windows-1256 and unassigned in ISO-8859-6).
     *
     * @return {windows-1256 votes, ISO-8859-6 votes}
     */
    static int[] byteRangeVotes(byte[] bytes) {
        int[] votes = new int[2];
        for (byte x : bytes) {
            int b = x & 0xFF;
            if (ARABIC_IN_1256[b] && !ARABIC_IN_8859_6[b]) {
                votes[0]++;
            } else if (ARABIC_IN_8859_6[b] && !ARABIC_IN_1256[b]) {
                votes[1]++;
            }
        }
        return votes;
    }

    /**
     * Share of letters that sit oddly in a decoding: control characters from the C1 range, words
     * mixing Arabic and Latin letters (an Arabic text read in the wrong code page), capitals right
     * after small letters, combining marks with no letter to sit on, and tanween inside a word
     * (it only ends words).
     */
    static double oddityRate(String text) {
        int letters = 0;
        int odd = 0;
        Character.UnicodeScript wordScript = null;
        boolean mixedWord = false;
        int prev = ' ';
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isLetter(cp)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                // Tatweel and other shared letters (script COMMON) belong to any word.
                if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                    if (wordScript == null) {
                        wordScript = script;
                    } else if (script != wordScript) {
                        mixedWord = true;
                    }
                }
                // Tanween only ends a word; but tanween fath is commonly typed before the final alef
                // or alef maksura (شكرًا، هدًى), so those are not odd.
                if (prev >= 0x064B && prev <= 0x064D && !(prev == 0x064B && (cp == 0x0627 || cp == 0x0649))) {
                    odd++;
                }
                // "нС", "äÇ": a capital after a small letter inside a word is what a wrong code page makes of Arabic.
                if (Character.isUpperCase(cp) && Character.isLowerCase(prev)) {
                    odd++;
                }
            } else if (type == Character.NON_SPACING_MARK) {
                if (!Character.isLetter(prev) && Character.getType(prev) != Character.NON_SPACING_MARK) {
                    odd++;
                }
            } else {
                if (mixedWord) {
                    odd++;
                }
                wordScript = null;
                mixedWord = false;
                if ((type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f')
                        || cp == 0xFFFD) {
                    odd++;
                }
            }
            prev = cp;
        }
        if (mixedWord) {
            odd++;
        }
        return letters == 0 ? (odd == 0 ? 0 : 1) : Math.min(1.0, odd / (double) letters);
    }

    private static List<CharsetMatch> icuMatches(byte[] bytes, boolean markup) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(markup);
        detector.setText(bytes.length > SAMPLE ? Arrays.copyOf(bytes, SAMPLE) : bytes);
        CharsetMatch[] all = detector.detectAll();
        return all == null ? List.of() : List.of(all);
    }

    private static boolean icuPrefers(List<CharsetMatch> icu, TextEncoding e) {
        return !icu.isEmpty() && supported(icu.getFirst().getName()).map(e.charset()::equals).orElse(false);
    }

    private static Optional<Charset> supported(String name) {
        try {
            Charset cs = Charset.forName(name);
            // UTF encodings were already ruled out above; ICU's guess of one here is noise.
            return cs.name().startsWith("UTF") ? Optional.empty() : Optional.of(cs);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean decodes(byte[] bytes, Charset cs) {
        return decode(bytes, cs).isPresent();
    }

    static Optional<String> decode(byte[] bytes, Charset cs) {
        try {
            return Optional.of(cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean[] arabicTable(Charset cs) {
        boolean[] table = new boolean[256];
        for (int b = 0x80; b < 0x100; b++) {
            Optional<String> s = decode(new byte[] {(byte) b}, cs);
            if (s.isPresent() && !s.get().isEmpty()) {
                int cp = s.get().codePointAt(0);
                table[b] = (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0xFB50 && cp <= 0xFEFF);
            }
        }
        return table;
    }
}
