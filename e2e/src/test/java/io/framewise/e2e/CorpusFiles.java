package io.framewise.e2e;

import io.framewise.e2e.BenchCorpus.Entry;
import io.framewise.media.cli.FfmpegCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The corpus on disk: each entry made once, by the ffmpeg JavaCV ships when it has the entry's encoders, else by
 * Debian's (JavaCV's has OpenH264 but neither x264 nor x265, and phones and cameras write what those make: B-frames,
 * High profile, HEVC), else skipped with the reason. A file's name carries a hash of its recipe, so a changed recipe
 * (or talk length) makes a new file and an unchanged one is reused.
 */
final class CorpusFiles {

    private static final Path DEBIAN_FFMPEG = Path.of("/usr/bin/ffmpeg");
    private static final long TIMEOUT_SECONDS = 1800;

    /** A corpus file ready to upload, or why the entry was left out; {@code seconds} is 0 for a reused file. */
    record Made(Entry entry, Optional<Path> file, String maker, double seconds, String skipped) {
    }

    private final Path dir;
    private final Map<Path, Set<String>> encoders = new HashMap<>();

    CorpusFiles(Path dir) {
        this.dir = dir;
    }

    Made make(Entry entry) throws IOException {
        Optional<Path> maker = maker(entry);
        if (maker.isEmpty()) {
            return new Made(entry, Optional.empty(), "", 0, "no ffmpeg here has " + entry.encoders() + " (JavaCV's has "
                    + entry.encoders().stream().filter(encoders(FfmpegCli.binary())::contains).toList() + ")");
        }
        String recipe = String.join(" ", entry.arguments()) + " -t " + entry.duration().toSeconds() + " rotation "
                + entry.rotation();
        String hash = hash(recipe);
        Path target = dir.resolve(entry.name() + "-" + hash + "." + entry.extension());
        String makerName = maker.get().equals(DEBIAN_FFMPEG) ? "Debian ffmpeg" : "JavaCV ffmpeg";
        if (Files.isRegularFile(target)) {
            return new Made(entry, Optional.of(target), makerName, 0, null);
        }
        Files.createDirectories(dir);
        long started = System.nanoTime();
        Path encoded = dir.resolve(entry.name() + "-" + hash + ".encoding." + entry.extension());
        Path rotated = dir.resolve(entry.name() + "-" + hash + ".rotating." + entry.extension());
        try {
            List<String> arguments = new ArrayList<>(List.of("-y"));
            arguments.addAll(entry.arguments());
            arguments.addAll(List.of("-t", Long.toString(entry.duration().toSeconds()), encoded.toString()));
            run(maker.get(), arguments);
            if (entry.rotation() != 0) {
                // Debian's ffmpeg 5.1 ignores the old rotate tag; JavaCV's (7.0 and later) writes the display matrix.
                FfmpegCli.run(List.of("-y", "-display_rotation", Integer.toString(entry.rotation()), "-i",
                        encoded.toString(), "-map", "0", "-c", "copy", "-tag:v", "hvc1", rotated.toString()),
                        TIMEOUT_SECONDS);
                Files.move(rotated, encoded, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(encoded, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(encoded);
            Files.deleteIfExists(rotated);
        }
        return new Made(entry, Optional.of(target), makerName, (System.nanoTime() - started) / 1e9, null);
    }

    private static String hash(String recipe) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(recipe.getBytes(StandardCharsets.UTF_8))).substring(0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Path> maker(Entry entry) throws IOException {
        for (Path candidate : List.of(FfmpegCli.binary(), DEBIAN_FFMPEG)) {
            if (Files.isExecutable(candidate) && encoders(candidate).containsAll(entry.encoders())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The encoder names {@code ffmpeg -encoders} lists (the second column of its table). */
    private Set<String> encoders(Path ffmpeg) {
        return encoders.computeIfAbsent(ffmpeg, binary -> {
            try {
                String listing = output(binary, List.of("-hide_banner", "-encoders"));
                return listing.lines().map(String::trim).map(line -> line.split("\\s+"))
                        .filter(cols -> cols.length > 1 && cols[0].length() == 6).map(cols -> cols[1])
                        .collect(Collectors.toSet());
            } catch (IOException e) {
                return Set.of();
            }
        });
    }

    private static void run(Path ffmpeg, List<String> arguments) throws IOException {
        if (ffmpeg.equals(FfmpegCli.binary())) {
            FfmpegCli.run(arguments, TIMEOUT_SECONDS);
            return;
        }
        List<String> command = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-loglevel", "error"));
        command.addAll(arguments);
        output(ffmpeg, command);
    }

    /** Runs the program and returns what it printed; JavaCV's finds its libraries only through the loader's path. */
    private static String output(Path ffmpeg, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(ffmpeg.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (ffmpeg.equals(FfmpegCli.binary())) {
            builder.environment().put("LD_LIBRARY_PATH", ffmpeg.getParent().toString());
        }
        Process process = builder.start();
        try {
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(ffmpeg + " failed: " + printed.trim() + " (arguments " + Arrays.toString(
                        arguments.toArray()) + ")");
            }
            return printed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg ran", e);
        } finally {
            process.destroyForcibly();
        }
    }
}
