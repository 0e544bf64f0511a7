package org.mizan.analysis.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
    private static final int VERSION = 2;

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

    public static NerModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (d.readInt() != MAGIC || d.readInt() != VERSION) {
            throw new IOException("not a Mizan NER model (or a different version)");
        }
        if (d.readInt() != FeatureExtractor.BITS || d.readInt() != Labels.COUNT) {
            throw new IOException("NER model built for a different feature size or label set");
        }
        LinearTagger sentencePass = readTagger(d);
        LinearTagger documentPass = d.readBoolean() ? readTagger(d) : null;
        int window = d.readInt();
        Lexicon lexicon = new Lexicon(readTable(d), readTable(d), readTable(d));
        WordClasses classes = new WordClasses(readTable(d));
        return new NerModel(sentencePass, documentPass, window, lexicon, classes);
    }

    private static void writeTagger(DataOutputStream d, LinearTagger t) throws IOException {
        float[] w = t.weights();
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

    private static LinearTagger readTagger(DataInputStream d) throws IOException {
        float[] w = new float[FeatureExtractor.BUCKETS * Labels.COUNT];
        int nonZero = d.readInt();
        int pos = -1;
        for (int k = 0; k < nonZero; k++) {
            pos += readVarInt(d);
            w[pos] = d.readFloat();
        }
        float[] trans = new float[Labels.COUNT * Labels.COUNT];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = d.readFloat();
        }
        float[] start = new float[Labels.COUNT];
        for (int i = 0; i < start.length; i++) {
            start[i] = d.readFloat();
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

    private static Map<String, Integer> readTable(DataInputStream d) throws IOException {
        int n = d.readInt();
        Map<String, Integer> out = HashMap.newHashMap(n);
        for (int i = 0; i < n; i++) {
            out.put(d.readUTF(), readVarInt(d));
        }
        return out;
    }

    private static void writeVarInt(DataOutputStream d, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            d.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        d.writeByte(v);
    }

    private static int readVarInt(DataInputStream d) throws IOException {
        int v = 0;
        int shift = 0;
        while (true) {
            int b = d.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }
}
