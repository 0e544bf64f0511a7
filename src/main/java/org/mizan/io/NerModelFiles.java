package org.mizan.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mizan.analysis.ner.NerModel;
import org.mizan.analysis.ner.NerModelCodec;

/** Reads a NER model file written by {@code mizan train-ner}. */
public final class NerModelFiles {

    public NerModel read(Path file) throws UnusableInputException {
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException("cannot open " + file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return NerModelCodec.read(in);
        } catch (IOException e) {
            throw new UnusableInputException(file + " is not a Mizan NER model: " + e.getMessage(), e);
        }
    }
}
