package org.mizan.app;

import java.util.Arrays;
import java.util.List;
import org.mizan.cli.Cli;
import org.mizan.ui.StartupProbe;
import picocli.CommandLine;

/**
 * Entry point of {@code mizan.jar}. With a sub-command it runs headless; otherwise it opens the
 * reader with the given files (or the bundled sample). Not a JavaFX Application subclass, so the
 * shaded jar starts with JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupProbe.mark("main");
        if (args.length == 0) {
            // The reader alone: building the command line (every sub-command's classes) would only delay the window.
            DesktopLauncher.launch(List.of());
            return;
        }
        CommandLine cl = Cli.commandLine(Cli.stdout(), Cli.stderr());
        cl.addSubcommand(new SnapshotCommand());
        if (Cli.isCommand(cl, args[0])) {
            System.exit(Cli.run(cl, args));
        }
        DesktopLauncher.launch(Arrays.asList(args));
    }
}
