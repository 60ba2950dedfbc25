package io.framewise.media.frames;

import java.awt.image.BufferedImage;

/** Small helpers for AWT images. */
public final class Images {

    private Images() {
    }

    /** A deep copy in the same type, independent of the buffer it came from. */
    public static BufferedImage copyOf(BufferedImage source) {
        BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), source.getType());
        copy.setData(source.getRaster());
        return copy;
    }
}
