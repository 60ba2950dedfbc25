package io.framewise.testkit.eval;

import io.framewise.media.cli.FfmpegCli;
import io.framewise.testkit.eval.EvalSpeechWav.Pcm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What plays under the speech: nothing, noise, or music, each made by FFmpeg's own generators (seeded, so the
 * same every time) and mixed in at a stated signal-to-noise ratio: the speech's active power over the noise's
 * power.
 */
public enum EvalSpeechNoise {

    CLEAN("clean", null, Double.POSITIVE_INFINITY),
    PINK_NOISE_20DB("pink noise, SNR 20 dB", "anoisesrc=color=pink:seed=7:amplitude=0.5:sample_rate=%d", 20),
    WHITE_NOISE_15DB("white noise, SNR 15 dB", "anoisesrc=color=white:seed=11:amplitude=0.5:sample_rate=%d", 15),
    MUSIC_15DB("music (piano-like chords), SNR 15 dB", "aevalsrc='" + Chords.EXPRESSION + "':sample_rate=%d", 15);

    private final String label;
    private final String generator;
    private final double snrDb;

    EvalSpeechNoise(String label, String generator, double snrDb) {
        this.label = label;
        this.generator = generator;
        this.snrDb = snrDb;
    }

    public String label() {
        return label;
    }

    public double snrDb() {
        return snrDb;
    }

    /** The speech with this noise under it, over its whole length (the lead-in silence included). */
    Pcm under(Pcm speech) throws IOException {
        if (generator == null) {
            return speech;
        }
        double[] voice = speech.values();
        double[] noise = generate(speech.rate(), voice.length);
        double gain = Math.sqrt(EvalSpeechLevels.activePower(voice, speech.rate())
                / Math.max(1e-12, EvalSpeechLevels.power(noise)) / Math.pow(10, snrDb / 10));
        double[] mixed = new double[voice.length];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = voice[i] + gain * noise[i];
        }
        return Pcm.of(speech.rate(), mixed);
    }

    private double[] generate(int rate, int samples) throws IOException {
        Path wav = Files.createTempFile("noise-", ".wav");
        try {
            String seconds = String.format(Locale.ROOT, "%.4f", (samples + 1.0) / rate);
            FfmpegCli.run(List.of("-y", "-f", "lavfi", "-i", String.format(Locale.ROOT, generator, rate),
                    "-t", seconds, "-ac", "1", "-ar", Integer.toString(rate), "-c:a", "pcm_s16le", wav.toString()), 120);
            // Cut to the speech's length (it is shorter only by rounding, then padded with silence).
            return Arrays.copyOf(EvalSpeechWav.read(wav).values(), samples);
        } finally {
            Files.deleteIfExists(wav);
        }
    }

    /**
     * Four chords (C, A minor, F, G), two seconds each, struck every half second and decaying, with a bass an
     * octave below the root: a plain stand-in for background music, in FFmpeg's expression language.
     */
    private static final class Chords {
        private static final double[][] TRIADS = {
                {261.63, 329.63, 392.00}, {220.00, 261.63, 329.63}, {174.61, 220.00, 261.63}, {196.00, 246.94, 293.66}};
        static final String EXPRESSION = expression();

        private static String expression() {
            StringBuilder notes = new StringBuilder();
            for (int note = 0; note < 3; note++) {
                notes.append(note == 0 ? "" : "+").append("sin(2*PI*t*").append(frequency(note, 1)).append(')');
            }
            notes.append("+0.7*sin(2*PI*t*").append(frequency(0, 0.5)).append(')');
            return "(0.3+0.7*exp(-5*mod(t,0.5)))*(" + notes + ")/4";
        }

        /** The chord's note at the time t, times a factor: nested if() over the chord number floor(t/2) mod 4. */
        private static String frequency(int note, double factor) {
            String chord = "mod(floor(t/2),4)";
            String result = format(TRIADS[3][note] * factor);
            for (int c = 2; c >= 0; c--) {
                result = "if(eq(" + chord + "," + c + ")," + format(TRIADS[c][note] * factor) + "," + result + ")";
            }
            return result;
        }

        private static String format(double value) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
    }
}
