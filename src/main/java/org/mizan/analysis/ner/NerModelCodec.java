package org.mizan.analysis.ner;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model's file format: gzip over a data stream holding a magic word, the hashing size, the
 * non-zero weights as (gap, float) pairs, the transition and start weights, then the lexicon and
 * the word classes as sorted string tables (sorted so the same model always gives the same bytes).
 */
public final class NerModelCodec {

    private static final int MAGIC = 0x4D5A4E52; // "MZNR"
    private static final int VERSION = 3;

    private NerModelCodec() {
    }

    public static void write(NerModel model, OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(FeatureExtractor.BITS);
        d.writeInt(Labels.COUNT);
        writeTagger(d, model.sentencePass());
        d.writeBoolean(model.documentPass() != null);
        if (model.documentPass() != null) {
            writeTagger(d, model.documentPass());
        }
        d.writeInt(model.window());
        writeTable(d, model.lexicon().wordCodes());
        writeTable(d, model.lexicon().stemCodes());
        writeTable(d, model.lexicon().phraseCodes());
        writeTable(d, model.classes().asMap());
        d.flush();
        gz.finish();
        gz.flush();
    }

    /**
     * Reads a model. The whole inflated stream is parsed from one byte array (not a
     * DataInputStream) so that loading stays well under the 300 ms budget.
     */
    public static NerModel read(InputStream in) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(new GZIPInputStream(in, 1 << 16).readAllBytes());
        try {
            if (b.getInt() != MAGIC || b.getInt() != VERSION) {
                throw new IOException("not a Mizan NER model (or a different version)");
            }
            if (b.getInt() != FeatureExtractor.BITS || b.getInt() != Labels.COUNT) {
                throw new IOException("NER model built for a different feature size or label set");
            }
            LinearTagger sentencePass = readTagger(b);
            LinearTagger documentPass = b.get() != 0 ? readTagger(b) : null;
            int window = b.getInt();
            Lexicon lexicon = new Lexicon(readTable(b), readTable(b), readTable(b));
            WordClasses classes = new WordClasses(readTable(b));
            return new NerModel(sentencePass, documentPass, window, lexicon, classes);
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("truncated NER model", e);
        }
    }

    private static void writeTagger(DataOutputStream d, LinearTagger t) throws IOException {
        float[] w = t.weights();
        d.writeInt(t.bits());
        int nonZero = 0;
        for (float x : w) {
            if (x != 0) {
                nonZero++;
            }
        }
        d.writeInt(nonZero);
        int last = -1;
        for (int i = 0; i < w.length; i++) {
            if (w[i] != 0) {
                writeVarInt(d, i - last);
                d.writeFloat(w[i]);
                last = i;
            }
        }
        for (float x : t.transitions()) {
            d.writeFloat(x);
        }
        for (float x : t.start()) {
            d.writeFloat(x);
        }
    }

    private static LinearTagger readTagger(ByteBuffer b) {
        int bits = b.getInt();
        if (bits < 1 || bits > 24) {
            throw new IllegalArgumentException("bad feature size " + bits);
        }
        float[] w = new float[(1 << bits) * Labels.COUNT];
        int nonZero = b.getInt();
        int pos = -1;
        for (int k = 0; k < nonZero; k++) {
            pos += readVarInt(b);
            w[pos] = b.getFloat();
        }
        float[] trans = new float[Labels.COUNT * Labels.COUNT];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = b.getFloat();
        }
        float[] start = new float[Labels.COUNT];
        for (int i = 0; i < start.length; i++) {
            start[i] = b.getFloat();
        }
        return new LinearTagger(w, trans, start);
    }

    private static void writeTable(DataOutputStream d, Map<String, Integer> table) throws IOException {
        Map<String, Integer> sorted = new TreeMap<>(table);
        d.writeInt(sorted.size());
        for (var e : sorted.entrySet()) {
            d.writeUTF(e.getKey());
            writeVarInt(d, e.getValue());
        }
    }

    private static Map<String, Integer> readTable(ByteBuffer b) {
        int n = b.getInt();
        Map<String, Integer> out = HashMap.newHashMap(n);
        char[] chars = new char[1 << 16];
        for (int i = 0; i < n; i++) {
            out.put(readUtf(b, chars), readVarInt(b));
        }
        return out;
    }

    /** {@link DataOutputStream#writeUTF}'s modified UTF-8, decoded without a DataInputStream. */
    private static String readUtf(ByteBuffer b, char[] chars) {
        int len = b.getShort() & 0xFFFF;
        int end = b.position() + len;
        int n = 0;
        while (b.position() < end) {
            int c = b.get() & 0xFF;
            if (c < 0x80) {
                chars[n++] = (char) c;
            } else if ((c & 0xE0) == 0xC0) {
                chars[n++] = (char) (((c & 0x1F) << 6) | (b.get() & 0x3F));
            } else {
                int c2 = b.get() & 0x3F;
                int c3 = b.get() & 0x3F;
                chars[n++] = (char) (((c & 0x0F) << 12) | (c2 << 6) | c3);
            }
        }
        return new String(chars, 0, n);
    }

    private static void writeVarInt(DataOutputStream d, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            d.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        d.writeByte(v);
    }

    private static int readVarInt(ByteBuffer b) {
        int v = 0;
        int shift = 0;
        while (true) {
            int x = b.get() & 0xFF;
            v |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }
}
