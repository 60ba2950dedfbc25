package io.framewise.session.service;

import io.framewise.media.probe.MediaInfo;
import io.framewise.session.config.SessionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a readable video is one we process, and if not, says why in words a person understands: its size,
 * length, pixel rate and frame count, all from the probe, before any stage decodes it.
 */
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
        double pixelRate = (double) video.width() * video.height() * video.fps();
        if (pixelRate > config.maxPixelRate()) {
            return Optional.of(String.format(Locale.ROOT, "the video is %dx%d pixels at %.3g frames per second, "
                    + "%.0f million pixels a second; at most %d million are accepted", video.width(), video.height(),
                    video.fps(), pixelRate / 1e6, config.maxPixelRate() / 1_000_000));
        }
        double frames = video.durationMs() / 1000.0 * video.fps();
        if (frames > config.maxFrames()) {
            return Optional.of(String.format(Locale.ROOT, "the video has about %.0f frames (%s at %.3g frames per "
                    + "second); at most %d are accepted", frames, minutes(video.durationMs()), video.fps(),
                    config.maxFrames()));
        }
        return Optional.empty();
    }

    private static String minutes(long millis) {
        return millis >= 60_000 ? (millis / 60_000) + " min" : (millis / 1000) + " s";
    }
}
