package io.framewise.session.service;

import io.framewise.media.probe.MediaInfo;
import io.framewise.session.config.SessionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Decides whether a readable video is one we process, and if not, says why in words a person understands. */
@ApplicationScoped
public class VideoPolicy {

    private final SessionConfig config;

    public VideoPolicy(SessionConfig config) {
        this.config = config;
    }

    /** Empty when the video is accepted, else the reason it is refused. */
    public Optional<String> refusal(MediaInfo video) {
        if (video.width() > config.maxSide() || video.height() > config.maxSide()) {
            return Optional.of("the video is " + video.width() + "x" + video.height() + " pixels; the largest accepted "
                    + "side is " + config.maxSide() + " pixels");
        }
        if (video.durationMs() > config.maxDuration().toMillis()) {
            return Optional.of("the video lasts " + minutes(video.durationMs()) + "; the longest accepted is "
                    + minutes(config.maxDuration().toMillis()));
        }
        return Optional.empty();
    }

    private static String minutes(long millis) {
        return millis >= 60_000 ? (millis / 60_000) + " min" : (millis / 1000) + " s";
    }
}
