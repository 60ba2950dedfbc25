package io.framewise.transcribe.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used by this JVM (all its threads: decoding, resampling, an in-process recogniser, and the JIT and GC
 * that serve them) plus that of its finished child processes (an out-of-process recogniser such as
 * pocketsphinx_continuous, counted once the JVM has waited for it). Wall time on this shared machine says more
 * about the neighbours than about the recogniser; CPU time does not.
 */
final class CpuClock {

    /** Linux counts children's CPU in clock ticks of 1/100 s (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100;

    private CpuClock() {
    }

    /** CPU seconds so far. */
    static double seconds() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9 + childrenSeconds();
    }

    /** Fields 16 and 17 of /proc/self/stat: children's user and system time (0 where there is no /proc). */
    private static double childrenSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the command name (field 2) may hold spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
