package io.framewise.testkit;

import io.framewise.media.cli.FfmpegCli;
import io.framewise.testkit.eval.EvalSpeechWav;
import io.framewise.testkit.eval.EvalSpeechWav.Pcm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Speech with a known text, for speech-to-text tests: each sentence spoken by espeak-ng (Debian package
 * {@code espeak-ng}), with {@link #PAUSE} of silence before, between and after them. As a WAV, or as a small
 * H.264/AAC MP4 whose audio track is that speech. Files are cached for the JVM's lifetime like
 * {@link TestVideos}. Tests call {@link #assumeAvailable()} first so they are skipped, not failed, where
 * espeak-ng is not installed.
 */
public final class TestSpeech {

    /** US English at 120 words a minute: slower than espeak-ng's 175, which recognisers follow better. */
    public static final String VOICE = "en-us";
    public static final int WORDS_PER_MINUTE = 120;
    /** The silence around every sentence; longer than a recogniser's segment pause, so a sentence is a segment. */
    public static final Duration PAUSE = Duration.ofMillis(1000);

    private static final Map<String, Path> MADE = new ConcurrentHashMap<>();

    private TestSpeech() {
    }

    /** Whether {@code espeak-ng} can be run here. */
    public static boolean available() {
        try {
            Process process = new ProcessBuilder("espeak-ng", "--version").redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Skips the calling test (a JUnit assumption) when espeak-ng is missing. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(available(), "espeak-ng is not installed (apt-get install espeak-ng): test skipped");
    }

    /** The sentences spoken, as a 16-bit mono WAV at espeak-ng's own rate (22050 Hz). */
    public static Path wav(List<String> sentences) {
        return made("speech-" + Integer.toHexString(sentences.hashCode()) + ".wav", target -> {
            Pcm joined = null;
            ByteArrayOutputStream samples = new ByteArrayOutputStream();
            for (String sentence : sentences) {
                Pcm spoken = speak(sentence);
                if (joined == null) {
                    joined = spoken;
                    samples.write(silence(spoken.rate()));
                }
                samples.write(spoken.samples());
                samples.write(silence(spoken.rate()));
            }
            int rate = joined == null ? 22050 : joined.rate();
            EvalSpeechWav.write(target, new Pcm(rate, samples.toByteArray()));
            return target;
        });
    }

    /**
     * A 320x240 10 fps test-pattern video (H.264, AAC in MP4) whose sound is {@link #wav} of the sentences; it
     * lasts as long as the speech.
     */
    public static Path clip(List<String> sentences) {
        Path speech = wav(sentences);
        return made("speech-" + Integer.toHexString(sentences.hashCode()) + ".mp4", target -> {
            String seconds = String.format(java.util.Locale.ROOT, "%.3f", length(speech).toMillis() / 1000.0);
            FfmpegCli.run(List.of("-y", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=10", "-i", speech.toString(),
                    "-t", seconds, "-map", "0:v", "-map", "1:a", "-c:v", "libopenh264", "-b:v", "300k", "-g", "10",
                    "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "64k", "-movflags", "+faststart",
                    target.toString()), 300);
            return target;
        });
    }

    /** How long a WAV made by {@link #wav} plays. */
    public static Duration length(Path wav) {
        try {
            return Duration.ofMillis(EvalSpeechWav.read(wav).millis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentences as one text, as a reference transcript. */
    public static String text(List<String> sentences) {
        return String.join(" ", sentences);
    }

    private static Pcm speak(String sentence) throws IOException {
        return EvalSpeechWav.printedBy(List.of("espeak-ng", "-v", VOICE, "-s", Integer.toString(WORDS_PER_MINUTE),
                "--stdout", sentence));
    }

    private static byte[] silence(int rate) {
        return new byte[(int) (rate * PAUSE.toMillis() / 1000) * 2];
    }

    private static Path made(String name, Maker maker) {
        return MADE.computeIfAbsent(name, n -> {
            try {
                return maker.make(TestVideos.workDirectory().resolve(n));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make test speech " + n, e);
            }
        });
    }

    private interface Maker {
        Path make(Path target) throws IOException;
    }
}
