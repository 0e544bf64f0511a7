package org.mizan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the headless command line: {@code mizan <command> ...}. */
@Command(name = "mizan", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Mizan: who is named, which figures are given, who claims what, and where claims contradict.",
        subcommands = {AnalyzeCommand.class, ExportCommand.class, NerCommand.class, StanceCommand.class,
                TrainNerCommand.class, TrainStanceCommand.class})
public final class MizanCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (see --help)");
    }
}
