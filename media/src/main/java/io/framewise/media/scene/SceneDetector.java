package io.framewise.media.scene;

import io.framewise.media.FfmpegNatives;
import io.framewise.media.UnusableMediaException;
import io.framewise.media.frames.Decoding;
import io.framewise.media.frames.FrameReader;
import io.framewise.media.frames.FrameSize;
import io.framewise.media.frames.VideoClock;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Finds the shots of a video in one decoding pass and captures one picture per shot: a static scene gives one
 * capture however many keyframes it has, a hard cut starts a new one. Captures are handed to the listener as
 * they are found, from a thread of their own ({@link CaptureTaker}) while the scan goes on. The first shot is
 * always captured, so every decodable video has at least one.
 *
 * <p>Where the container's index shows keyframes at most {@link SceneOptions#keyframeScanMaxGapMs()} apart (phones,
 * cameras and streaming encoders put one every 1–2 s, and encoders put one at a cut), only the keyframes are
 * decoded and compared: a tenth of the decoding or less, and each capture is then a keyframe, one decode away.
 * Other videos are scanned frame by frame, cheaply: without the deblocking filter (which cannot hide a cut), and
 * reading the decoder's own YUV planes where it can, because converting every frame to BGR would cost more than
 * decoding it. Each capture is taken at full quality by a second reader that seeks to it.
 */
public final class SceneDetector {

    /** For decoders whose layout {@link Picture} does not read: converted to BGR this small. */
    private static final FrameSize FALLBACK_SCAN_SIZE = new FrameSize(256, 256);

    private final SceneOptions options;

    public SceneDetector(SceneOptions options) {
        this.options = options;
    }

    /** Scans the video (of about {@code durationMs}) and returns how many captures it handed over. */
    public int detect(Path file, long durationMs, CaptureListener listener) throws UnusableMediaException {
        FfmpegNatives.load();
        try (FrameReader captureReader = FrameReader.open(file, options.box(), Decoding.FULL)) {
            boolean keyframesOnly = keyframesOnly(captureReader, durationMs);
            try (FFmpegFrameGrabber scanner = openScanner(file, keyframesOnly)) {
                return scan(scanner, captureReader, new CutScorer(options.threshold()), options.spacingFor(durationMs),
                        listener);
            }
        } catch (UnusableMediaException e) {
            throw e;
        } catch (FrameGrabber.Exception e) {
            throw new UnusableMediaException("the video could not be decoded: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("handing over a capture failed: " + e.getMessage(), e);
        }
    }

    private boolean keyframesOnly(FrameReader reader, long durationMs) {
        return options.keyframeScanMaxGapMs() > 0
                && reader.keyframes().longestGapMs(durationMs) <= options.keyframeScanMaxGapMs();
    }

    private static FFmpegFrameGrabber openScanner(Path file, boolean keyframesOnly) throws FrameGrabber.Exception {
        FFmpegFrameGrabber scanner = new FFmpegFrameGrabber(file.toFile());
        scanner.setVideoOption("skip_loop_filter", "all");
        if (keyframesOnly) {
            scanner.setVideoOption("skip_frame", "nokey");
        }
        scanner.setImageMode(FrameGrabber.ImageMode.RAW);
        scanner.start();
        if (!Picture.reads(scanner.getPixelFormat())) {
            FrameSize size = FrameSize.within(scanner.getImageWidth(), scanner.getImageHeight(),
                    FALLBACK_SCAN_SIZE.width(), FALLBACK_SCAN_SIZE.height());
            scanner.setImageMode(FrameGrabber.ImageMode.COLOR);
            scanner.setImageWidth(size.width());
            scanner.setImageHeight(size.height());
            scanner.setImageScalingFlags(swscale.SWS_FAST_BILINEAR);
        }
        return scanner;
    }

    private static Picture pictureOf(Frame frame) {
        if (frame.opaque instanceof AVFrame decoded && Picture.reads(decoded.format())) {
            return Picture.ofDecoded(decoded);
        }
        return new Picture.Bgr((ByteBuffer) frame.image[0], frame.imageWidth, frame.imageHeight, frame.imageStride);
    }

    private int scan(FFmpegFrameGrabber scanner, FrameReader captureReader, CutScorer scorer, long spacingMs,
                     CaptureListener listener) throws Exception {
        try (CaptureTaker taker = new CaptureTaker(captureReader, listener)) {
            // Frames carry the stream's clock (MPEG-TS starts at 1.4 s); captures are asked for from the first picture.
            long startUs = VideoClock.startUs(scanner);
            Shot shot = null;
            Frame frame;
            while (taker.requested() < options.maxCaptures() && !taker.failed()
                    && (frame = scanner.grabImage()) != null) {
                long timeMs = Math.max(0, (scanner.getTimestamp() - startUs) / 1000);
                double score = scorer.score(pictureOf(frame));
                if (shot == null) {
                    shot = new Shot(timeMs, 0);
                } else if (score >= options.threshold() && timeMs - shot.startMs >= spacingMs) {
                    captureIfMissing(shot, taker);
                    shot = new Shot(timeMs, score);
                }
                if (!shot.captured && timeMs >= shot.startMs + options.captureDelayMs()
                        && taker.requested() < options.maxCaptures()) {
                    shot.captured = true;
                    taker.take(timeMs, shot.cutScore);
                }
            }
            if (shot == null) {
                throw new UnusableMediaException("no picture could be decoded: the file looks truncated or damaged");
            }
            captureIfMissing(shot, taker);
            return taker.finish();
        }
    }

    /**
     * A shot that ended before its capture delay was up (a short last shot, a shot with one keyframe, a video
     * shorter than the delay) is captured at its first picture.
     */
    private void captureIfMissing(Shot shot, CaptureTaker taker) {
        if (!shot.captured && taker.requested() < options.maxCaptures()) {
            shot.captured = true;
            taker.take(shot.startMs, shot.cutScore);
        }
    }

    /** The shot being scanned: where it started, how strong its cut was, whether it has its capture. */
    private static final class Shot {
        final long startMs;
        final double cutScore;
        boolean captured;

        Shot(long startMs, double cutScore) {
            this.startMs = startMs;
            this.cutScore = cutScore;
        }
    }
}
