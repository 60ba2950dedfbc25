package io.framewise.label.model;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the Debian darknet sample photos in src/test/resources/images (see the README there). */
final class TestImages {

    private TestImages() {
    }

    static BufferedImage read(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/images/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test image " + name);
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
