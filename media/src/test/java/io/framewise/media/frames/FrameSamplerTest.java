package io.framewise.media.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.framewise.media.Clips;
import io.framewise.media.Colours;
import io.framewise.media.UnusableMediaException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameSamplerTest {

    private final FrameSampler sampler = new FrameSampler(Decoding.FAST);

    @Test
    void takesTheFrameAtEachTimeScaledToFitTheBox() throws Exception {
        List<VideoFrame> frames = sampler.sample(Clips.fourColourShots(), List.of(7000L, 1000L, 3000L, 5000L),
                new FrameSize(320, 320));
        assertThat(frames).extracting(VideoFrame::timeMs).containsExactly(1000L, 3000L, 5000L, 7000L);
        assertThat(frames).allSatisfy(f -> {
            assertThat(f.width()).isEqualTo(320);
            assertThat(f.height()).isEqualTo(180);
        });
        // Each time falls in a different 2 s shot of one colour: seeking landed in the right shot.
        assertThat(frames).extracting(f -> dominantChannel(f)).containsExactly("red", "green", "blue", "white");
    }

    @Test
    void movesTimesOntoNearbyKeyframes() throws Exception {
        // Keyframes every 2 s, at the cuts: 1500 → 2000 (green's first picture), 5200 → 6000 is too far, stays.
        List<VideoFrame> frames = new FrameSampler(Decoding.FAST, 600).sample(Clips.fourColourShots(),
                List.of(5200L, 1500L), new FrameSize(320, 320));
        assertThat(frames).extracting(VideoFrame::timeMs).containsExactly(2000L, 5200L);
        assertThat(frames).extracting(f -> dominantChannel(f)).containsExactly("green", "blue");
    }

    @Test
    void findsTheLastPicturesOfAnMpegTransportStream() throws Exception {
        // Without an index FFmpeg's seek near the end of a TS file can land past the last keyframe (6 s here), where
        // nothing decodes: 7800 was left out, so a TS upload's preview had 9 frames of 10.
        List<VideoFrame> frames = sampler.sample(Clips.fourColourShotsInMpegTs(), List.of(1000L, 5000L, 7000L, 7800L),
                new FrameSize(320, 320));
        assertThat(frames).extracting(VideoFrame::timeMs).containsExactly(1000L, 5000L, 7000L, 7800L);
        assertThat(frames).extracting(f -> dominantChannel(f)).containsExactly("red", "blue", "white", "white");
    }

    @Test
    void leavesOutTimesPastTheEnd() throws Exception {
        List<VideoFrame> frames = sampler.sample(Clips.fourColourShots(), List.of(1000L, 60_000L),
                new FrameSize(320, 320));
        assertThat(frames).extracting(VideoFrame::timeMs).containsExactly(1000L);
    }

    @Test
    void refusesAFileWithNothingToDecode() {
        assertThatThrownBy(() -> sampler.sample(Clips.text(), List.of(0L),
                new FrameSize(320, 320))).isInstanceOf(UnusableMediaException.class);
    }

    static String dominantChannel(VideoFrame frame) {
        return Colours.dominant(frame.image());
    }
}
