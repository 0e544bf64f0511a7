package org.mizan.analysis.ner;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model's file format: gzip over a magic word, the version, the label count, the hashing
 * size, the number of passes, the buckets that have weights (gaps between them, ints) and their
 * rows (both passes' label weights as IEEE half floats: three significant digits are plenty for
 * perceptron weights and halve what must be inflated at start-up), each pass's transitions, then the window, the
 * lexicon and the word classes as sorted string tables (sorted so the same model always gives
 * the same bytes).
 *
 * <p>Everything is laid out in blocks of one primitive type so that reading is bulk copies out
 * of one inflated byte array: the model is read once in a cold JVM, where a per-value decoding
 * loop would run interpreted and take most of the 300 ms load budget.
 */
public final class NerModelCodec {

    private static final int MAGIC = 0x4D5A4E52; // "MZNR"
    private static final int VERSION = 4;
    /**
     * Version 4 plus a word of feature options at the end ({@link FeatureExtractor#REPORTING_VERBS},
     * {@link FeatureExtractor#CLITIC_FORMS}).
     */
    private static final int VERSION_WITH_OPTIONS = 5;
    private static final int L = Labels.COUNT;

    private NerModelCodec() {
    }

    public static void write(NerModel model, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 22);
        DataOutputStream d = new DataOutputStream(bytes);
        d.writeInt(MAGIC);
        // a model without options keeps version 4, so the shipped model's bytes do not change
        d.writeInt(model.options() != 0 ? VERSION_WITH_OPTIONS : VERSION);
        d.writeInt(L);
        PackedWeights w = model.weights();
        d.writeInt(Integer.numberOfTrailingZeros(w.buckets()));
        d.writeInt(w.passes());
        int[] used = w.usedBuckets();
        d.writeInt(used.length);
        int last = 0;
        for (int b : used) {
            d.writeInt(b - last);
            last = b;
        }
        for (short x : w.rows()) {
            d.writeShort(x);
        }
        writeTransitions(d, model.sentencePass());
        if (model.documentPass() != null) {
            writeTransitions(d, model.documentPass());
        }
        d.writeInt(model.window());
        writeTable(d, model.lexicon().wordCodes());
        writeTable(d, model.lexicon().stemCodes());
        writeTable(d, model.lexicon().phraseCodes());
        writeTable(d, model.classes().asMap());
        if (model.options() != 0) {
            d.writeInt(model.options());
        }
        d.flush();
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        };
        bytes.writeTo(gz);
        gz.finish();
        gz.flush();
    }

    public static NerModel read(InputStream in) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(new GZIPInputStream(in, 1 << 16).readAllBytes());
        try {
            int version = b.getInt() == MAGIC ? b.getInt() : -1;
            if (version != VERSION && version != VERSION_WITH_OPTIONS) {
                throw new IOException("not a Mizan NER model (or a different version)");
            }
            if (b.getInt() != L) {
                throw new IOException("NER model built for a different label set");
            }
            int bits = b.getInt();
            if (bits != FeatureExtractor.BITS) {
                throw new IOException("NER model built for a different feature size");
            }
            int passes = b.getInt();
            int count = b.getInt();
            int[] used = new int[count];
            b.asIntBuffer().get(used);
            b.position(b.position() + 4 * count);
            for (int k = 1; k < count; k++) {
                used[k] += used[k - 1];
            }
            short[] rows = new short[count * passes * L];
            b.asShortBuffer().get(rows);
            b.position(b.position() + 2 * rows.length);
            PackedWeights weights = new PackedWeights(1 << bits, used, rows, passes);
            Transitions first = readTransitions(b);
            Transitions second = passes == 2 ? readTransitions(b) : null;
            int window = b.getInt();
            Lexicon lexicon = new Lexicon(readTable(b), readTable(b), readTable(b));
            WordClasses classes = new WordClasses(readTable(b));
            int options = version == VERSION_WITH_OPTIONS ? b.getInt() : 0;
            return new NerModel(weights, first, second, window, lexicon, classes, options);
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException
                 | NegativeArraySizeException e) {
            throw new IOException("truncated or damaged NER model", e);
        }
    }

    private static void writeTransitions(DataOutputStream d, Transitions t) throws IOException {
        for (float x : t.between()) {
            d.writeFloat(x);
        }
        for (float x : t.start()) {
            d.writeFloat(x);
        }
    }

    private static Transitions readTransitions(ByteBuffer b) {
        float[] between = new float[L * L];
        b.asFloatBuffer().get(between);
        b.position(b.position() + 4 * between.length);
        float[] start = new float[L];
        b.asFloatBuffer().get(start);
        b.position(b.position() + 4 * start.length);
        return new Transitions(between, start);
    }

    /** Count, then all values (ints), all key lengths (chars), all key chars (UTF-16). */
    private static void writeTable(DataOutputStream d, Map<String, Integer> table) throws IOException {
        Map<String, Integer> sorted = new TreeMap<>(table);
        d.writeInt(sorted.size());
        for (int v : sorted.values()) {
            d.writeInt(v);
        }
        int chars = 0;
        for (String k : sorted.keySet()) {
            d.writeChar(k.length());
            chars += k.length();
        }
        d.writeInt(chars);
        for (String k : sorted.keySet()) {
            d.writeChars(k);
        }
    }

    private static Map<String, Integer> readTable(ByteBuffer b) {
        int n = b.getInt();
        int[] values = new int[n];
        b.asIntBuffer().get(values);
        b.position(b.position() + 4 * n);
        char[] lengths = new char[n];
        b.asCharBuffer().get(lengths);
        b.position(b.position() + 2 * n);
        char[] chars = new char[b.getInt()];
        b.asCharBuffer().get(chars);
        b.position(b.position() + 2 * chars.length);
        Map<String, Integer> out = HashMap.newHashMap(n);
        int at = 0;
        for (int i = 0; i < n; i++) {
            out.put(new String(chars, at, lengths[i]), values[i]);
            at += lengths[i];
        }
        return out;
    }
}
