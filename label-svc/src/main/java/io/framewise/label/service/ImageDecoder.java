package io.framewise.label.service;

import io.framewise.kit.image.ImageHeader;
import io.framewise.label.config.ImageConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes captures and enrolled photos within bounds: the size is read from the header first, a picture declaring
 * more than {@code max-pixels} is refused without decoding (a 1.5 MB PNG of 40,000 × 40,000 pixels would take
 * 1.6 GB), and a large one is decoded subsampled to at most about {@code max-decoded-pixels}, so no single picture
 * can take the heap, whatever it claims.
 */
@ApplicationScoped
public class ImageDecoder {

    /** A picture larger than the limits; the message says how large. */
    public static final class TooLargeException extends Exception {
        TooLargeException(String message) {
            super(message);
        }
    }

    private final long maxPixels;
    private final long maxDecodedPixels;

    @Inject
    public ImageDecoder(ImageConfig config) {
        this(config.maxPixels(), config.maxDecodedPixels());
    }

    ImageDecoder(long maxPixels, long maxDecodedPixels) {
        this.maxPixels = maxPixels;
        this.maxDecodedPixels = maxDecodedPixels;
    }

    /** The picture, or empty when it is no image an installed reader knows. */
    public Optional<BufferedImage> decode(byte[] bytes) throws IOException, TooLargeException {
        Optional<ImageHeader> header = ImageHeader.of(bytes);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        long pixels = header.get().pixels();
        if (pixels > maxPixels || header.get().width() <= 0 || header.get().height() <= 0) {
            throw new TooLargeException("the picture is " + header.get().width() + "x" + header.get().height()
                    + " pixels; at most " + maxPixels + " pixels are decoded");
        }
        int step = subsampling(pixels);
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return Optional.of(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        }
    }

    /** Every n-th pixel of every n-th row, n the smallest that brings the picture within the decoded bound. */
    int subsampling(long pixels) {
        int step = 1;
        while (pixels / ((long) step * step) > maxDecodedPixels) {
            step++;
        }
        return step;
    }
}
