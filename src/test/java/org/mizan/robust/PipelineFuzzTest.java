package org.mizan.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;

/**
 * Jazzer fuzz tests of the analysis pipeline on raw strings, past the readers' cleaning. Regression
 * mode over {@code src/test/resources/org/mizan/robust/PipelineFuzzTestInputs/<method>/} in
 * {@code mvn verify}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
@Tag("fuzz")
class PipelineFuzzTest {

    /** Seeds are plain UTF-8 text files, readable and easy to add to. */
    @FuzzTest(maxDuration = "10m")
    void utf8(byte[] data) {
        FuzzTargets.analyze(new String(data, StandardCharsets.UTF_8));
    }

    /** Every UTF-16 code unit sequence, lone surrogates included, which no decoder would produce. */
    @FuzzTest(maxDuration = "10m")
    void utf16(byte[] data) {
        char[] chars = new char[data.length / 2];
        ByteBuffer.wrap(data, 0, chars.length * 2).asCharBuffer().get(chars);
        FuzzTargets.analyze(new String(chars));
    }

    /** Decoded the lenient way the reader decodes windows-1256 files. */
    @FuzzTest(maxDuration = "10m")
    void windows1256(byte[] data) throws Exception {
        String text = java.nio.charset.Charset.forName("windows-1256").newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(data)).toString();
        FuzzTargets.analyze(text);
    }
}
