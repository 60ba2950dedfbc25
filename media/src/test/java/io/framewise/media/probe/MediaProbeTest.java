package io.framewise.media.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.framewise.media.Clips;
import io.framewise.media.UnusableMediaException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MediaProbeTest {

    private final MediaProbe probe = new MediaProbe();

    @Test
    void readsTheStreamsOfAnH264Mp4WithSound() throws Exception {
        MediaInfo info = probe.probe(Clips.fourColourShots());
        assertThat(info.durationMs()).isCloseTo(8000, within(100L));
        assertThat(info.width()).isEqualTo(640);
        assertThat(info.height()).isEqualTo(360);
        assertThat(info.fps()).isCloseTo(25.0, within(0.01));
        assertThat(info.videoCodec()).isEqualTo("h264");
        assertThat(info.audioCodec()).isEqualTo("aac");
        assertThat(info.hasAudio()).isTrue();
        assertThat(info.format()).contains("mp4");
        assertThat(info.bytes()).isEqualTo(Files.size(Clips.fourColourShots()));
    }

    @Test
    void readsASilentVp9WebmWhoseHeaderHasNoDuration() throws Exception {
        MediaInfo info = probe.probe(Clips.vp9TwoShots());
        assertThat(info.videoCodec()).isEqualTo("vp9");
        assertThat(info.hasAudio()).isFalse();
        assertThat(info.durationMs()).isCloseTo(4000, within(150L));
    }

    @Test
    void readsAnMpegTransportStreamWhoseClockDoesNotStartAtZero() throws Exception {
        // what recorders, broadcast captures and HLS segments are: MPEG-TS starts its clock at 1.4 s
        Path ts = Files.createTempDirectory("probe-ts").resolve("clip.ts");
        io.framewise.media.cli.FfmpegCli.run(java.util.List.of("-y", "-i", Clips.fourColourShots().toString(),
                "-c", "copy", "-f", "mpegts", ts.toString()), 60);
        MediaInfo info = probe.probe(ts);
        assertThat(info.durationMs()).isCloseTo(8000, within(200L));
        assertThat(info.videoCodec()).isEqualTo("h264");
        assertThat(info.format()).isEqualTo("mpegts");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(Clips.empty(), "the file is empty");
    }

    @Test
    void refusesTextNamedLikeAVideo() {
        assertRefused(Clips.text(), "not a readable video");
    }

    @Test
    void refusesSoundWithoutPictures() {
        assertRefused(Clips.audioOnly(), "audio only");
    }

    @Test
    void refusesAStillImageRenamedToMp4() throws Exception {
        assertRefused(Clips.stillImage(), "still image");
    }

    @Test
    void refusesAnMp4CutShortBeforeItsPictures() {
        assertRefused(Clips.headerOnly(), "truncated or damaged");
    }

    @Test
    void refusesAnMp4WithoutItsSampleIndex() {
        assertRefused(Clips.moovMissing(), "not a readable video");
    }

    @Test
    void refusesAnMp4CutOffPartWay() {
        assertRefused(Clips.truncated(), "truncated");
    }

    private void assertRefused(Path file, String reasonContains) {
        assertThatThrownBy(() -> probe.probe(file)).isInstanceOf(UnusableMediaException.class)
                .hasMessageContaining(reasonContains)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("avformat_"));
    }
}
