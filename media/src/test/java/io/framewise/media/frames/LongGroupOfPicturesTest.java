package io.framewise.media.frames;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.media.Clips;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A camera file's keyframes are seconds apart: pictures taken one after the other in a group of pictures are decoded
 * on from the last one rather than from the group's keyframe again, and they must be the very pictures a seek gives.
 */
class LongGroupOfPicturesTest {

    private static final FrameSize BOX = new FrameSize(320, 320);
    private static final List<Long> TIMES = List.of(700L, 1300L, 2500L, 3100L, 4900L, 5600L);

    @Test
    void picturesDecodedOnAreThoseASeekGives() throws Exception {
        Path clip = Clips.steadyMotionOneKeyframe();
        List<VideoFrame> decodedOn = new ArrayList<>();
        try (FrameReader reader = FrameReader.open(clip, BOX, Decoding.FAST)) {
            assertThat(reader.keyframes().timesMs()).containsExactly(0L);
            for (long time : TIMES) {
                decodedOn.add(reader.frameAt(time).orElseThrow());
            }
        }
        for (int i = 0; i < TIMES.size(); i++) {
            // A reader of its own seeks to each time.
            try (FrameReader seeking = FrameReader.open(clip, BOX, Decoding.FAST)) {
                VideoFrame sought = seeking.frameAt(TIMES.get(i)).orElseThrow();
                assertThat(meanDifference(decodedOn.get(i).image(), sought.image()))
                        .as("picture at %d ms", TIMES.get(i)).isLessThan(0.5);
            }
        }
        // The pattern moves: neighbouring pictures differ, so equal pictures above are not a still picture's.
        assertThat(meanDifference(decodedOn.get(0).image(), decodedOn.get(1).image())).isGreaterThan(2);
    }

    @Test
    void farApartKeyframesAreDecodedWithAThreadPerCore() throws Exception {
        int cores = Math.min(4, Runtime.getRuntime().availableProcessors());
        try (FrameReader longGop = FrameReader.open(Clips.steadyMotionOneKeyframe(), BOX, Decoding.FAST);
             FrameReader shortGop = FrameReader.open(Clips.staticSceneManyKeyframes(), BOX, Decoding.FAST)) {
            assertThat(longGop.decodingThreads()).isEqualTo(cores);
            assertThat(shortGop.decodingThreads()).isEqualTo(1);
        }
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
