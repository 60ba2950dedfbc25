package io.framewise.session.config;

import io.framewise.events.Stage;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** What session-svc accepts and what it asks of the stages ({@code framewise.session.*}). */
@ConfigMapping(prefix = "framewise.session")
public interface SessionConfig {

    /** The stages every accepted video must pass; render.start lists them and status-svc waits for each. */
    @WithDefault("preview,captures,labels,storyboard,transcode,transcribe")
    List<Stage> stages();

    /** Longest side, in pixels, of a video we accept (8192 covers 8K; beyond that decoders and memory suffer). */
    @WithDefault("8192")
    int maxSide();

    /** Longest video we accept. */
    @WithDefault("PT4H")
    Duration maxDuration();

    /**
     * Most pixels per second of video (width × height × frame rate) we decode: 1.1 billion takes 8K at 30 fps and
     * 4K at 120 fps. Beyond that every stage that decodes would take ages (or a small file declaring a huge frame
     * rate is a bomb for the decoders).
     */
    @WithDefault("1100000000")
    long maxPixelRate();

    /** Most frames (duration × frame rate): a million is 4.6 hours at 60 fps. */
    @WithDefault("1000000")
    long maxFrames();
}
