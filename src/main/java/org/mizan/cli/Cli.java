package org.mizan.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.mizan.io.UnusableInputException;
import picocli.CommandLine;

/**
 * Runs the headless command line with Mizan's exit codes: 0 success; 2 unusable input or
 * arguments (one line on stderr, no stack trace); 1 internal error.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    /** The command line with Mizan's error handling; extra sub-commands (e.g. the UI's) may be added. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new MizanCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println("mizan: " + ex.getMessage());
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, command, parseResult) -> {
            Throwable t = ex;
            while (t != null && !(t instanceof UnusableInputException)) {
                t = t.getCause();
            }
            if (t != null) {
                err.println("mizan: " + t.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            err.println("mizan: internal error: " + ex);
            if (Boolean.getBoolean("mizan.debug")) {
                ex.printStackTrace(err);
            }
            err.flush();
            return INTERNAL_ERROR;
        });
        return cl;
    }

    public static int run(String... args) {
        return run(commandLine(stdout(), stderr()), args);
    }

    public static int run(CommandLine cl, String... args) {
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }

    public static PrintWriter stdout() {
        return new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    }

    public static PrintWriter stderr() {
        return new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }

    /** True when {@code name} is one of the headless commands (or a help/version flag). */
    public static boolean isCommand(CommandLine cl, String name) {
        return cl.getSubcommands().containsKey(name) || name.startsWith("-");
    }
}
