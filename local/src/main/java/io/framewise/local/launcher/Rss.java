package io.framewise.local.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's memory from /proc (Linux; 0 elsewhere). Resident set size counts every page a process maps, so the
 * JDK's and FFmpeg's libraries, which all the services map from the same files, count once per process; the
 * proportional set size (PSS) splits each shared page between the processes that map it, so that the PSS of all
 * the processes adds up to what they hold together.
 */
final class Rss {

    private Rss() {
    }

    static long of(long pid) {
        return field(Path.of("/proc", String.valueOf(pid), "status"), "VmRSS:");
    }

    static long proportional(long pid) {
        return field(Path.of("/proc", String.valueOf(pid), "smaps_rollup"), "Pss:");
    }

    private static long field(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
