package io.framewise.media.scene;

import io.framewise.media.MediaInput;
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
 * A decoder of pictures to score, as cheaply as it can: without the deblocking filter (which cannot hide a cut),
 * reading the decoder's own YUV planes where it can, because converting every frame to BGR would cost more than
 * decoding it; optionally only the keyframes. Times count from the first picture.
 */
final class Pictures implements AutoCloseable {

    /** For decoders whose layout {@link Picture} does not read: converted to BGR this small. */
    private static final FrameSize FALLBACK_SIZE = new FrameSize(256, 256);

    private final FFmpegFrameGrabber grabber;
    private final long startUs;
    private long timeMs;

    private Pictures(FFmpegFrameGrabber grabber) {
        this.grabber = grabber;
        this.startUs = VideoClock.startUs(grabber);
    }

    /**
     * @param keyframesOnly decode the keyframes only
     * @param seeking       the caller seeks often: one decoding thread, as frame threads would decode ahead only
     *                      for a seek to throw the pictures away
     */
    static Pictures open(Path file, boolean keyframesOnly, boolean seeking) throws FrameGrabber.Exception {
        FFmpegFrameGrabber grabber = MediaInput.restrict(new FFmpegFrameGrabber(file.toFile()));
        grabber.setVideoOption("skip_loop_filter", "all");
        if (seeking) {
            grabber.setVideoOption("threads", "1");
        }
        if (keyframesOnly) {
            grabber.setVideoOption("skip_frame", "nokey");
        }
        grabber.setImageMode(FrameGrabber.ImageMode.RAW);
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            grabber.close();
            throw e;
        }
        if (!Picture.reads(grabber.getPixelFormat())) {
            FrameSize size = FrameSize.within(grabber.getImageWidth(), grabber.getImageHeight(),
                    FALLBACK_SIZE.width(), FALLBACK_SIZE.height());
            grabber.setImageMode(FrameGrabber.ImageMode.COLOR);
            grabber.setImageWidth(size.width());
            grabber.setImageHeight(size.height());
            grabber.setImageScalingFlags(swscale.SWS_FAST_BILINEAR);
        }
        return new Pictures(grabber);
    }

    /** The next picture's signature, or null at the end; its time is then {@link #timeMs()}. */
    Signature next() throws FrameGrabber.Exception {
        Frame frame = grabber.grabImage();
        if (frame == null) {
            return null;
        }
        timeMs = Math.max(0, (grabber.getTimestamp() - startUs) / 1000);
        if (frame.opaque instanceof AVFrame decoded && Picture.reads(decoded.format())) {
            return Signature.of(Picture.ofDecoded(decoded));
        }
        return Signature.of(new Picture.Bgr((ByteBuffer) frame.image[0], frame.imageWidth, frame.imageHeight,
                frame.imageStride));
    }

    long timeMs() {
        return timeMs;
    }

    /** Goes back to the keyframe at {@code keyframeMs}: the next picture is that keyframe or the one after it. */
    void seekToKeyframe(long keyframeMs) throws FrameGrabber.Exception {
        grabber.setVideoTimestamp(keyframeMs * 1000);
    }

    @Override
    public void close() {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // nothing left to do with a grabber that cannot even close
        }
    }
}
