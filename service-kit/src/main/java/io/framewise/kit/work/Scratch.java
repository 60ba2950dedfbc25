package io.framewise.kit.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A job's own temporary directory, deleted with everything in it when the job ends, however it ends. */
public final class Scratch implements AutoCloseable {

    private final Path directory;

    private Scratch(Path directory) {
        this.directory = directory;
    }

    public static Scratch create(Path parent, String label) throws IOException {
        Files.createDirectories(parent);
        return new Scratch(Files.createTempDirectory(parent, "framewise-" + label.replaceAll("[^A-Za-z0-9-]", "_") + "-"));
    }

    public Path directory() {
        return directory;
    }

    /** A path for a file of this job (not created). */
    public Path file(String name) {
        return directory.resolve(name);
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(Scratch::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + directory, e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
