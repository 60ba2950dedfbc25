package io.framewise.transcribe.vosk;

import io.framewise.events.ModelDigest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The small US-English Vosk model's files. The build unpacks them from Maven Central's {@code vosk-model-en} into
 * the classes; Kaldi reads a directory, so they are copied out once into one (under {@code java.io.tmpdir}, or the
 * configured one is used as it is). Either way every file is checked against the SHA-256 pinned in
 * {@code model-en-us.sha256}: a model that differs from the one evaluated is refused, not used.
 */
final class VoskModelFiles {

    private static final String BASE = "/io/framewise/transcribe/vosk/";
    private static final String MANIFEST = BASE + "model-en-us.sha256";

    /** One pinned file: its SHA-256 and its path inside the model directory. */
    record Entry(String sha256, String path) {
    }

    private VoskModelFiles() {
    }

    /** The pinned files, in the manifest's (sorted) order, which is also the order of the model's digest. */
    static List<Entry> manifest() {
        try (InputStream in = VoskModelFiles.class.getResourceAsStream(MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException(MANIFEST + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(l -> l.split("\\s+", 2)).map(p -> new Entry(p[0], p[1])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configured directory, checked; or the copy of the bundled model, made if needed and checked. */
    static Path directory(String configured) throws IOException {
        Path directory = configured.isBlank() ? extracted() : Path.of(configured);
        check(directory);
        return directory;
    }

    /** SHA-256 over the model's files in manifest order (each file was checked against its own pin). */
    static String digest(Path directory) {
        return ModelDigest.of(manifest().stream().map(e -> directory.resolve(e.path())).toList());
    }

    private static Path extracted() throws IOException {
        String version = ModelDigest.ofSources(List.of(() -> VoskModelFiles.class.getResourceAsStream(MANIFEST)));
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "framewise-vosk-model-en-us-"
                + version.substring(0, 12));
        if (Files.isRegularFile(directory.resolve(".complete"))) {
            return directory;
        }
        Path staging = Files.createTempDirectory(Files.createDirectories(directory.getParent()), ".vosk-model-");
        try {
            for (Entry entry : manifest()) {
                try (InputStream in = VoskModelFiles.class.getResourceAsStream(BASE + "model-en-us/" + entry.path())) {
                    if (in == null) {
                        throw new IOException("the Vosk model file " + entry.path() + " is not in the build "
                                + "(the build unpacks com.alphacephei:vosk-model-en into the classes)");
                    }
                    Path target = staging.resolve(entry.path());
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
            Files.writeString(staging.resolve(".complete"), "copied from the classpath\n");
            try {
                Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                // another process copied it at the same time; theirs is checked like ours would have been
            }
        } finally {
            deleteTree(staging);
        }
        return directory;
    }

    private static void check(Path directory) throws IOException {
        for (Entry entry : manifest()) {
            Path file = directory.resolve(entry.path());
            if (!Files.isRegularFile(file)) {
                throw new IOException("the Vosk model in " + directory + " lacks " + entry.path());
            }
            String actual = ModelDigest.of(file);
            if (!actual.equals(entry.sha256())) {
                throw new IOException("the Vosk model file " + file + " has SHA-256 " + actual + ", pinned "
                        + entry.sha256());
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        }
        paths.sort(Comparator.reverseOrder());
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
