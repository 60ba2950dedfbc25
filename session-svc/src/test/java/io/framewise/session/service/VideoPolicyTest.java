package io.framewise.session.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.Stage;
import io.framewise.media.probe.MediaInfo;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What session-svc refuses from the probe alone, and the reason it gives. */
class VideoPolicyTest {

    private final VideoPolicy policy = new VideoPolicy(new TestSessionConfig(List.of(Stage.PREVIEW)));

    @Test
    void ordinaryVideosPass() {
        assertThat(policy.refusal(video(1920, 1080, 30, Duration.ofMinutes(10)))).isEmpty();
        assertThat(policy.refusal(video(3840, 2160, 60, Duration.ofHours(1)))).isEmpty();
        assertThat(policy.refusal(video(7680, 4320, 30, Duration.ofMinutes(5)))).as("8K at 30 fps").isEmpty();
    }

    @Test
    void aHugePixelRateIsRefusedSayingHowMuch() {
        assertThat(policy.refusal(video(7680, 4320, 120, Duration.ofSeconds(10)))).hasValueSatisfying(reason ->
                assertThat(reason).contains("7680x4320").contains("120 frames per second").contains("3981 million")
                        .contains("at most 1100 million"));
        assertThat(policy.refusal(video(640, 360, 5000, Duration.ofSeconds(10)))).as("a declared 5000 fps")
                .isPresent();
    }

    @Test
    void tooManyFramesAreRefused() {
        assertThat(policy.refusal(video(320, 240, 240, Duration.ofHours(2)))).hasValueSatisfying(reason ->
                assertThat(reason).contains("1728000 frames").contains("at most 1000000"));
    }

    @Test
    void sizeAndLengthStillCount() {
        assertThat(policy.refusal(video(9000, 16, 10, Duration.ofSeconds(2)))).hasValueSatisfying(reason ->
                assertThat(reason).contains("largest accepted side is 8192"));
        assertThat(policy.refusal(video(320, 240, 1, Duration.ofHours(5)))).hasValueSatisfying(reason ->
                assertThat(reason).contains("the longest accepted is 240 min"));
    }

    private static MediaInfo video(int width, int height, double fps, Duration length) {
        return new MediaInfo(length.toMillis(), width, height, fps, "h264", null, 1000, "mov,mp4,m4a,3gp,3g2,mj2");
    }
}
