package io.framewise.e2e;

import io.framewise.local.launcher.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time, which other work on a shared machine inflates far less than elapsed time: of each service process,
 * of this JVM (the embedded Kafka broker and S3 API live here), and of the child processes this JVM has waited for
 * (the ffmpeg CLI runs). Linux only: read from {@code /proc}.
 */
final class CpuMeter {

    /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every Linux this runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private CpuMeter() {
    }

    /** CPU used so far by each service process (by name), and by "infrastructure" (this JVM). */
    static Map<String, Duration> services(List<ServiceProcess> services) {
        Map<String, Duration> used = new LinkedHashMap<>();
        for (ServiceProcess service : services) {
            used.put(service.name(), ownCpu(service.pid()));
        }
        used.put("infrastructure", ownCpu(ProcessHandle.current().pid()));
        return used;
    }

    /** CPU used so far by the child processes this JVM started and waited for. */
    static Duration waitedForChildren() {
        long[] fields = stat(ProcessHandle.current().pid());
        return ticks(fields[15] + fields[16]);
    }

    /** {@code after - before}, per key. */
    static Map<String, Duration> difference(Map<String, Duration> before, Map<String, Duration> after) {
        Map<String, Duration> spent = new LinkedHashMap<>();
        after.forEach((name, total) -> spent.put(name, total.minus(before.getOrDefault(name, Duration.ZERO))));
        return spent;
    }

    private static Duration ownCpu(long pid) {
        long[] fields = stat(pid);
        return ticks(fields[13] + fields[14]);
    }

    private static Duration ticks(long ticks) {
        return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
    }

    /** The numeric fields of {@code /proc/<pid>/stat}, numbered from 1 as in proc(5) minus one; zeros if gone. */
    private static long[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) is in parentheses and may contain spaces: count from its end.
            String[] rest = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long[] fields = new long[rest.length + 2];
            for (int i = 1; i < rest.length; i++) {
                fields[i + 2] = parse(rest[i]);
            }
            return fields;
        } catch (IOException | RuntimeException e) {
            return new long[52];
        }
    }

    private static long parse(String field) {
        try {
            return Long.parseLong(field);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
