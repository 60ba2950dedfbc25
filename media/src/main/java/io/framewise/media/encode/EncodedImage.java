package io.framewise.media.encode;

import java.nio.file.Path;

/** An image or animation written to a file: what it is and how big. */
public record EncodedImage(Path file, String contentType, int width, int height, int frames, long bytes) {
}
