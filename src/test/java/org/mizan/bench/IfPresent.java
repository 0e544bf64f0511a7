package org.mizan.bench;

import java.util.Arrays;

/**
 * Runs another benchmark's main if that class is on the class path, else says so and exits
 * cleanly: the suite names benchmarks that other parts of the project provide (the reader's
 * {@code ReaderBench}) without failing the whole run while one is missing.
 * Usage: {@code IfPresent <class> [args...]}.
 */
public final class IfPresent {

    private IfPresent() {
    }

    public static void main(String[] args) throws Throwable {
        Class<?> bench;
        try {
            bench = Class.forName(args[0]);
        } catch (ClassNotFoundException e) {
            System.out.println(args[0] + " is not on the class path: not run");
            return;
        }
        try {
            bench.getMethod("main", String[].class).invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
