package io.framewise.media.scene;

import java.nio.ByteBuffer;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * A decoded picture whose pixels the scene scorer can read, in whatever layout the decoder produced: reading
 * the decoder's own planes saves converting every frame of the video to BGR, which costs more than decoding.
 */
interface Picture {

    int width();

    int height();

    /** Writes the pixel's luma and its two colour differences (Y, Cb, Cr; 0..255) into {@code out}. */
    void sample(int x, int y, int[] out);

    /** Whether decoded frames of this pixel format can be read in place. */
    static boolean reads(int pixelFormat) {
        return pixelFormat == avutil.AV_PIX_FMT_YUV420P || pixelFormat == avutil.AV_PIX_FMT_YUVJ420P
                || pixelFormat == avutil.AV_PIX_FMT_NV12;
    }

    /** The decoder's frame, read in place; only for formats that {@link #reads} accepts. */
    static Picture ofDecoded(AVFrame frame) {
        return frame.format() == avutil.AV_PIX_FMT_NV12 ? new Nv12(frame) : new Yuv420(frame);
    }

    /** Packed 8-bit BGR, what JavaCV converts to; sampled as full-range Y, Cb, Cr (BT.601), like the planes. */
    record Bgr(ByteBuffer pixels, int width, int height, int stride) implements Picture {
        @Override
        public void sample(int x, int y, int[] out) {
            int offset = y * stride + x * 3;
            int blue = pixels.get(offset) & 0xff;
            int green = pixels.get(offset + 1) & 0xff;
            int red = pixels.get(offset + 2) & 0xff;
            int luma = (77 * red + 150 * green + 29 * blue) >> 8;
            out[0] = luma;
            out[1] = Math.clamp(128 + ((blue - luma) * 144 >> 8), 0, 255);
            out[2] = Math.clamp(128 + ((red - luma) * 183 >> 8), 0, 255);
        }
    }

    /** Planar 4:2:0 YUV (most H.264, HEVC, VP9 and AV1 video): Y full size, U and V a quarter each. */
    final class Yuv420 implements Picture {
        private final int width;
        private final int height;
        private final ByteBuffer luma;
        private final ByteBuffer blueDifference;
        private final ByteBuffer redDifference;
        private final int lumaStride;
        private final int blueStride;
        private final int redStride;

        Yuv420(AVFrame frame) {
            width = frame.width();
            height = frame.height();
            lumaStride = frame.linesize(0);
            blueStride = frame.linesize(1);
            redStride = frame.linesize(2);
            luma = plane(frame, 0, height);
            blueDifference = plane(frame, 1, (height + 1) / 2);
            redDifference = plane(frame, 2, (height + 1) / 2);
        }

        @Override
        public int width() {
            return width;
        }

        @Override
        public int height() {
            return height;
        }

        @Override
        public void sample(int x, int y, int[] out) {
            out[0] = luma.get(y * lumaStride + x) & 0xff;
            out[1] = blueDifference.get((y >> 1) * blueStride + (x >> 1)) & 0xff;
            out[2] = redDifference.get((y >> 1) * redStride + (x >> 1)) & 0xff;
        }
    }

    /** Semi-planar 4:2:0 YUV (hardware decoders): Y, then U and V interleaved at quarter size. */
    final class Nv12 implements Picture {
        private final int width;
        private final int height;
        private final ByteBuffer luma;
        private final ByteBuffer chroma;
        private final int lumaStride;
        private final int chromaStride;

        Nv12(AVFrame frame) {
            width = frame.width();
            height = frame.height();
            lumaStride = frame.linesize(0);
            chromaStride = frame.linesize(1);
            luma = plane(frame, 0, height);
            chroma = plane(frame, 1, (height + 1) / 2);
        }

        @Override
        public int width() {
            return width;
        }

        @Override
        public int height() {
            return height;
        }

        @Override
        public void sample(int x, int y, int[] out) {
            int offset = (y >> 1) * chromaStride + (x & ~1);
            out[0] = luma.get(y * lumaStride + x) & 0xff;
            out[1] = chroma.get(offset) & 0xff;
            out[2] = chroma.get(offset + 1) & 0xff;
        }
    }

    private static ByteBuffer plane(AVFrame frame, int index, int rows) {
        return frame.data(index).capacity((long) frame.linesize(index) * rows).asBuffer();
    }
}
