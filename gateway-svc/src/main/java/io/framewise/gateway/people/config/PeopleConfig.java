package io.framewise.gateway.people.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The people gallery's limits ({@code framewise.gateway.people.*}). */
@ConfigMapping(prefix = "framewise.gateway.people")
public interface PeopleConfig {

    /** Largest photo accepted, in bytes (default 10 MiB); a bigger one gets 413 and nothing is stored. */
    @WithDefault("10485760")
    long maxPhotoBytes();

    /**
     * Most pixels a photo may have (default 40 million: a 7,300 × 5,500 camera picture), read from its header
     * before anything decodes it: a small file can declare a huge picture (a decompression bomb).
     */
    @WithDefault("40000000")
    long maxPhotoPixels();

    /** Most photos per person (default 10). */
    @WithDefault("10")
    int maxPhotos();

    /** Longest name, in characters. */
    @WithDefault("200")
    int maxNameLength();
}
