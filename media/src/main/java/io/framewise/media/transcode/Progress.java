package io.framewise.media.transcode;

/**
 * How far an FFmpeg run has come, from its {@code -progress} report: the output time reached, that as a fraction of
 * the source's duration (0..1), and FFmpeg's speed (1.0 = real time; 0 when it has not said).
 */
public record Progress(long outTimeMs, double fraction, double speed, boolean finished) {

    public int percent() {
        return (int) Math.floor(fraction * 100);
    }
}
