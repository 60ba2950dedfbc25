package io.framewise.testkit;

import io.framewise.media.cli.FfmpegCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
            Files.write(target, wavFile(rate, samples.toByteArray()));
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
            byte[] file = Files.readAllBytes(wav);
            Pcm pcm = parseWav(file);
            return Duration.ofMillis(pcm.samples().length / 2 * 1000L / pcm.rate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentences as one text, as a reference transcript. */
    public static String text(List<String> sentences) {
        return String.join(" ", sentences);
    }

    private static Pcm speak(String sentence) throws IOException {
        Process process = new ProcessBuilder("espeak-ng", "-v", VOICE, "-s", Integer.toString(WORDS_PER_MINUTE),
                "--stdout", sentence).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] wav;
        try (InputStream out = process.getInputStream()) {
            wav = out.readAllBytes();
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("espeak-ng failed on: " + sentence);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while espeak-ng ran", e);
        }
        return parseWav(wav);
    }

    /** The PCM of a RIFF/WAVE file; espeak-ng's stdout header gives no real data size, so it runs to the end. */
    private static Pcm parseWav(byte[] wav) throws IOException {
        if (wav.length < 44 || !new String(wav, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")) {
            throw new IOException("not a WAV file");
        }
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int rate = header.getInt(24);
        int position = 12;
        while (position + 8 <= wav.length) {
            String id = new String(wav, position, 4, StandardCharsets.US_ASCII);
            int size = header.getInt(position + 4);
            if (id.equals("data")) {
                int start = position + 8;
                int end = size <= 0 || start + (long) size > wav.length ? wav.length : start + size;
                int even = start + (end - start) / 2 * 2;
                return new Pcm(rate, java.util.Arrays.copyOfRange(wav, start, even));
            }
            position += 8 + size + (size & 1);
        }
        throw new IOException("WAV file without a data chunk");
    }

    private static byte[] wavFile(int rate, byte[] samples) {
        ByteBuffer out = ByteBuffer.allocate(44 + samples.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples.length)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples.length).put(samples);
        return out.array();
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

    private record Pcm(int rate, byte[] samples) {
    }

    private interface Maker {
        Path make(Path target) throws IOException;
    }
}
