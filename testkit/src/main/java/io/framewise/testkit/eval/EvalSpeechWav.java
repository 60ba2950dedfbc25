package io.framewise.testkit.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * 16-bit mono PCM WAV files, read and written: what the speech synthesizers print and what the evaluation set
 * mixes noise into before it becomes a video's sound.
 */
public final class EvalSpeechWav {

    private static final long TIMEOUT_SECONDS = 120;

    private EvalSpeechWav() {
    }

    /** Samples at a rate; {@code samples} are signed 16-bit little-endian bytes. */
    public record Pcm(int rate, byte[] samples) {

        public int length() {
            return samples.length / 2;
        }

        public long millis() {
            return length() * 1000L / rate;
        }

        /** The samples as numbers in -1..1. */
        public double[] values() {
            ByteBuffer in = ByteBuffer.wrap(samples).order(ByteOrder.LITTLE_ENDIAN);
            double[] out = new double[length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = in.getShort() / 32768.0;
            }
            return out;
        }

        /** Values in -1..1 back to 16-bit samples, clipped. */
        public static Pcm of(int rate, double[] values) {
            ByteBuffer out = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (double value : values) {
                out.putShort((short) Math.max(-32768, Math.min(32767, Math.round(value * 32768))));
            }
            return new Pcm(rate, out.array());
        }
    }

    /** Runs a speech synthesizer that prints a WAV file on its standard output, and reads that WAV. */
    public static Pcm printedBy(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] wav;
        try (InputStream out = process.getInputStream()) {
            wav = out.readAllBytes();
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("failed: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.getFirst(), e);
        }
        return parse(wav);
    }

    public static Pcm read(Path wav) throws IOException {
        return parse(Files.readAllBytes(wav));
    }

    /**
     * The PCM of a 16-bit mono RIFF/WAVE file. espeak-ng's stdout header gives no real data size, so a data chunk
     * whose size is unknown runs to the end of the file.
     */
    public static Pcm parse(byte[] wav) throws IOException {
        if (wav.length < 44 || !new String(wav, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")) {
            throw new IOException("not a WAV file");
        }
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int rate = header.getInt(24);
        if (header.getShort(22) != 1 || header.getShort(34) != 16) {
            throw new IOException("not 16-bit mono PCM");
        }
        int position = 12;
        while (position + 8 <= wav.length) {
            String id = new String(wav, position, 4, StandardCharsets.US_ASCII);
            int size = header.getInt(position + 4);
            if (id.equals("data")) {
                int start = position + 8;
                int end = size <= 0 || start + (long) size > wav.length ? wav.length : start + size;
                int even = start + (end - start) / 2 * 2;
                return new Pcm(rate, Arrays.copyOfRange(wav, start, even));
            }
            position += 8 + size + (size & 1);
        }
        throw new IOException("WAV file without a data chunk");
    }

    public static void write(Path target, Pcm pcm) throws IOException {
        Files.write(target, bytes(pcm));
    }

    public static byte[] bytes(Pcm pcm) {
        byte[] samples = pcm.samples();
        ByteBuffer out = ByteBuffer.allocate(44 + samples.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples.length)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(pcm.rate()).putInt(pcm.rate() * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples.length).put(samples);
        return out.array();
    }
}
