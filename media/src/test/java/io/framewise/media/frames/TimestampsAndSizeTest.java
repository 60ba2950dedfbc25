package io.framewise.media.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimestampsAndSizeTest {

    @Test
    void spreadsTimesOverTheWholeVideoAvoidingBothEnds() {
        assertThat(Timestamps.evenlySpaced(10_000, 10))
                .containsExactly(500L, 1500L, 2500L, 3500L, 4500L, 5500L, 6500L, 7500L, 8500L, 9500L);
        assertThat(Timestamps.evenlySpaced(100, 1)).containsExactly(50L);
        assertThatThrownBy(() -> Timestamps.evenlySpaced(1000, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fitsInsideTheBoxKeepingAspectWithEvenSidesAndNeverEnlarges() {
        assertThat(FrameSize.within(1280, 720, 320, 320)).isEqualTo(new FrameSize(320, 180));
        assertThat(FrameSize.within(720, 1280, 320, 320)).isEqualTo(new FrameSize(180, 320));
        assertThat(FrameSize.within(200, 100, 320, 320)).isEqualTo(new FrameSize(200, 100));
        assertThat(FrameSize.within(1921, 1081, 1280, 1280)).isEqualTo(new FrameSize(1280, 720));
        assertThat(FrameSize.within(10, 8000, 320, 320)).isEqualTo(new FrameSize(2, 320));
    }
}
