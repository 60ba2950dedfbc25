package io.framewise.gateway.upload.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VideoSnifferTest {

    @Test
    void recognisesContainersByTheirBytes() {
        assertThat(VideoSniffer.sniff(bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2')).extension())
                .isEqualTo("mp4");
        assertThat(VideoSniffer.sniff(bytes(0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' ')).extension())
                .isEqualTo("mov");
        byte[] webm = new byte[64];
        System.arraycopy(bytes(0x1A, 0x45, 0xDF, 0xA3), 0, webm, 0, 4);
        System.arraycopy("webm".getBytes(StandardCharsets.US_ASCII), 0, webm, 24, 4);
        assertThat(VideoSniffer.sniff(webm).extension()).isEqualTo("webm");
        assertThat(VideoSniffer.sniff("RIFF\0\0\0\0AVI LIST".getBytes(StandardCharsets.ISO_8859_1)).extension())
                .isEqualTo("avi");
    }

    @Test
    void unknownContentIsBinWhateverItClaims() {
        assertThat(VideoSniffer.sniff("just some text named video.mp4".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(VideoSniffer.Sniffed.UNKNOWN);
        assertThat(VideoSniffer.sniff(new byte[0])).isEqualTo(VideoSniffer.Sniffed.UNKNOWN);
    }

    @Test
    void filenamesLoseTheirPathsAndControlCharacters() {
        assertThat(Filenames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Filenames.clean("C:\\Users\\x\\clip.mp4")).isEqualTo("clip.mp4");
        assertThat(Filenames.clean("a\u0000b\nc.mp4")).isEqualTo("abc.mp4");
        assertThat(Filenames.clean("..")).isNull();
        assertThat(Filenames.clean("x".repeat(300))).hasSize(255);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
