package io.framewise.media.frames;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.media.synth.ClipGenerator;
import io.framewise.media.synth.ClipSpec;
import io.framewise.media.synth.Shot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A very tall video (16x4000) scaled into gif-svc's 320x480 box is 2 px wide. JavaCV pads each row of such a picture
 * to 64 bytes and took the padding for extra channels (96 "channels"): the conversion threw, and the preview failed
 * with a NullPointerException as its reason (found by e2e's BadInputIT). Narrow pictures now come out whole and in
 * their true colours.
 */
class NarrowPictureTest {

    @Test
    void picturesOfAVeryTallOrNarrowVideoComeOutWholeInTheirColours(@TempDir Path dir) throws Exception {
        Path tall = ClipGenerator.generate(new ClipSpec(16, 4000, 10,
                List.of(Shot.pattern("color=c=red", Duration.ofSeconds(2))), 0, "vp9", 1), dir.resolve("tall.webm"));
        Path narrow = ClipGenerator.generate(new ClipSpec(80, 480, 10,
                List.of(Shot.pattern("color=c=blue", Duration.ofSeconds(2))), 0, "vp9", 1), dir.resolve("narrow.webm"));

        List<VideoFrame> tallFrames = new FrameSampler(Decoding.FAST).sample(tall, List.of(500L, 1500L),
                new FrameSize(320, 480));
        List<VideoFrame> narrowFrames = new FrameSampler(Decoding.FAST).sample(narrow, List.of(500L),
                new FrameSize(320, 480));

        assertThat(tallFrames).hasSize(2).allSatisfy(frame -> {
            assertThat(frame.width()).isEqualTo(2);
            assertThat(frame.height()).isEqualTo(480);
            assertThat(FrameSamplerTest.dominantChannel(frame)).isEqualTo("red");
        });
        // 80 px: rows padded to 128 px looked like 4 channels (BGRA): no error, but wrong colours.
        assertThat(narrowFrames).singleElement().satisfies(frame -> {
            assertThat(frame.width()).isEqualTo(80);
            assertThat(FrameSamplerTest.dominantChannel(frame)).isEqualTo("blue");
        });
    }
}
