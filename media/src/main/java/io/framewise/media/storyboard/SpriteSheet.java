package io.framewise.media.storyboard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Lays the storyboard's thumbnails out on one JPEG. FFmpeg writes the thumbnails as raw RGB frames, one after
 * another, in the same decode as the renditions: a raw stream starts at the first thumbnail, where a tiled image
 * would only be written at the very end, and until every output has written something FFmpeg reports no progress.
 */
public final class SpriteSheet {

    private SpriteSheet() {
    }

    /** What was laid out: the sprite file, its size and how many thumbnails FFmpeg actually made. */
    public record Result(Path file, int width, int height, int thumbnails) {
    }

    /**
     * Reads {@code rawTiles} (rgb24 frames of the geometry's tile size) and writes the sprite. A video whose last
     * picture comes a little before its declared end can give one thumbnail fewer than planned: the last one then
     * fills the remaining slots, so every cue of the WebVTT still shows a picture.
     *
     * @param quality JPEG quality, 0..1
     */
    public static Result compose(Path rawTiles, StoryboardGeometry geometry, float quality, Path jpeg)
            throws IOException {
        int w = geometry.tileWidth();
        int h = geometry.tileHeight();
        int frameBytes = w * h * 3;
        long available = Files.size(rawTiles) / frameBytes;
        if (available == 0) {
            throw new IOException("FFmpeg made no storyboard thumbnail");
        }
        int made = (int) Math.min(available, geometry.tiles());
        BufferedImage sprite = new BufferedImage(geometry.spriteWidth(), geometry.spriteHeight(),
                BufferedImage.TYPE_INT_RGB);
        byte[] frame = new byte[frameBytes];
        int[] row = new int[w];
        try (InputStream in = Files.newInputStream(rawTiles)) {
            for (int i = 0; i < geometry.tiles(); i++) {
                if (i < made) {
                    in.readNBytes(frame, 0, frameBytes);
                }
                StoryboardGeometry.Tile tile = geometry.tile(i);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        int p = (y * w + x) * 3;
                        row[x] = (frame[p] & 0xff) << 16 | (frame[p + 1] & 0xff) << 8 | (frame[p + 2] & 0xff);
                    }
                    sprite.setRGB(tile.x(), tile.y() + y, w, 1, row, 0, w);
                }
            }
        }
        writeJpeg(sprite, quality, jpeg);
        return new Result(jpeg, sprite.getWidth(), sprite.getHeight(), made);
    }

    private static void writeJpeg(BufferedImage image, float quality, Path target) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(target))) {
            writer.setOutput(out);
            ImageWriteParam params = writer.getDefaultWriteParam();
            params.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            params.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), params);
        } finally {
            writer.dispose();
        }
    }
}
