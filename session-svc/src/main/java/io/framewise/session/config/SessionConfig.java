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
}
