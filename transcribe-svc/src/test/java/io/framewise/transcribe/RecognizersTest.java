package io.framewise.transcribe;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.media.audio.AudioExtractor;
import io.framewise.media.audio.PcmStream;
import io.framewise.testkit.TestSpeech;
import io.framewise.testkit.WordErrorRate;
import io.framewise.transcribe.domain.TimedWord;
import io.framewise.transcribe.service.SpeechRecognizer;
import io.framewise.transcribe.sphinx.PocketsphinxRecognizer;
import io.framewise.transcribe.sphinx.Sphinx4Recognizer;
import io.framewise.transcribe.vosk.VoskRecognizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The three engines on the same espeak-ng speech, straight from the WAV (resampled to 16 kHz by the media toolkit),
 * without the service around them: the word error rate and the real-time factor each reaches, printed, and
 * bounded from what was measured (README, "Engines").
 */
class RecognizersTest {

    @Test
    void pocketsphinxTranscribesTheTestSpeech() throws Exception {
        PocketsphinxRecognizer recognizer = new PocketsphinxRecognizer(TranscribeConfigs.of(Map.of()).pocketsphinx());
        Assumptions.assumeTrue(recognizer.installed(), "pocketsphinx is not installed: test skipped");
        measure(recognizer, 0.60);
    }

    @Test
    void sphinx4TranscribesTheTestSpeech() throws Exception {
        measure(new Sphinx4Recognizer(TranscribeConfigs.of(Map.of()).sphinx4()), 0.90);
    }

    @Test
    void voskTranscribesTheTestSpeech() throws Exception {
        measure(new VoskRecognizer(TranscribeConfigs.of(Map.of()).vosk()), 0.25);
    }

    private static void measure(SpeechRecognizer recognizer, double maxWer) throws Exception {
        TestSpeech.assumeAvailable();
        Path wav = TestSpeech.wav(TranscribeTest.SENTENCES);
        List<TimedWord> words = new ArrayList<>();
        long started = System.nanoTime();
        long audioMs;
        try (PcmStream pcm = AudioExtractor.open(wav).orElseThrow()) {
            recognizer.recognize(pcm, words::add);
            audioMs = pcm.positionMs();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String text = String.join(" ", words.stream().map(TimedWord::word).toList());
        double wer = WordErrorRate.of(TestSpeech.text(TranscribeTest.SENTENCES), text);
        System.out.printf("%n%s: WER %.3f, %.1f s of audio in %.1f s (real-time factor %.2f): %s%n",
                recognizer.engine(), wer, audioMs / 1000.0, seconds, seconds * 1000 / audioMs, text);
        assertThat(wer).as(recognizer.engine() + " heard: " + text).isLessThan(maxWer);
        long previousStart = -1;
        for (TimedWord word : words) {
            assertThat(word.startMs()).isGreaterThanOrEqualTo(previousStart);
            assertThat(word.endMs()).isLessThanOrEqualTo(audioMs + 50);
            previousStart = word.startMs();
        }
    }
}
