package io.framewise.label.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How large a picture (a capture, an enrolled photo) label-svc decodes ({@code framewise.images.*}): judged from
 * its header before any decoding, so a decompression bomb is skipped instead of filling the heap.
 */
@ConfigMapping(prefix = "framewise.images")
public interface ImageConfig {

    /** Pictures declaring more pixels are refused unread (100 million: an 8K frame is 35 million). */
    @WithDefault("100000000")
    long maxPixels();

    /**
     * Larger pictures are decoded subsampled to at most about this many pixels (16.8 million, 64 MB as RGB): far
     * more than the models look at (416 px and less), and a bound on the heap each decode takes.
     */
    @WithDefault("16777216")
    long maxDecodedPixels();
}
