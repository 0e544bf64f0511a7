package org.mizan.io;

/**
 * Apache POI logs through the Log4j API, which with no Log4j implementation on the class path
 * prints "Log4j API could not find a logging provider" to stderr on first use: a stray line before
 * the CLI's one-line messages. Before POI loads, this points the API at its own simple logger,
 * switched off, unless the user configured logging.
 */
final class PoiLogging {

    private PoiLogging() {
    }

    static void quiet() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            if (System.getProperty("log4j2.simplelogLevel") == null) {
                System.setProperty("log4j2.simplelogLevel", "OFF");
            }
        }
    }
}
