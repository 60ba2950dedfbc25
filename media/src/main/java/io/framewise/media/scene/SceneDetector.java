package io.framewise.media.scene;

import io.framewise.media.FfmpegNatives;
import io.framewise.media.UnusableMediaException;
import io.framewise.media.frames.Decoding;
import io.framewise.media.frames.FrameReader;
import io.framewise.media.frames.FrameSize;
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
 * <p>The scan decodes every frame, but cheaply: without the deblocking filter (which cannot hide a cut), and
 * reading the decoder's own YUV planes where it can, because converting every frame to BGR would cost more than
 * decoding it. Each capture is then taken at full quality by a second reader that seeks to it.
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
        try (FFmpegFrameGrabber scanner = openScanner(file);
             FrameReader captureReader = FrameReader.open(file, options.box(), Decoding.FULL)) {
            return scan(scanner, captureReader, options.spacingFor(durationMs), listener);
        } catch (UnusableMediaException e) {
            throw e;
        } catch (FrameGrabber.Exception e) {
            throw new UnusableMediaException("the video could not be decoded: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("handing over a capture failed: " + e.getMessage(), e);
        }
    }

    private static FFmpegFrameGrabber openScanner(Path file) throws FrameGrabber.Exception {
        FFmpegFrameGrabber scanner = new FFmpegFrameGrabber(file.toFile());
        scanner.setVideoOption("skip_loop_filter", "all");
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

    private int scan(FFmpegFrameGrabber scanner, FrameReader captureReader, long spacingMs, CaptureListener listener)
            throws Exception {
        try (CaptureTaker taker = new CaptureTaker(captureReader, listener)) {
            CutScorer scorer = new CutScorer();
            Shot shot = null;
            long firstFrameMs = 0;
            Frame frame;
            while (taker.requested() < options.maxCaptures() && !taker.failed()
                    && (frame = scanner.grabImage()) != null) {
                long timeMs = Math.max(0, scanner.getTimestamp() / 1000);
                double score = scorer.score(pictureOf(frame));
                if (shot == null) {
                    shot = new Shot(timeMs, 0);
                    firstFrameMs = timeMs;
                } else if (score >= options.threshold() && timeMs - shot.startMs >= spacingMs) {
                    shot = new Shot(timeMs, score);
                }
                if (!shot.captured && timeMs >= shot.startMs + options.captureDelayMs()) {
                    shot.captured = true;
                    taker.take(timeMs, shot.cutScore);
                }
            }
            if (shot == null) {
                throw new UnusableMediaException("no picture could be decoded: the file looks truncated or damaged");
            }
            if (taker.requested() == 0) {
                // A video shorter than the capture delay: its first picture stands for it.
                taker.take(firstFrameMs, 0);
            }
            return taker.finish();
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
