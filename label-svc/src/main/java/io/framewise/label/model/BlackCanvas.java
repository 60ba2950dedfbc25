package io.framewise.label.model;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** A model's square input picture: black, to be drawn on with bilinear, quality-first scaling (then disposed). */
final class BlackCanvas {

    private BlackCanvas() {
    }

    /** A size x size black RGB picture and a graphics context on it; draw, then {@code dispose()} the context. */
    static Graphics2D on(BufferedImage square) {
        Graphics2D g = square.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, square.getWidth(), square.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }
}
