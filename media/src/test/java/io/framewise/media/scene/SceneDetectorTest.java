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

    /** Every frame scanned; capture-svc's threshold and spread. */
    private static final SceneOptions DEFAULTS = new SceneOptions(0.08, 6, 1000, 20, 500, new FrameSize(1280, 1280),
            0);
    /** Keyframe by keyframe where they are at most 2.5 s apart (capture-svc's default). */
    private static final SceneOptions KEYFRAMES = new SceneOptions(0.08, 6, 1000, 20, 500,
            new FrameSize(1280, 1280), 2500);

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
        assertThat(captures.subList(1, 4)).allSatisfy(c -> assertThat(c.cutScore()).isGreaterThan(0.08));
    }

    @Test
    void aCrossFadeStartsOneShotCapturedPastTheBlend() throws Exception {
        // Bars until 2.5 s, a 1 s cross-fade, then a moving test pattern: no two pictures in a row differ much.
        List<SceneCapture> captures = detect(Clips.crossFade(), 6000, DEFAULTS);
        assertThat(captures).hasSize(2);
        assertThat(captures.get(1).timeMs()).isGreaterThanOrEqualTo(3500);
    }

    @Test
    void aKeyframeScanFindsAShotWithoutAKeyframeOfItsOwn() throws Exception {
        // Keyframes at 0, 2 and 4 s; the green shot lasts from 2.6 to 3.8 s: only the pictures between the
        // keyframes show it.
        List<SceneCapture> captures = keyframeScanOf(Clips.shortShotBetweenKeyframes());
        assertThat(captures).extracting(c -> Colours.dominant(c.image())).containsExactly("red", "green", "blue");
        assertThat(captures.get(1).timeMs()).isBetween(2600L, 3799L);
    }

    @Test
    void aKeyframeScanFindsAShotCutInBetweenTwoKeyframesOfTheSamePicture() throws Exception {
        // Keyframes at 0, 2 and 4 s, those at 2 and 4 s both red: the green shot from 2.6 to 3.8 s shows only in
        // the bytes of the pictures between them.
        assertThat(keyframeScanOf(Clips.intercutBetweenKeyframes())).extracting(c -> Colours.dominant(c.image()))
                .containsExactly("red", "green", "red");
    }

    /** A 6 s clip only Debian's ffmpeg (x264, keyframes off the cuts) can make, scanned keyframe by keyframe. */
    private static List<SceneCapture> keyframeScanOf(java.util.Optional<Path> clip) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(clip.isPresent(), "needs Debian's ffmpeg (x264) to make it");
        return detect(clip.get(), 6000, KEYFRAMES);
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
        assertThat(captures.subList(1, 4)).allSatisfy(c -> assertThat(c.cutScore()).isGreaterThan(0.08));
    }

    @Test
    void aKeyframeScanFindsNoCutInAStaticSceneOrSteadyMotion() throws Exception {
        assertThat(detect(Clips.staticSceneManyKeyframes(), 6000, KEYFRAMES)).hasSize(1);
        assertThat(detect(Clips.steadyMotion(), 6000, KEYFRAMES)).hasSize(1);
    }

    @Test
    void keyframesFurtherApartThanTheLimitAreScannedFrameByFrame() throws Exception {
        SceneOptions tight = new SceneOptions(0.08, 1000, 20, 500, new FrameSize(1280, 1280), 1500);
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
        SceneOptions two = new SceneOptions(0.08, 1000, 2, 500, new FrameSize(320, 320), 0);
        List<SceneCapture> captures = detect(Clips.fourColourShots(), 8000, two);
        // The budget by time t is 2 x (t / 8 s + 1/4): one capture until 2 s, a second from 4 s: the shots at 0 s and
        // 4 s are kept, those at 2 s and 6 s are not.
        assertThat(captures).extracting(SceneCapture::timeMs).containsExactly(520L, 4520L);
        assertThat(captures.get(0).image().getWidth()).isEqualTo(320);
    }

    @Test
    void aClipShorterThanTheCaptureDelayStillGetsItsFirstPicture() throws Exception {
        SceneOptions late = new SceneOptions(0.08, 1000, 20, 60_000, new FrameSize(320, 320), 0);
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
