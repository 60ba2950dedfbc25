package io.framewise.gateway.upload.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload written to a temporary file as it streams in, so no upload is ever held in memory and the
 * size limit is enforced on the bytes actually received, whatever the client declared.
 */
public final class SpooledUpload implements AutoCloseable {

    private final Path file;
    private final long bytes;

    private SpooledUpload(Path file, long bytes) {
        this.file = file;
        this.bytes = bytes;
    }

    public static SpooledUpload from(InputStream body, long maxBytes, Path directory) throws IOException {
        Path file = Files.createTempFile(directory, "upload-", ".part");
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            int read;
            while ((read = body.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw new UploadRejectedException.TooLarge(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new SpooledUpload(file, total);
    }

    /** Takes over a file already on disk (a multipart part Quarkus has spooled). */
    public static SpooledUpload of(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new UploadRejectedException.TooLarge(maxBytes);
        }
        return new SpooledUpload(file, size);
    }

    public Path file() {
        return file;
    }

    public long bytes() {
        return bytes;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
