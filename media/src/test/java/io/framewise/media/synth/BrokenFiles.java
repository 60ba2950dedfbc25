package io.framewise.media.synth;

import io.framewise.media.cli.FfmpegCli;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Files that look like videos and are not, or not quite: what bad-input tests feed the pipeline. Each one
 * is made from scratch or from a good MP4 made by {@link ClipGenerator} (with its header first: faststart).
 */
public final class BrokenFiles {

    private BrokenFiles() {
    }

    public static Path empty(Path target) throws IOException {
        return Files.write(target, new byte[0]);
    }

    public static Path text(Path target) throws IOException {
        return Files.writeString(target, "This is a plain text file with a video's name.\n".repeat(40),
                StandardCharsets.UTF_8);
    }

    /** The good MP4's header and nothing of its pictures. */
    public static Path headerOnly(Path goodMp4, Path target) throws IOException {
        byte[] whole = Files.readAllBytes(goodMp4);
        return Files.write(target, Arrays.copyOf(whole, boxEnd(whole, "mdat", 16)));
    }

    /** The good MP4 cut off after {@code fraction} of its bytes. */
    public static Path truncated(Path goodMp4, double fraction, Path target) throws IOException {
        byte[] whole = Files.readAllBytes(goodMp4);
        return Files.write(target, Arrays.copyOf(whole, (int) (whole.length * fraction)));
    }

    /** The good MP4 with its {@code moov} box (the index of every sample) turned into an unknown box. */
    public static Path moovMissing(Path goodMp4, Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(goodMp4);
        int type = indexOf(bytes, "moov".getBytes(StandardCharsets.US_ASCII));
        System.arraycopy("zzzz".getBytes(StandardCharsets.US_ASCII), 0, bytes, type, 4);
        return Files.write(target, bytes);
    }

    /** A tone in an MP4 (M4A) container: sound, no picture. */
    public static Path audioOnly(Path target) throws IOException {
        FfmpegCli.run(List.of("-y", "-f", "lavfi", "-t", "2", "-i", "sine=frequency=440", "-c:a", "aac", "-f", "mp4",
                target.toString()), 60);
        return target;
    }

    /** One PNG picture (whatever the target's name says). */
    public static Path stillImage(Path target) throws IOException {
        FfmpegCli.run(List.of("-y", "-f", "lavfi", "-i", "testsrc2=size=320x240", "-frames:v", "1", "-f", "image2",
                "-c:v", "png", target.toString()), 60);
        return target;
    }

    private static int boxEnd(byte[] bytes, String box, int extra) {
        return Math.min(bytes.length, indexOf(bytes, box.getBytes(StandardCharsets.US_ASCII)) + extra);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        ByteBuffer buffer = ByteBuffer.wrap(haystack);
        outer:
        for (int i = 0; i <= buffer.limit() - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("no '" + new String(needle, StandardCharsets.US_ASCII) + "' box in the file");
    }
}
