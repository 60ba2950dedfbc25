package io.framewise.media.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ShortBuffer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * The audio of a media file as raw PCM: signed 16-bit little-endian samples, one channel, at
 * {@link AudioExtractor#SAMPLE_RATE}. Decoded one FFmpeg frame at a time as it is read, so a four-hour file
 * never sits in memory; {@link #positionMs()} says how far reading has got, for progress reports.
 */
public final class PcmStream extends InputStream {

    private final FFmpegFrameGrabber grabber;
    private final long durationMs;
    private byte[] chunk = new byte[0];
    private int chunkPosition;
    private long bytesRead;
    private boolean ended;

    PcmStream(FFmpegFrameGrabber grabber, long durationMs) {
        this.grabber = grabber;
        this.durationMs = durationMs;
    }

    /** The length of the audio as the container states it; 0 when it does not say. */
    public long durationMs() {
        return durationMs;
    }

    /** Milliseconds of audio handed out so far. */
    public long positionMs() {
        return bytesRead / AudioExtractor.BYTES_PER_MS;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (chunkPosition >= chunk.length) {
            if (ended || !decodeNext()) {
                ended = true;
                return -1;
            }
        }
        int n = Math.min(length, chunk.length - chunkPosition);
        System.arraycopy(chunk, chunkPosition, target, offset, n);
        chunkPosition += n;
        bytesRead += n;
        return n;
    }

    private boolean decodeNext() throws IOException {
        try {
            Frame frame = grabber.grabSamples();
            if (frame == null) {
                return false;
            }
            if (frame.samples == null || frame.samples.length == 0) {
                chunk = new byte[0];
            } else {
                // The grabber resamples to packed mono S16, so the one buffer holds every sample in order.
                ShortBuffer samples = (ShortBuffer) frame.samples[0];
                samples.rewind();
                byte[] bytes = new byte[samples.remaining() * 2];
                for (int i = 0; i < bytes.length; i += 2) {
                    short s = samples.get();
                    bytes[i] = (byte) s;
                    bytes[i + 1] = (byte) (s >> 8);
                }
                chunk = bytes;
            }
            chunkPosition = 0;
            return true;
        } catch (FrameGrabber.Exception e) {
            throw new IOException("the audio could not be decoded after " + positionMs() + " ms: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public void close() {
        ended = true;
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // nothing left to do with a grabber that cannot even close
        }
    }
}
