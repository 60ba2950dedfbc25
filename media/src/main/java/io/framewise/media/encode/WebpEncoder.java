package io.framewise.media.encode;

import io.framewise.media.FfmpegNatives;
import io.framewise.media.frames.VideoFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/** An animated WebP (libwebp, lossy): full colour and about a third of the GIF's size. */
public final class WebpEncoder implements AnimationEncoder {

    private final int quality;

    /** @param quality libwebp's quality, 0 (smallest) to 100 (best) */
    public WebpEncoder(int quality) {
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality must be within 0..100, was " + quality);
        }
        this.quality = quality;
    }

    @Override
    public EncodedImage encode(List<VideoFrame> frames, Duration frameDelay, Path target) throws IOException {
        FfmpegNatives.load();
        int[] size = AnimationEncoder.commonSize(frames, frameDelay);
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(target.toFile(), size[0], size[1]);
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            recorder.setFormat("webp");
            recorder.setVideoCodecName("libwebp_anim");
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(1000.0 / frameDelay.toMillis());
            recorder.setVideoOption("quality", Integer.toString(quality));
            recorder.setVideoOption("compression_level", "4");
            recorder.setOption("loop", "0");
            recorder.start();
            for (VideoFrame frame : frames) {
                recorder.record(converter.convert(frame.image()), avutil.AV_PIX_FMT_BGR24);
            }
            recorder.stop();
            return new EncodedImage(target, "image/webp", size[0], size[1], frames.size(), Files.size(target));
        } catch (FrameRecorder.Exception e) {
            throw new IOException("WebP encoding failed: " + e.getMessage(), e);
        }
    }
}
