package io.framewise.label.model;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * Where a picture goes in a detector's square input, and back: the picture's content (black bars of a letterboxed or
 * pillarboxed frame cropped off, when asked) is scaled to fit the square keeping its shape and centred on black
 * ({@code letterbox}, as NanoDet's own pipeline does with {@code keep_ratio}), or stretched to fill it (what the first
 * version did). Boxes the model gives in input pixels map back to fractions of the whole picture.
 */
final class InputFrame {

    private final int size;
    private final Rectangle content;
    private final int imageWidth;
    private final int imageHeight;
    private final double scaleX;
    private final double scaleY;
    private final double padX;
    private final double padY;

    private InputFrame(int size, Rectangle content, int imageWidth, int imageHeight, boolean letterbox, double zoom) {
        this.size = size;
        this.content = content;
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
        double fit = Math.min((double) size / content.width, (double) size / content.height);
        this.scaleX = zoom * (letterbox ? fit : (double) size / content.width);
        this.scaleY = zoom * (letterbox ? fit : (double) size / content.height);
        this.padX = (size - content.width * scaleX) / 2;
        this.padY = (size - content.height * scaleY) / 2;
    }

    static InputFrame of(BufferedImage image, int size, boolean letterbox, boolean cropBorders) {
        Rectangle content = cropBorders ? BlackBorders.content(image)
                : new Rectangle(0, 0, image.getWidth(), image.getHeight());
        return of(image, content, size, letterbox, 1);
    }

    /**
     * @param content the part of the image to show the model (all of it, or without its black bars)
     * @param zoom    1 = fill the input; below 1 the content is drawn that much smaller, centred on black (zoomed out)
     */
    static InputFrame of(BufferedImage image, Rectangle content, int size, boolean letterbox, double zoom) {
        return new InputFrame(size, content, image.getWidth(), image.getHeight(), letterbox, zoom);
    }

    /** The model's input picture: size x size RGB, the content drawn in (bilinear), black elsewhere. */
    BufferedImage render(BufferedImage image) {
        BufferedImage input = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = BlackCanvas.on(input);
        int x = (int) Math.round(padX), y = (int) Math.round(padY);
        int w = (int) Math.round(content.width * scaleX), h = (int) Math.round(content.height * scaleY);
        g.drawImage(image, x, y, x + w, y + h, content.x, content.y, content.x + content.width,
                content.y + content.height, null);
        g.dispose();
        return input;
    }

    /** A box in input pixels as fractions of the whole picture, clipped to the content. */
    Box toImage(Box input) {
        Box onImage = new Box(imageX(input.left()), imageY(input.top()), imageX(input.right()), imageY(input.bottom()));
        return new Box(
                Math.max(onImage.left(), (double) content.x / imageWidth),
                Math.max(onImage.top(), (double) content.y / imageHeight),
                Math.min(onImage.right(), (double) (content.x + content.width) / imageWidth),
                Math.min(onImage.bottom(), (double) (content.y + content.height) / imageHeight));
    }

    Rectangle content() {
        return content;
    }

    private double imageX(double inputX) {
        return (content.x + (inputX - padX) / scaleX) / imageWidth;
    }

    private double imageY(double inputY) {
        return (content.y + (inputY - padY) / scaleY) / imageHeight;
    }
}
