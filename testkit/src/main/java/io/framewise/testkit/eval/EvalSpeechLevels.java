package io.framewise.testkit.eval;

import io.framewise.testkit.eval.EvalSpeechWav.Pcm;

/**
 * Levels of speech, measured in 10 ms frames: which frames are active (within 30 dB of the loudest frame), how long
 * the speech runs from its first to its last active frame, and its active power, the level a signal-to-noise
 * ratio is stated against (pauses between sentences do not dilute it).
 */
final class EvalSpeechLevels {

    private static final double ACTIVE_BELOW_PEAK_DB = 30;

    private EvalSpeechLevels() {
    }

    static long activeSpanMillis(Pcm pcm) {
        double[] frames = framePowers(pcm.values(), frameLength(pcm.rate()));
        double threshold = threshold(frames);
        int first = -1;
        int last = -1;
        for (int i = 0; i < frames.length; i++) {
            if (frames[i] >= threshold) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? 0 : (last - first + 1) * 10L;
    }

    /** Mean power (of values in -1..1) over the active frames. */
    static double activePower(double[] values, int rate) {
        double[] frames = framePowers(values, frameLength(rate));
        double threshold = threshold(frames);
        double sum = 0;
        int active = 0;
        for (double frame : frames) {
            if (frame >= threshold) {
                sum += frame;
                active++;
            }
        }
        return active == 0 ? 0 : sum / active;
    }

    static double power(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static int frameLength(int rate) {
        return Math.max(1, rate / 100);
    }

    private static double threshold(double[] frames) {
        double peak = 0;
        for (double frame : frames) {
            peak = Math.max(peak, frame);
        }
        return Math.max(1e-12, peak * Math.pow(10, -ACTIVE_BELOW_PEAK_DB / 10));
    }

    private static double[] framePowers(double[] values, int length) {
        double[] frames = new double[values.length / length];
        for (int f = 0; f < frames.length; f++) {
            double sum = 0;
            for (int i = f * length; i < (f + 1) * length; i++) {
                sum += values[i] * values[i];
            }
            frames[f] = sum / length;
        }
        return frames;
    }
}
