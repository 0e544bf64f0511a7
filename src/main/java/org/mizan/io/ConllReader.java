package org.mizan.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mizan.analysis.ner.Labels;
import org.mizan.analysis.ner.TaggedSentence;

/**
 * Reads CoNLL files: one token per line (first column), optionally a tag (last column),
 * sentences separated by blank lines. UTF-8 only; anything else is unusable input.
 */
public final class ConllReader {

    /** Token sentences; any further columns are ignored. */
    public List<List<String>> readTokens(Path file) throws UnusableInputException {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines(file)) {
            String[] f = line.strip().split("\\s+");
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(f[0]);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        if (out.isEmpty()) {
            throw new UnusableInputException(file + " has no tokens");
        }
        return out;
    }

    /** Tagged sentences for training: every token line needs a BIO tag (PERS, LOC, ORG, MISC) last. */
    public List<TaggedSentence> readTagged(Path file) throws UnusableInputException {
        List<TaggedSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines(file)) {
            lineNo++;
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    out.add(new TaggedSentence(tokens, tags));
                    tokens = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                continue;
            }
            String[] f = line.strip().split("\\s+");
            String tag = f[f.length - 1];
            if (f.length < 2 || !Labels.ALL.contains(tag)) {
                throw new UnusableInputException(file + " line " + lineNo + ": expected 'token TAG' with a BIO tag, got: "
                        + line.strip());
            }
            tokens.add(f[0]);
            tags.add(tag);
        }
        if (!tokens.isEmpty()) {
            out.add(new TaggedSentence(tokens, tags));
        }
        if (out.isEmpty()) {
            throw new UnusableInputException(file + " has no tagged sentences");
        }
        return out;
    }

    private static List<String> lines(Path file) throws UnusableInputException {
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException("cannot open " + file + ": no such file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new UnusableInputException(file + " is empty");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnusableInputException(file + " is binary, not CoNLL text");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnusableInputException(file + " is not UTF-8 text", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().toList();
    }
}
