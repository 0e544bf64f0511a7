package org.mizan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.analysis.ner.NerModel;
import org.mizan.io.ConllReader;
import org.mizan.io.NerModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ner", description = "Tag CoNLL tokens (one per line, blank line between sentences) with BIO entity tags.")
final class NerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL input")
    Path conll;

    @Option(names = "--model", paramLabel = "FILE",
            description = "a model written by train-ner (default: the model shipped in the jar)")
    Path model;

    @Override
    public Integer call() throws Exception {
        List<List<String>> sentences = new ConllReader().readTokens(conll);
        NerModel tagger = model == null ? NerModel.bundled() : new NerModelFiles().read(model);
        // The file is one document for the tagger's second pass (names recur across sentences).
        List<List<String>> allTags = tagger.tagDocument(sentences);
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < sentences.size(); s++) {
            if (s > 0) {
                sb.append('\n');
            }
            List<String> tokens = sentences.get(s);
            List<String> tags = allTags.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                sb.append(tokens.get(i)).append('\t').append(tags.get(i)).append('\n');
            }
        }
        var out = spec.commandLine().getOut();
        out.print(sb);
        out.flush();
        return Cli.OK;
    }
}
