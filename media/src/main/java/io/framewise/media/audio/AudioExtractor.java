package io.framewise.media.audio;

import io.framewise.media.MediaInput;
import io.framewise.media.FfmpegNatives;
import io.framewise.media.UnusableMediaException;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Opens the audio track of a video (or audio file) as mono 16 kHz 16-bit PCM, the input speech recognisers
 * expect. FFmpeg decodes and resamples in-process as the stream is read; nothing is written to disk.
 */
public final class AudioExtractor {

    /** Samples per second of the PCM handed out. */
    public static final int SAMPLE_RATE = 16_000;
    /** 16-bit mono: two bytes per sample. */
    static final int BYTES_PER_MS = SAMPLE_RATE * 2 / 1000;

    private AudioExtractor() {
    }

    /** The file's first audio track as PCM, or empty when it has none (a silent video). */
    public static Optional<PcmStream> open(Path file) throws UnusableMediaException {
        FfmpegNatives.load();
        FFmpegFrameGrabber grabber = MediaInput.restrict(new FFmpegFrameGrabber(file.toFile()));
        grabber.setSampleRate(SAMPLE_RATE);
        grabber.setAudioChannels(1);
        grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_S16);
        try {
            grabber.start();
            // The channel count asked for above is what getAudioChannels() reports: ask for the stream itself.
            // (grabSamples() skips the video's packets without decoding them.)
            if (!grabber.hasAudio()) {
                grabber.close();
                return Optional.empty();
            }
            long durationMs = Math.max(0, grabber.getLengthInTime() / 1000);
            return Optional.of(new PcmStream(grabber, durationMs));
        } catch (FrameGrabber.Exception | RuntimeException e) {
            try {
                grabber.close();
            } catch (FrameGrabber.Exception ignored) {
                // the open failure is what matters
            }
            throw new UnusableMediaException("the audio could not be opened: " + e.getMessage(), e);
        }
    }
}
