package io.framewise.gateway.upload.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Decides what an upload is from its first bytes, never from its name or Content-Type. Unknown content is
 * kept as {@code bin} and left to session-svc's probe to accept or explain.
 */
public final class VideoSniffer {

    /** The container as stored: the key's extension and the Content-Type objects are stored with. */
    public record Sniffed(String extension, String mimeType) {
        public static final Sniffed UNKNOWN = new Sniffed("bin", "application/octet-stream");
    }

    private VideoSniffer() {
    }

    public static Sniffed sniff(Path file) throws IOException {
        byte[] head = new byte[512];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        return sniff(Arrays.copyOf(head, read));
    }

    static Sniffed sniff(byte[] head) {
        if (head.length >= 12 && ascii(head, 4, 4).equals("ftyp")) {
            return ascii(head, 8, 4).equals("qt  ") ? new Sniffed("mov", "video/quicktime")
                    : new Sniffed("mp4", "video/mp4");
        }
        if (startsWith(head, 0x1A, 0x45, 0xDF, 0xA3)) {
            return ascii(head, 0, head.length).contains("webm") ? new Sniffed("webm", "video/webm")
                    : new Sniffed("mkv", "video/x-matroska");
        }
        if (head.length >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("AVI ")) {
            return new Sniffed("avi", "video/x-msvideo");
        }
        if (ascii(head, 0, Math.min(3, head.length)).equals("FLV")) {
            return new Sniffed("flv", "video/x-flv");
        }
        if (ascii(head, 0, Math.min(4, head.length)).equals("OggS")) {
            return new Sniffed("ogv", "video/ogg");
        }
        if (startsWith(head, 0x00, 0x00, 0x01, 0xBA)) {
            return new Sniffed("mpg", "video/mpeg");
        }
        if (head.length > 376 && head[0] == 0x47 && head[188] == 0x47 && head[376] == 0x47) {
            return new Sniffed("ts", "video/mp2t");
        }
        return Sniffed.UNKNOWN;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] data, int from, int length) {
        if (from + length > data.length) {
            return "";
        }
        return new String(data, from, length, StandardCharsets.ISO_8859_1);
    }
}
