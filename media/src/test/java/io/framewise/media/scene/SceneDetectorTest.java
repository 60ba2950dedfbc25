package io.framewise.media.scene;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.media.Clips;
import io.framewise.media.Colours;
import io.framewise.media.frames.FrameSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SceneDetectorTest {

    /** Every frame scanned. */
    private static final SceneOptions DEFAULTS = new SceneOptions(0.3, 1000, 20, 500, new FrameSize(1280, 1280), 0);
    /** Keyframe by keyframe where they are at most 2.5 s apart (capture-svc's default). */
    private static final SceneOptions KEYFRAMES = new SceneOptions(0.3, 1000, 20, 500, new FrameSize(1280, 1280),
            2500);

    @Test
    void capturesEachShotOnceJustAfterItsCut() throws Exception {
        List<SceneCapture> captures = detect(Clips.fourColourShots(), 8000, DEFAULTS);
        assertThat(captures).extracting(SceneCapture::index).containsExactly(0, 1, 2, 3);
        assertThat(captures).extracting(SceneCapture::timeMs).containsExactly(520L, 2520L, 4520L, 6520L);
        assertThat(captures).allSatisfy(c -> {
            assertThat(c.image().getWidth()).isEqualTo(640);
            assertThat(c.image().getHeight()).isEqualTo(360);
        });
        assertThat(captures.get(0).cutScore()).isZero();
        assertThat(captures.subList(1, 4)).allSatisfy(c -> assertThat(c.cutScore()).isGreaterThan(0.3));
    }

    @Test
    void capturesOfAnMpegTransportStreamCountFromItsFirstPicture() throws Exception {
        // MPEG-TS starts its clock at 1.4 s: times were reported 1.4 s late, and the pictures taken that much later.
        List<SceneCapture> captures = detect(Clips.fourColourShotsInMpegTs(), 8000, KEYFRAMES);
        assertThat(captures).extracting(SceneCapture::timeMs).containsExactly(520L, 2520L, 4520L, 6520L);
        assertThat(captures).extracting(c -> Colours.dominant(c.image()))
                .containsExactly("red", "green", "blue", "white");
    }

    @Test
    void aKeyframeScanCapturesEachShotAtAKeyframeOfIt() throws Exception {
        // Keyframes every 2 s, one at each cut: each 2 s shot has one keyframe, captured (the delay cannot be
        // waited for inside the shot), and it shows the shot's colour.
        List<SceneCapture> captures = detect(Clips.fourColourShots(), 8000, KEYFRAMES);
        assertThat(captures).extracting(SceneCapture::timeMs).containsExactly(0L, 2000L, 4000L, 6000L);
        assertThat(captures).extracting(c -> Colours.dominant(c.image()))
                .containsExactly("red", "green", "blue", "white");
        assertThat(captures.subList(1, 4)).allSatisfy(c -> assertThat(c.cutScore()).isGreaterThan(0.3));
    }

    @Test
    void aKeyframeScanFindsNoCutInAStaticSceneOrSteadyMotion() throws Exception {
        assertThat(detect(Clips.staticSceneManyKeyframes(), 6000, KEYFRAMES)).hasSize(1);
        assertThat(detect(Clips.steadyMotion(), 6000, KEYFRAMES)).hasSize(1);
    }

    @Test
    void keyframesFurtherApartThanTheLimitAreScannedFrameByFrame() throws Exception {
        SceneOptions tight = new SceneOptions(0.3, 1000, 20, 500, new FrameSize(1280, 1280), 1500);
        assertThat(detect(Clips.fourColourShots(), 8000, tight)).extracting(SceneCapture::timeMs)
                .containsExactly(520L, 2520L, 4520L, 6520L);
    }

    @Test
    void aStaticSceneWithManyKeyframesIsOneCapture() throws Exception {
        assertThat(detect(Clips.staticSceneManyKeyframes(), 6000, DEFAULTS)).hasSize(1);
    }

    @Test
    void steadyMotionIsNotACut() throws Exception {
        assertThat(detect(Clips.steadyMotion(), 6000, DEFAULTS)).hasSize(1);
    }

    @Test
    void theCountIsBoundedAndSpreadOverTheVideo() throws Exception {
        SceneOptions two = new SceneOptions(0.3, 1000, 2, 500, new FrameSize(320, 320), 0);
        List<SceneCapture> captures = detect(Clips.fourColourShots(), 8000, two);
        // Spacing grows to 8 s / 2 = 4 s: the shots at 0 s and 4 s are kept, those at 2 s and 6 s are not.
        assertThat(captures).extracting(SceneCapture::timeMs).containsExactly(520L, 4520L);
        assertThat(captures.get(0).image().getWidth()).isEqualTo(320);
    }

    @Test
    void aClipShorterThanTheCaptureDelayStillGetsItsFirstPicture() throws Exception {
        SceneOptions late = new SceneOptions(0.3, 1000, 20, 60_000, new FrameSize(320, 320), 0);
        // Every shot ends before the delay is up: each is captured at its first picture.
        List<SceneCapture> captures = detect(Clips.fourColourShots(), 8000, late);
        assertThat(captures).extracting(SceneCapture::timeMs).containsExactly(0L, 2000L, 4000L, 6000L);
    }

    private static List<SceneCapture> detect(Path clip, long durationMs, SceneOptions options) throws Exception {
        List<SceneCapture> captures = new ArrayList<>();
        int count = new SceneDetector(options).detect(clip, durationMs, captures::add);
        assertThat(count).isEqualTo(captures.size());
        return captures;
    }
}
