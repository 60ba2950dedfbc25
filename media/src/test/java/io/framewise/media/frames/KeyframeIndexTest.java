package io.framewise.media.frames;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.media.Clips;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyframeIndexTest {

    @Test
    void readsTheKeyframesFromTheContainersIndex() throws Exception {
        // 6 s at 25 fps with a keyframe every 13 pictures (0.52 s): 12 keyframes, nothing decoded to find them.
        try (FrameReader reader = FrameReader.open(Clips.staticSceneManyKeyframes(), new FrameSize(320, 320),
                Decoding.FAST)) {
            List<Long> times = reader.keyframes().timesMs();
            assertThat(times).hasSize(12).startsWith(0L, 520L, 1040L).endsWith(5720L);
            assertThat(reader.keyframes().longestGapMs(6000)).isEqualTo(520);
        }
    }

    @Test
    void theLongestGapCountsTheTailAndIsUnknownWithoutAnIndex() {
        assertThat(new KeyframeIndex(List.of(0L, 2000L, 4000L)).longestGapMs(9000)).isEqualTo(5000);
        assertThat(new KeyframeIndex(List.of()).longestGapMs(9000)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void snapsEachTimeToANearbyKeyframeNotTakenYet() {
        KeyframeIndex index = new KeyframeIndex(List.of(0L, 2000L, 4000L, 6000L, 10_000L));
        assertThat(index.snap(List.of(1500L, 2400L, 4500L, 8000L, 9900L), 1000))
                // 2400 would take 2000 again: stays; 8000 has none within 1 s: stays
                .containsExactly(2000L, 2400L, 4000L, 8000L, 10_000L);
        assertThat(index.snap(List.of(1500L, 4500L), 0)).containsExactly(1500L, 4500L);
        assertThat(new KeyframeIndex(List.of()).snap(List.of(1500L), 1000)).containsExactly(1500L);
    }
}
