package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliContractTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(Cli.commandLine(new PrintWriter(out), new PrintWriter(err)), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void analyzePrintsJsonWithOffsetsIntoTheDecodedText() throws Exception {
        String text = "قال وزير الخارجية إن المحادثات ستبدأ غداً.";
        Path f = dir.resolve("مقال.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Run r = run("analyze", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(text.length(), json.get("chars").asInt());
        assertEquals(f.toString(), json.get("file").asText());
        for (String key : new String[] {"entities", "figures", "claims", "contradictions"}) {
            assertTrue(json.get(key).isArray(), key);
        }
        for (String key : new String[] {"entities", "figures", "claims"}) {
            for (JsonNode n : json.get(key)) {
                assertEquals(text.substring(n.get("start").asInt(), n.get("end").asInt()), n.get("text").asText());
            }
        }
    }

    @Test
    void analyzeW3cPrintsWebAnnotationJsonLdForTheFile() throws Exception {
        Path f = dir.resolve("مقال.txt");
        Files.writeString(f, "قال وزير الخارجية إن المحادثات ستبدأ غداً.", StandardCharsets.UTF_8);
        Run r = run("analyze", "--format", "w3c", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("http://www.w3.org/ns/anno.jsonld", json.get("@context").asText());
        assertEquals("AnnotationCollection", json.get("type").asText());
        assertTrue(json.get("first").get("items").isArray());
        assertEquals(json.get("total").asInt(), json.get("first").get("items").size());
    }

    @Test
    void binaryInputIsUnusableInputWithOneLine() throws Exception {
        byte[] noise = new byte[2048];
        new java.util.Random(3).nextBytes(noise);
        Path f = Files.write(dir.resolve("ضجيج.txt"), noise);
        Run r = run("analyze", f.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(f.toString()) && r.err().contains("not a text file"), r.err());
    }

    @Test
    void missingFileIsUnusableInputWithOneLineAndNoStackTrace() {
        Run r = run("analyze", dir.resolve("absent.txt").toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("at org."), r.err());
    }

    @Test
    void emptyFileIsUnusableInput() throws Exception {
        Path f = Files.createFile(dir.resolve("empty.txt"));
        Run r = run("analyze", f.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("empty"), r.err());
    }

    @Test
    void unknownFormatAndMissingArgumentsAreBadArguments() {
        assertEquals(Cli.BAD_INPUT, run("analyze", "--format", "xml", "x.txt").code());
        assertEquals(Cli.BAD_INPUT, run("export", "x.txt").code());
        assertEquals(Cli.BAD_INPUT, run("ner").code());
        assertEquals(Cli.BAD_INPUT, run("stance").code());
        assertEquals(Cli.BAD_INPUT, run("no-such-command").code());
    }

    @Test
    void everyContractCommandExists() {
        var cl = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (String name : new String[] {"analyze", "export", "ner", "stance", "train-ner"}) {
            assertTrue(cl.getSubcommands().containsKey(name), name);
        }
    }
}
