package io.framewise.local.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The memory lines of {@code ./framewise up}'s banner: the total, and each process's share. Proportional set sizes
 * (PSS) are what the processes hold together; the resident sizes are shown beside them because they are what
 * {@code ps} and {@code top} show, and they count the libraries every JVM maps (the JDK, FFmpeg) once per process.
 */
public final class MemoryBanner {

    private static final long MIB = 1024 * 1024;
    private static final int PROCESSES_PER_LINE = 4;

    private MemoryBanner() {
    }

    public static String of(Map<String, Long> proportional, Map<String, Long> resident) {
        long total = proportional.values().stream().mapToLong(Long::longValue).sum();
        long residentTotal = resident.values().stream().mapToLong(Long::longValue).sum();
        List<String> shares = new ArrayList<>();
        proportional.forEach((process, bytes) -> shares.add(process + " " + bytes / MIB));
        StringBuilder banner = new StringBuilder(String.format("  memory:   %d MiB in all (PSS: shared pages split "
                + "between the processes; %d MiB resident, counting them once per process); MiB per process:",
                total / MIB, residentTotal / MIB));
        for (int i = 0; i < shares.size(); i += PROCESSES_PER_LINE) {
            banner.append("\n            ")
                    .append(String.join(", ", shares.subList(i, Math.min(shares.size(), i + PROCESSES_PER_LINE))));
        }
        return banner.toString();
    }
}
