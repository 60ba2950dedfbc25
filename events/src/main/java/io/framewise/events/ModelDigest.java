package io.framewise.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The {@link ModelRef#sha256()} of a model: SHA-256 over its files' bytes, one after the other in the order given
 * (weights split over several files hash as one), lower-case hex. The same function for every producer, so two
 * services that load the same files report the same digest.
 */
public final class ModelDigest {

    private ModelDigest() {
    }

    public static String of(Path... files) {
        return of(List.of(files));
    }

    public static String of(List<Path> files) {
        return ofSources(files.stream().<Source>map(file -> () -> Files.newInputStream(file)).toList());
    }

    /** Something to read a model file from, opened when its turn comes (a classpath resource, say). */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** The digest of sources opened and read to their end in turn, each closed after. */
    public static String ofSources(List<Source> sources) {
        MessageDigest digest = newDigest();
        for (Source source : sources) {
            try (InputStream in = source.open()) {
                if (in == null) {
                    throw new IOException("a model file is missing");
                }
                update(digest, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a model file to fingerprint it: " + e.getMessage(), e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
