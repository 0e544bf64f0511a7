package org.mizan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The start-up probe's clock: time since the process started, read from the kernel's clock since boot. */
class ProcessClockTest {

    @Test
    void readsTheStartTicksAfterACommandNameWithSpacesAndParentheses() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
        // cutime cstime priority nice threads itrealvalue starttime ...
        String stat = "4242 (my (odd) java) S 1 4242 4242 0 -1 4194560 100 0 0 0 50 10 0 0 20 0 30 0 123456 "
                + "9999999 2000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
        assertEquals(Optional.of(1_600L), ProcessClock.sinceStart("1236.16 2000.00\n", stat),
                "uptime 1236.16 s, started at tick 123456 (1234.56 s): 1.6 s ago");
    }

    @Test
    void textsThatDoNotParseGiveNothing() {
        assertEquals(Optional.empty(), ProcessClock.sinceStart("", "1 (x) S"));
        assertEquals(Optional.empty(), ProcessClock.sinceStart("10.00 1.00", "1 (x) S 1 2 3 4 5 6 7 8 9 10 11 12 13 "
                + "14 15 16 17 18 2000 0"), "a start after now is not a duration");
    }

    @Test
    void onLinuxThisProcessHasBeenRunningForAPlausibleTime() {
        Optional<Long> since = ProcessClock.linuxSinceStart();
        if (since.isEmpty()) {
            return; // not Linux: the probe falls back to ProcessHandle
        }
        long jvmUp = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        // The process started a little before the JVM recorded its own start: never after it, and
        // not by more than the time it takes to exec and map the JVM (a generous bound).
        assertTrue(since.get() + 20 >= jvmUp, since + " ms since start, JVM up " + jvmUp + " ms");
        assertTrue(since.get() - jvmUp < 5_000, since + " ms since start, JVM up " + jvmUp + " ms");
    }
}
