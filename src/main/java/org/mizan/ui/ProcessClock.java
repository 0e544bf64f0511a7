package org.mizan.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How long this process has been running, from Linux's own clock since boot: {@code /proc/uptime}
 * now, minus the process's start in clock ticks ({@code /proc/self/stat}, field 22). Both are in
 * the same clock, so no wall-clock conversion (and its one-second rounding) comes in between.
 */
final class ProcessClock {

    /** The unit of {@code /proc} clock ticks (USER_HZ), 100 on every Linux architecture Java runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessClock() {
    }

    static Optional<Long> linuxSinceStart() {
        try {
            return sinceStart(Files.readString(Path.of("/proc/uptime")), Files.readString(Path.of("/proc/self/stat")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** From the texts of {@code /proc/uptime} and {@code /proc/self/stat}; empty when they do not parse. */
    static Optional<Long> sinceStart(String uptime, String stat) {
        try {
            double upSeconds = Double.parseDouble(uptime.strip().split("\\s+")[0]);
            // The command name in parentheses may hold spaces: fields are counted after its closing one.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).strip().split("\\s+");
            long startTicks = Long.parseLong(fields[22 - 3]);
            long millis = Math.round(upSeconds * 1000) - startTicks * 1000 / TICKS_PER_SECOND;
            return millis >= 0 ? Optional.of(millis) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
