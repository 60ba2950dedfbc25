package io.framewise.media.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.framewise.media.Clips;
import io.framewise.media.UnusableMediaException;
import java.awt.Color;
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
        Color c = new Color(frame.image().getRGB(frame.width() / 2, frame.height() / 2));
        if (c.getRed() > 200 && c.getGreen() > 200 && c.getBlue() > 200) {
            return "white";
        }
        if (c.getRed() > c.getGreen() && c.getRed() > c.getBlue()) {
            return "red";
        }
        return c.getGreen() > c.getBlue() ? "green" : "blue";
    }
}
