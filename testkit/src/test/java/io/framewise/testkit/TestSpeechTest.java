package io.framewise.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.media.audio.AudioExtractor;
import io.framewise.media.audio.PcmStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestSpeechTest {

    private static final List<String> SENTENCES = List.of("Hello there.", "This is a test of speech.");

    @Test
    void speaksEachSentenceWithPausesAround() throws Exception {
        TestSpeech.assumeAvailable();
        Path wav = TestSpeech.wav(SENTENCES);
        assertThat(new String(Files.readAllBytes(wav), 0, 4)).isEqualTo("RIFF");
        Duration length = TestSpeech.length(wav);
        // three pauses of 1 s plus two short sentences of speech
        assertThat(length).isBetween(Duration.ofMillis(3500), Duration.ofSeconds(9));
    }

    @Test
    void theClipCarriesTheSpeechAsItsAudioTrack() throws Exception {
        TestSpeech.assumeAvailable();
        Path clip = TestSpeech.clip(SENTENCES);
        long expectedMs = TestSpeech.length(TestSpeech.wav(SENTENCES)).toMillis();
        try (PcmStream pcm = AudioExtractor.open(clip).orElseThrow()) {
            long loud = 0;
            byte[] buffer = new byte[8192];
            int n;
            while ((n = pcm.read(buffer, 0, buffer.length)) > 0) {
                for (int i = 0; i + 1 < n; i += 2) {
                    if (Math.abs((short) ((buffer[i] & 0xff) | (buffer[i + 1] << 8))) > 3000) {
                        loud++;
                    }
                }
            }
            // 16 kHz mono PCM of the whole track: its length matches the speech's (AAC adds a frame or two)
            assertThat(pcm.positionMs()).isBetween(expectedMs - 100, expectedMs + 200);
            assertThat(loud).as("samples of actual speech").isGreaterThan(1000);
        }
    }
}
