package io.framewise.local.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A JDK 25 ahead-of-time cache per service (JEP 483/514): classes loaded and linked, and method profiles, from an
 * earlier run of the same jar on the same JDK. The first start after a build records it (the JVM writes it when it
 * stops); later starts map it and reach readiness in about half the time. A cache is named after the jar's build
 * time and the JDK, so a rebuilt service never starts from a stale one (the JVM would also refuse it, with a
 * warning); older ones are deleted. Off on JDKs before 25, where the options do not exist.
 */
final class StartupCache {

    static final int FIRST_JDK = 25;

    private final Path directory;

    StartupCache(Path directory) {
        this.directory = directory;
    }

    /** The options that map the service's cache, or record one if there is none yet and {@code mayRecord}. */
    List<String> optionsFor(ServiceSpec spec, Path jar, boolean mayRecord) {
        if (Runtime.version().feature() < FIRST_JDK) {
            return List.of();
        }
        try {
            Files.createDirectories(directory);
            Path cache = directory.resolve(spec.name() + "-" + Files.getLastModifiedTime(jar).toMillis() + "-jdk"
                    + Runtime.version().toString().replaceAll("[^A-Za-z0-9.]", "_") + ".aot");
            if (Files.isRegularFile(cache) && Files.size(cache) > 0) {
                return List.of("-XX:AOTCache=" + cache);
            }
            if (!mayRecord) {
                return List.of();
            }
            deleteOlder(spec);
            return List.of("-XX:AOTCacheOutput=" + cache);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the start-up cache in " + directory, e);
        }
    }

    private void deleteOlder(ServiceSpec spec) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path old : files.filter(f -> f.getFileName().toString().startsWith(spec.name() + "-")).toList()) {
                Files.deleteIfExists(old);
            }
        }
    }
}
