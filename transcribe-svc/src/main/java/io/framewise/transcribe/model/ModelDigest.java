package io.framewise.transcribe.model;

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
 * SHA-256 over a model's files, their bytes one after another in the order given (callers fix the order), so two
 * installations of the same model give the same digest and a changed file gives another.
 */
public final class ModelDigest {

    private ModelDigest() {
    }

    /** The files' digest. */
    public static String of(List<Path> files) {
        return ofStreams(files.stream().<Opener>map(file -> () -> Files.newInputStream(file)).toList());
    }

    /** The digest of streams opened in turn, e.g. classpath resources. */
    public static String ofStreams(List<Opener> streams) {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        for (Opener opener : streams) {
            try (InputStream in = opener.open()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("a model file could not be read", e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of one file. */
    public static String ofFile(Path file) {
        return of(List.of(file));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens one of the streams to digest. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
