package io.framewise.testkit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Real photos with things an image model knows (a dog and a bicycle, horses, a person, an eagle): Debian
 * darknet's sample pictures, see {@code photos/README.md}. Synthetic test patterns contain nothing to label.
 */
public final class TestPhotos {

    public static final List<String> ALL = List.of("dog.jpg", "eagle.jpg", "horses.jpg", "person.jpg");

    private TestPhotos() {
    }

    public static BufferedImage image(String name) {
        try (InputStream in = open(name)) {
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The photo as a file (copied out of the jar once per JVM), e.g. to make a clip of it. */
    public static synchronized Path file(String name) {
        try {
            Path copy = TestVideos.workDirectory().resolve("photo-" + name);
            if (!Files.exists(copy)) {
                try (InputStream in = open(name)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = TestPhotos.class.getResourceAsStream("photos/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no test photo " + name + " (there are " + ALL + ")");
        }
        return in;
    }
}
