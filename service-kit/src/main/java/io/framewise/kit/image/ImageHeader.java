package io.framewise.kit.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image's format and size, read from its header alone: nothing is decoded, so a decompression bomb (a 1.5 MB PNG
 * that says 40,000 × 40,000 pixels, 1.6 GB once decoded) costs a few bytes here, not the heap. Decide from this
 * before anything decodes the image.
 *
 * @param format the reader's format name ({@code png}, {@code jpeg}, …)
 */
public record ImageHeader(String format, int width, int height) {

    /** Width × height. */
    public long pixels() {
        return (long) width * height;
    }

    /** The header of an image in memory; empty when no installed reader recognises it. */
    public static Optional<ImageHeader> of(byte[] image) throws IOException {
        return of(new ByteArrayInputStream(image));
    }

    public static Optional<ImageHeader> of(Path image) throws IOException {
        try (InputStream in = Files.newInputStream(image)) {
            return of(in);
        }
    }

    private static Optional<ImageHeader> of(InputStream image) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(image)) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                return Optional.of(new ImageHeader(reader.getFormatName().toLowerCase(java.util.Locale.ROOT),
                        reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        }
    }
}
