package io.framewise.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.framewise.media.UnusableMediaException;
import io.framewise.media.probe.MediaInfo;
import io.framewise.media.probe.MediaProbe;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class TestVideosTest {

    private final MediaProbe probe = new MediaProbe();

    @Test
    void aClipHasTheLengthSizeAndRateAskedFor() throws Exception {
        MediaInfo info = probe.probe(TestVideos.clip(Duration.ofSeconds(3), 320, 240, 15));
        assertThat(info.durationMs()).isCloseTo(3000, within(100L));
        assertThat(info.width()).isEqualTo(320);
        assertThat(info.height()).isEqualTo(240);
        assertThat(info.fps()).isEqualTo(15.0);
        assertThat(info.hasAudio()).isTrue();
    }

    @Test
    void theScenesClipIsFourShotsOfTwoSeconds() throws Exception {
        MediaInfo info = probe.probe(TestVideos.scenesWithPhotos());
        assertThat(info.durationMs()).isCloseTo(8000, within(100L));
        assertThat(info.width()).isEqualTo(640);
    }

    @ParameterizedTest
    @EnumSource(TestVideos.Broken.class)
    void everyBrokenFileIsRefusedByTheProbe(TestVideos.Broken kind) {
        assertThatThrownBy(() -> probe.probe(TestVideos.broken(kind))).isInstanceOf(UnusableMediaException.class)
                .hasMessageNotContaining("avformat");
    }
}
