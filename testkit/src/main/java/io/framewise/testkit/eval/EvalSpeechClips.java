package io.framewise.testkit.eval;

import io.framewise.media.cli.FfmpegCli;
import io.framewise.testkit.eval.EvalSpeechWav.Pcm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The evaluation set's videos: speech made into the sound of a small MP4 (H.264 picture, stereo 48 kHz AAC, as a
 * camera or an editor would write it), so that the recogniser hears it through the service's own audio path.
 * Made once and kept in {@code ~/.cache/framewise/eval-speech/}, named by a hash of everything that made them (a
 * change of text, voice, rate, noise or of {@link #RECIPE} makes a new file). Never committed.
 */
public final class EvalSpeechClips {

    /** Bumped whenever the way clips are made changes, so cached clips are made again. */
    static final String RECIPE = "1";
    private static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "framewise", "eval-speech");

    private EvalSpeechClips() {
    }

    /**
     * A clip: the video, how long its sound is, and the rate of its speech as measured in words per minute over
     * the span from the first to the last sound.
     */
    public record Clip(Path video, long millis, double wordsPerMinute) {
    }

    /** Makes the sound of a clip. */
    interface Audio {
        Sound make() throws IOException;
    }

    /** A clip's sound and the rate of its speech, measured before any noise was put under it. */
    record Sound(Pcm pcm, double wordsPerMinute) {
    }

    /** The clip for this recipe, made now unless a clip of the same recipe is cached. */
    static synchronized Clip cached(String id, String recipe, Audio audio) throws IOException {
        Path directory = Files.createDirectories(CACHE);
        String name = id + "-" + sha256(RECIPE + "\n" + recipe).substring(0, 16);
        Path video = directory.resolve(name + ".mp4");
        Path facts = directory.resolve(name + ".properties");
        if (Files.isRegularFile(video) && Files.isRegularFile(facts)) {
            Properties known = new Properties();
            try (var in = Files.newBufferedReader(facts, StandardCharsets.UTF_8)) {
                known.load(in);
            }
            return new Clip(video, Long.parseLong(known.getProperty("millis")),
                    Double.parseDouble(known.getProperty("wordsPerMinute")));
        }
        Sound sound = audio.make();
        Pcm pcm = sound.pcm();
        Path wav = Files.createTempFile(directory, ".sound-", ".wav");
        Path made = Files.createTempFile(directory, ".video-", ".mp4");
        try {
            EvalSpeechWav.write(wav, pcm);
            String seconds = String.format(Locale.ROOT, "%.3f", pcm.millis() / 1000.0);
            FfmpegCli.run(List.of("-y", "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=5", "-i", wav.toString(),
                    "-t", seconds, "-map", "0:v", "-map", "1:a", "-c:v", "libopenh264", "-b:v", "40k",
                    "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2",
                    "-f", "mp4", made.toString()), 300);
            Files.move(made, video, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(wav);
            Files.deleteIfExists(made);
        }
        Files.writeString(facts, String.format(Locale.ROOT, "millis=%d%nwordsPerMinute=%.2f%n", pcm.millis(),
                sound.wordsPerMinute()), StandardCharsets.UTF_8);
        return new Clip(video, pcm.millis(), sound.wordsPerMinute());
    }

    /** Silence of this length before and after the sound. */
    static Pcm padded(Pcm pcm, long millis) {
        int pad = (int) (pcm.rate() * millis / 1000) * 2;
        byte[] samples = new byte[pcm.samples().length + 2 * pad];
        System.arraycopy(pcm.samples(), 0, samples, pad, pcm.samples().length);
        return new Pcm(pcm.rate(), samples);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
