package io.framewise.media.scene;

import io.framewise.media.FfmpegNatives;
import io.framewise.media.UnusableMediaException;
import io.framewise.media.frames.Decoding;
import io.framewise.media.frames.FrameReader;
import java.nio.file.Path;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Finds the shots of a video in one decoding pass and captures one picture per shot: a static scene gives one
 * capture however many keyframes it has; a hard cut, a cross-fade or a fade through black starts a new one.
 * Captures are handed to the listener as they are found, from a thread of their own ({@link CaptureTaker}) while
 * the scan goes on. The first shot is always captured, so every decodable video has at least one.
 *
 * <p>Each picture is reduced to a {@link Signature} of its content area (black bars left out). Where the
 * container's index shows keyframes at most {@link SceneOptions#keyframeScanMaxGapMs()} apart, only the keyframes
 * are decoded and compared, and where two keyframes differ at all (by half the threshold: a cut, a transition or
 * motion between them) or a picture between them is coded nearly whole, as the first of a new shot is (a short
 * shot cut in between two keyframes that show the same picture), the pictures between them are decoded too and
 * judged one by one: a cut between keyframes is found where it is, and a shot with no keyframe of its own is not
 * lost. Other videos are decoded picture by picture. Each capture is taken at full quality by a second reader that seeks to it.
 */
public final class SceneDetector {

    private final SceneOptions options;

    public SceneDetector(SceneOptions options) {
        this.options = options;
    }

    /** Scans the video (of about {@code durationMs}) and returns how many captures it handed over. */
    public int detect(Path file, long durationMs, CaptureListener listener) throws UnusableMediaException {
        FfmpegNatives.load();
        try (FrameReader captureReader = FrameReader.open(file, options.box(), Decoding.FULL)) {
            boolean keyframesOnly = keyframesOnly(captureReader, durationMs);
            try (CaptureTaker taker = new CaptureTaker(captureReader, listener);
                 Pictures scanner = Pictures.open(file, keyframesOnly, false)) {
                ShotTracker shots = new ShotTracker(options, durationMs, taker);
                CutFinder cuts = new CutFinder(options, shots);
                long endMs = keyframesOnly ? scanKeyframes(scanner, file, cuts, shots) : scanFrames(scanner, cuts, shots);
                if (!shots.started()) {
                    throw new UnusableMediaException("no picture could be decoded: the file looks truncated or damaged");
                }
                shots.finish(Math.max(endMs, durationMs));
                return taker.finish();
            }
        } catch (UnusableMediaException e) {
            throw e;
        } catch (FrameGrabber.Exception e) {
            throw new UnusableMediaException("the video could not be decoded: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("handing over a capture failed: " + e.getMessage(), e);
        }
    }

    /** How this video would be scanned: {@code "keyframes"} or {@code "frames"} (for reports). */
    public String scanModeOf(Path file, long durationMs) throws UnusableMediaException {
        try (FrameReader reader = FrameReader.open(file, options.box(), Decoding.FAST)) {
            return keyframesOnly(reader, durationMs) ? "keyframes" : "frames";
        }
    }

    private boolean keyframesOnly(FrameReader reader, long durationMs) {
        return options.keyframeScanMaxGapMs() > 0
                && reader.keyframes().longestGapMs(durationMs) <= options.keyframeScanMaxGapMs();
    }

    private static long scanFrames(Pictures scanner, CutFinder cuts, ShotTracker shots) throws FrameGrabber.Exception {
        Signature picture;
        while (!(shots.started() && shots.full()) && (picture = scanner.next()) != null) {
            cuts.picture(scanner.timeMs(), picture, true);
        }
        return scanner.timeMs();
    }

    /**
     * Keyframe by keyframe; where a picture between two keyframes takes as many bytes as a new shot does, or where
     * they differ by half the threshold or more and the pictures between them are not mere repeats of the first
     * (a cut exactly at the second keyframe, as encoders place them, needs nothing decoded: {@link PacketSizes}),
     * the pictures between them are decoded (by a second decoder, opened the first time) and judged in order
     * before the second keyframe.
     */
    private long scanKeyframes(Pictures keyframes, Path file, CutFinder cuts, ShotTracker shots)
            throws FrameGrabber.Exception {
        PacketSizes sizes = PacketSizes.of(file);
        Pictures between = null;
        try {
            Signature previous = null;
            long previousMs = 0;
            Signature keyframe;
            while (!(shots.started() && shots.full()) && (keyframe = keyframes.next()) != null) {
                long timeMs = keyframes.timeMs();
                boolean differ = previous != null && keyframe.differenceTo(previous) >= options.threshold() / 2;
                if (previous != null && (sizes.burstBetween(previousMs, timeMs)
                        || differ && !sizes.quietBetween(previousMs, timeMs))) {
                    if (between == null) {
                        between = Pictures.open(file, false, true);
                    }
                    between.seekToKeyframe(previousMs);
                    Signature picture;
                    while ((picture = between.next()) != null && between.timeMs() < timeMs) {
                        // Once a hard cut leads to what the next keyframe shows, the rest of the group is that
                        // shot: no need to decode it.
                        if (between.timeMs() > previousMs && cuts.picture(between.timeMs(), picture, false)
                                && picture.differenceTo(keyframe) < options.threshold() / 2) {
                            break;
                        }
                    }
                }
                cuts.picture(timeMs, keyframe, true);
                previous = keyframe;
                previousMs = timeMs;
            }
            return keyframes.timeMs();
        } finally {
            if (between != null) {
                between.close();
            }
        }
    }
}
