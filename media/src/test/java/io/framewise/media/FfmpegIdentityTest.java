package io.framewise.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.ModelRef;
import org.junit.jupiter.api.Test;

class FfmpegIdentityTest {

    @Test
    void namesTheFfmpegPackageAndFingerprintsItsCodecLibrary() {
        ModelRef ffmpeg = FfmpegIdentity.current();

        assertThat(ffmpeg.name()).isEqualTo("ffmpeg");
        // FFmpeg's own version first, then the JavaCV package that carries it (pinned in the parent pom).
        assertThat(ffmpeg.version()).matches("\\S+ \\(org\\.bytedeco:ffmpeg 8\\.1\\.2-1\\.5\\.14\\)");
        assertThat(ffmpeg.sha256()).matches("[0-9a-f]{64}");
        assertThat(FfmpegIdentity.current()).isSameAs(ffmpeg);
    }
}
