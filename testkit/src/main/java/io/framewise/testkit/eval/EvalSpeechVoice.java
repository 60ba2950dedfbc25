package io.framewise.testkit.eval;

import io.framewise.testkit.WordErrorRate;
import io.framewise.testkit.eval.EvalSpeechWav.Pcm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The synthetic speakers of the evaluation set: espeak-ng (a formant synthesizer: clear but robotic) in four
 * voices, and two Festival voices that sound more human (a statistical HTS voice and a diphone voice). Each speaks
 * a passage at a rate asked for in words per minute, measured on the speech it made, not the engine's own
 * notion of rate (espeak-ng's "-s 160" comes out near 190 real words a minute on these sentences).
 */
public enum EvalSpeechVoice {

    ESPEAK_US_MALE("espeak-ng en-us (male)", Synthesizer.ESPEAK, "en-us"),
    ESPEAK_US_FEMALE("espeak-ng en-us+f3 (female)", Synthesizer.ESPEAK, "en-us+f3"),
    ESPEAK_GB_MALE("espeak-ng en-gb (male)", Synthesizer.ESPEAK, "en-gb"),
    ESPEAK_GB_FEMALE("espeak-ng en-gb+f4 (female)", Synthesizer.ESPEAK, "en-gb+f4"),
    FESTIVAL_US_FEMALE("festival cmu_us_slt_arctic_hts (female)", Synthesizer.FESTIVAL_HTS, "cmu_us_slt_arctic_hts"),
    FESTIVAL_US_MALE("festival kal_diphone (male)", Synthesizer.FESTIVAL_DIPHONE, "kal_diphone");

    /** espeak-ng's own default rate, the base its "-s" scales. */
    private static final int ESPEAK_DEFAULT_RATE = 175;

    private final String label;
    private final Synthesizer synthesizer;
    private final String voice;

    EvalSpeechVoice(String label, Synthesizer synthesizer, String voice) {
        this.label = label;
        this.synthesizer = synthesizer;
        this.voice = voice;
    }

    public String label() {
        return label;
    }

    /** The Debian packages this voice needs. */
    public String packages() {
        return switch (synthesizer) {
            case ESPEAK -> "espeak-ng";
            case FESTIVAL_HTS -> "festival festvox-us-slt-hts";
            case FESTIVAL_DIPHONE -> "festival festvox-kallpc16k";
        };
    }

    /** Whether the synthesizer and this voice are installed. */
    public boolean available() {
        try {
            speak("test", 1.0);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The text spoken at about {@code wordsPerMinute} (within 3 %): spoken at the voice's own rate, measured, and
     * spoken again with the rate scaled towards the target, up to three times (rate and speed are not quite
     * proportional).
     */
    public Pcm speakAt(String text, int wordsPerMinute) throws IOException {
        int words = WordErrorRate.words(text).size();
        double speed = 1.0;
        Pcm speech = speak(text, speed);
        for (int attempt = 0; attempt < 3; attempt++) {
            double measured = wordsPerMinute(speech, words);
            if (Math.abs(measured / wordsPerMinute - 1) <= 0.03) {
                break;
            }
            speed *= wordsPerMinute / measured;
            speech = speak(text, speed);
        }
        return speech;
    }

    /** Words per minute over the span from the first to the last sound above a quiet threshold. */
    public static double wordsPerMinute(Pcm speech, int words) {
        return words * 60_000.0 / Math.max(1, EvalSpeechLevels.activeSpanMillis(speech));
    }

    /** The text spoken {@code speed} times as fast as the voice's own rate. */
    Pcm speak(String text, double speed) throws IOException {
        if (synthesizer == Synthesizer.ESPEAK) {
            String rate = Integer.toString((int) Math.round(ESPEAK_DEFAULT_RATE * speed));
            return EvalSpeechWav.printedBy(List.of("espeak-ng", "-v", voice, "-s", rate, "--stdout", text));
        }
        Path script = Files.createTempFile("festival-", ".txt");
        try {
            Files.writeString(script, text, StandardCharsets.UTF_8);
            String rate = synthesizer == Synthesizer.FESTIVAL_HTS
                    // hts_engine's own speed option: > 1 is faster
                    ? String.format(Locale.ROOT, "(set! hts_engine_params (append hts_engine_params "
                            + "(list (list \"-r\" %.3f))))", speed)
                    // durations are multiplied by this: > 1 is slower
                    : String.format(Locale.ROOT, "(Parameter.set 'Duration_Stretch %.3f)", 1 / speed);
            // text2wave prints the WAV on its standard output when no -o is given.
            return EvalSpeechWav.printedBy(List.of("text2wave", "-eval", "(voice_" + voice + ")", "-eval", rate,
                    script.toString()));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private enum Synthesizer { ESPEAK, FESTIVAL_HTS, FESTIVAL_DIPHONE }
}
