package io.framewise.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.framewise.media.Clips;
import io.framewise.media.storyboard.SpriteSheet;
import io.framewise.media.storyboard.StoryboardGeometry;
import io.framewise.media.storyboard.StoryboardSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands {@link TranscodeCommands} builds, run by the real ffmpeg program on a real clip. */
class TranscodeRunTest {

    private static final List<Rung> RUNGS = List.of(new Rung(360, 800_000), new Rung(180, 300_000));

    @TempDir
    Path dir;

    @Test
    void oneDecodeMakesRenditionsMp3SpriteAndHls() throws Exception {
        Path source = Clips.fourColourShots(); // 8 s, 640x360, 25 fps, with a tone
        TranscodePlan plan = plan(source, 8000, true, true);
        List<Progress> progress = new CopyOnWriteArrayList<>();

        for (List<String> command : TranscodeCommands.of(plan)) {
            FfmpegRun.run(command, 8000, Duration.ofMinutes(2), progress::add);
        }

        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1).finished()).isTrue();
        StreamInfo p360 = MediaStreams.read(plan.renditions().get(0).file());
        assertThat(p360.videoCodec()).isEqualTo("h264");
        assertThat(p360.width()).isEqualTo(640);
        assertThat(p360.height()).isEqualTo(360);
        assertThat(p360.audioCodec()).isEqualTo("aac");
        assertThat(p360.durationMs()).isCloseTo(8000, offset(300L));
        assertThat(p360.codecs()).matches("avc1\\.4d[0-9a-f]{4},mp4a\\.40\\.2");
        StreamInfo p180 = MediaStreams.read(plan.renditions().get(1).file());
        assertThat(p180.width()).isEqualTo(320);
        assertThat(p180.height()).isEqualTo(180);
        StreamInfo mp3 = MediaStreams.read(plan.audio().orElseThrow());
        assertThat(mp3.audioCodec()).isEqualTo("mp3");
        assertThat(mp3.hasVideo()).isFalse();
        assertThat(mp3.durationMs()).isCloseTo(8000, offset(300L));
        StoryboardGeometry g = plan.storyboard().orElseThrow().geometry();
        SpriteSheet.Result laidOut = SpriteSheet.compose(plan.storyboard().get().tiles(), g, 0.8f,
                dir.resolve("storyboard.jpg"));
        assertThat(laidOut.thumbnails()).isEqualTo(g.tiles());
        StreamInfo sprite = MediaStreams.read(laidOut.file());
        assertThat(sprite.videoCodec()).isEqualTo("mjpeg");
        assertThat(sprite.width()).isEqualTo(g.spriteWidth());
        assertThat(sprite.height()).isEqualTo(g.spriteHeight());
        // The four colour shots, 2 s each, one tile every 2 s: red, green, blue, white, left to right.
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(laidOut.file().toFile());
        assertThat(image.getRGB(80, 45) >> 16 & 0xff).as("red tile").isGreaterThan(200);
        assertThat(image.getRGB(160 + 80, 45) >> 8 & 0xff).as("green tile").isGreaterThan(100);
        assertThat(image.getRGB(320 + 80, 45) & 0xff).as("blue tile").isGreaterThan(200);
        assertThat(image.getRGB(480 + 80, 45) & 0xffffff).as("white tile").isGreaterThan(0xe0e0e0);

        Path playlist = plan.hls().get(0);
        List<HlsPlaylists.Segment> segments = HlsPlaylists.segments(playlist);
        assertThat(segments).hasSize(2); // 8 s in 4 s segments, cut at the forced keyframes
        assertThat(segments).extracting(HlsPlaylists.Segment::seconds).allSatisfy(s -> assertThat(s).isCloseTo(4.0, offset(0.05)));
        assertThat(MediaStreams.read(playlist.resolveSibling(segments.get(0).uri())).videoCodec()).isEqualTo("h264");
        HlsPlaylists.Variant variant = HlsPlaylists.measure(playlist, "360p/index.m3u8", 640, 360, p360.codecs());
        assertThat(variant.bandwidth()).isGreaterThanOrEqualTo(variant.averageBandwidth()).isGreaterThan(100_000);
        assertThat(HlsPlaylists.master(List.of(variant))).contains(
                "#EXT-X-STREAM-INF:BANDWIDTH=" + variant.bandwidth() + ",AVERAGE-BANDWIDTH="
                        + variant.averageBandwidth() + ",RESOLUTION=640x360,CODECS=\"" + p360.codecs() + "\"\n360p/index.m3u8\n");
    }

    @Test
    void aSilentSourceGetsNoAudioAnywhere() throws Exception {
        Path source = Clips.steadyMotion(); // 6 s, 640x360, silent
        TranscodePlan plan = plan(source, 6000, false, false);
        assertThat(String.join(" ", TranscodeCommands.decode(plan))).doesNotContain("0:a:0").doesNotContain("libmp3lame");

        FfmpegRun.run(TranscodeCommands.decode(plan), 6000, Duration.ofMinutes(1), p -> { });

        StreamInfo info = MediaStreams.read(plan.renditions().get(0).file());
        assertThat(info.hasAudio()).isFalse();
        assertThat(info.codecs()).startsWith("avc1.").doesNotContain("mp4a");
    }

    @Test
    void aStoryboardAloneNeedsNoEncoder() throws Exception {
        StoryboardGeometry g = StoryboardGeometry.plan(6000, 640, 360, new StoryboardSpec(2000, 160, 100, 10));
        TranscodePlan plan = new TranscodePlan(Clips.steadyMotion(), 6000, 25, false, List.of(), Optional.empty(),
                Optional.of(new TranscodePlan.Sprite(g, dir.resolve("sb.rgb"))), List.of(), TranscodeSettings.defaults());
        assertThat(TranscodeCommands.decode(plan)).doesNotContain("libopenh264");

        FfmpegRun.run(TranscodeCommands.decode(plan), 6000, Duration.ofMinutes(1), p -> { });

        SpriteSheet.Result sprite = SpriteSheet.compose(dir.resolve("sb.rgb"), g, 0.8f, dir.resolve("sb.jpg"));
        assertThat(sprite.thumbnails()).isEqualTo(3);
        assertThat(MediaStreams.read(dir.resolve("sb.jpg")).width()).isEqualTo(3 * 160);
    }

    @Test
    void ffmpegsOwnErrorIsReported() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "not a video");
        TranscodePlan plan = plan(text, 1000, false, false);
        assertThatThrownBy(() -> FfmpegRun.run(TranscodeCommands.decode(plan), 1000, Duration.ofMinutes(1), p -> { }))
                .isInstanceOf(TranscodeException.class)
                .hasMessageContaining("FFmpeg failed")
                .hasMessageContaining("Invalid data");
    }

    @Test
    void codecNamesComeFromAvcCOrTheSps() {
        assertThat(MediaStreams.avc1(new byte[] {1, 0x4d, 0x40, 0x1f, (byte) 0xff})).isEqualTo("avc1.4d401f");
        assertThat(MediaStreams.avc1(new byte[] {0, 0, 0, 1, 0x67, 0x42, (byte) 0xc0, 0x1e, 0})).isEqualTo("avc1.42c01e");
    }

    private TranscodePlan plan(Path source, long durationMs, boolean audio, boolean hls) throws Exception {
        List<TranscodePlan.Output> outputs = new ArrayList<>();
        List<Path> playlists = new ArrayList<>();
        for (Rendition rendition : Ladder.plan(640, 360, RUNGS)) {
            outputs.add(new TranscodePlan.Output(rendition, dir.resolve(rendition.name() + ".mp4")));
            Path playlist = Files.createDirectories(dir.resolve("hls").resolve(rendition.name())).resolve("index.m3u8");
            playlists.add(playlist);
        }
        StoryboardGeometry g = StoryboardGeometry.plan(durationMs, 640, 360, new StoryboardSpec(2000, 160, 100, 10));
        return new TranscodePlan(source, durationMs, 25, audio, outputs,
                audio ? Optional.of(dir.resolve("audio.mp3")) : Optional.empty(),
                Optional.of(new TranscodePlan.Sprite(g, dir.resolve("storyboard.rgb"))),
                hls ? playlists : List.of(), TranscodeSettings.defaults());
    }
}
