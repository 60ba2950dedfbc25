package io.framewise.media.frames;

/** How carefully frames are decoded. */
public enum Decoding {
    /** Every filter the codec specifies: for pictures people look at full size. */
    FULL,
    /**
     * Without the deblocking filter: about twice as fast, and the block edges it leaves are invisible once the
     * picture is scaled down to a preview.
     */
    FAST
}
