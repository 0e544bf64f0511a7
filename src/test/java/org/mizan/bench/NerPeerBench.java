package org.mizan.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.namefind.NameFinderME;
import org.mizan.analysis.ner.NerModel;
import org.mizan.analysis.ner.NerTrainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Mizan's NER tagger against OpenNLP's name finder, tagging the same tokens: the ANERcorp dev
 * split (about 12k tokens) as one document. One operation tags all of it. Needs the peer model
 * that {@link BenchMain} trains before the run ({@code -Dmizan.bench.dir}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NerPeerBench {

    private List<List<String>> sentences;
    private List<String[]> arrays;
    private NerModel mizan;
    private NameFinderME openNlp;

    @Setup
    public void load() throws Exception {
        NerTrainer.Split split = NerPeer.split();
        sentences = NerPeer.tokens(split.dev());
        arrays = sentences.stream().map(s -> s.toArray(String[]::new)).toList();
        mizan = NerModel.bundled();
        Path dir = Path.of(System.getProperty("mizan.bench.dir", "target/bench"));
        openNlp = new NameFinderME(NerPeer.model(split, NerPeer.modelFile(dir)));
    }

    @Setup(Level.Iteration)
    public void startClock() {
        CpuClock.start();
    }

    @TearDown(Level.Iteration)
    public void stopClock() {
        CpuClock.stop();
    }

    @Benchmark
    public List<List<String>> mizan() {
        return mizan.tagDocument(sentences);
    }

    @Benchmark
    public List<List<String>> openNlp() {
        return NerPeer.tag(openNlp, arrays);
    }
}
