package io.framewise.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.framewise.events.ObjectRef;
import io.framewise.events.Probe;
import io.framewise.events.RenderStart;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.MediaFile;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.StorageKeys;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.Topics;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.media.probe.MediaInfo;
import io.framewise.media.probe.MediaProbe;
import io.framewise.media.synth.ClipGenerator;
import io.framewise.media.synth.ClipSpec;
import io.framewise.media.transcode.HlsPlaylists;
import io.framewise.media.transcode.MediaStreams;
import io.framewise.media.transcode.StreamInfo;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * render.start in; renditions, MP3, HLS and storyboard in the render bucket and their events out, over the real
 * broker and S3. Every stored file is read back and decoded, not just looked for.
 */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)
class TranscodeTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Pattern CUE = Pattern.compile("(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3}) --> "
            + "(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3})\\nstoryboard\\.jpg#xywh=(\\d+),(\\d+),(\\d+),(\\d+)\\n");

    @Inject
    ObjectStore store;

    @TempDir
    Path dir;

    private final TopicClient kafka = TopicClient.shared();
    private final MediaProbe probe = new MediaProbe();

    @Test
    void aClipWithSoundGetsBothRenditionsMp3HlsAndAStoryboard() throws Exception {
        Path clip = TestVideos.clip(Duration.ofSeconds(6), 1280, 720, 25);
        RenderStart start = renderStart(clip, List.of(Stage.PREVIEW, Stage.STORYBOARD, Stage.TRANSCODE));
        String id = start.videoId();

        RenditionsCreated created = kafka.collectForVideo(Topics.RENDITIONS_CREATED, RenditionsCreated.class, id, 1,
                WAIT).get(0);
        StoryboardCreated board = kafka.collectForVideo(Topics.STORYBOARD_CREATED, StoryboardCreated.class, id, 1,
                WAIT).get(0);

        assertThat(created.renditions()).extracting(MediaFile::name).containsExactly("720p", "360p");
        assertRendition(created.renditions().get(0), StorageKeys.rendition(id, "720p"), 1280, 720, 6000);
        assertRendition(created.renditions().get(1), StorageKeys.rendition(id, "360p"), 640, 360, 6000);

        MediaFile audio = created.audio();
        assertThat(audio.key()).isEqualTo(StorageKeys.audio(id));
        assertThat(audio.contentType()).isEqualTo("audio/mpeg");
        assertThat(audio.codec()).isEqualTo("mp3");
        assertThat(contentType(audio.key())).isEqualTo("audio/mpeg");
        StreamInfo mp3 = MediaStreams.read(download(audio.key()));
        assertThat(mp3.audioCodec()).isEqualTo("mp3");
        assertThat(mp3.hasVideo()).isFalse();
        assertThat(mp3.durationMs()).isCloseTo(6000, offset(300L));

        assertThat(created.hlsMasterKey()).isEqualTo(StorageKeys.hlsMaster(id));
        assertHlsLadder(id, List.of("720p/index.m3u8", "360p/index.m3u8"), List.of("1280x720", "640x360"), true);

        assertStoryboard(id, board, 6000, 1280, 720);
        assertThat(board.eventId()).isNotEqualTo(created.eventId());
        assertScratchEmpty();
    }

    @Test
    void aSilentClipGetsNoAudioRendition() throws Exception {
        Path clip = ClipGenerator.generate(ClipSpec.of(Duration.ofSeconds(4), 640, 360, 25).silent(),
                dir.resolve("silent.mp4"));
        RenderStart start = renderStart(clip, List.of(Stage.TRANSCODE));

        RenditionsCreated created = kafka.collectForVideo(Topics.RENDITIONS_CREATED, RenditionsCreated.class,
                start.videoId(), 1, WAIT).get(0);

        assertThat(created.audio()).isNull();
        assertThat(store.head(new ObjectRef(store.renderBucket(), StorageKeys.audio(start.videoId())))).isEmpty();
        assertThat(created.renditions()).singleElement().satisfies(r ->
                assertRendition(r, StorageKeys.rendition(start.videoId(), "360p"), 640, 360, 4000));
        MediaInfo info = probe.probe(download(StorageKeys.rendition(start.videoId(), "360p")));
        assertThat(info.hasAudio()).isFalse();
        String master = assertHlsLadder(start.videoId(), List.of("360p/index.m3u8"), List.of("640x360"), false);
        assertThat(master).doesNotContain("mp4a");
        // Only the renditions were asked for: no storyboard is made or announced.
        assertThat(store.head(new ObjectRef(store.renderBucket(), StorageKeys.storyboardSprite(start.videoId()))))
                .isEmpty();
        assertThat(kafka.collectForVideo(Topics.STORYBOARD_CREATED, StoryboardCreated.class, start.videoId(), 1,
                Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void aSmallClipIsNeverUpscaledAndARedeliveryRepeatsTheSameEventIds() throws Exception {
        Path clip = TestVideos.clip(Duration.ofSeconds(3), 320, 240, 15);
        RenderStart start = renderStart(clip, List.of(Stage.TRANSCODE, Stage.STORYBOARD));
        kafka.send(start); // the same record again, as after a crash before the offset was committed

        List<RenditionsCreated> created = kafka.collectForVideo(Topics.RENDITIONS_CREATED, RenditionsCreated.class,
                start.videoId(), 2, WAIT);
        List<StoryboardCreated> boards = kafka.collectForVideo(Topics.STORYBOARD_CREATED, StoryboardCreated.class,
                start.videoId(), 2, WAIT);

        assertThat(created).hasSize(2);
        assertThat(created.get(1).eventId()).isEqualTo(created.get(0).eventId());
        assertThat(boards).hasSize(2);
        assertThat(boards.get(1).eventId()).isEqualTo(boards.get(0).eventId());
        assertThat(created.get(0).renditions()).singleElement().satisfies(r ->
                assertRendition(r, StorageKeys.rendition(start.videoId(), "240p"), 320, 240, 3000));
        assertThat(store.head(new ObjectRef(store.renderBucket(), StorageKeys.rendition(start.videoId(), "360p"))))
                .isEmpty();
        assertStoryboard(start.videoId(), boards.get(0), 3000, 320, 240);
        assertScratchEmpty();
    }

    @Test
    void aVideoThatNeedsNeitherStageIsLeftAlone() throws Exception {
        RenderStart start = renderStart(TestVideos.clip(Duration.ofSeconds(1), 160, 120, 10),
                List.of(Stage.PREVIEW, Stage.CAPTURES, Stage.LABELS));
        assertThat(kafka.collectForVideo(Topics.RENDITIONS_CREATED, RenditionsCreated.class, start.videoId(), 1,
                Duration.ofSeconds(4))).isEmpty();
        assertThat(kafka.collectForVideo(Topics.STORYBOARD_CREATED, StoryboardCreated.class, start.videoId(), 1,
                Duration.ofSeconds(1))).isEmpty();
        assertThat(kafka.collectForVideo(Topics.STAGE_FAILED, StageFailed.class, start.videoId(), 1,
                Duration.ofSeconds(1))).isEmpty();
        assertThat(store.head(new ObjectRef(store.renderBucket(), StorageKeys.hlsMaster(start.videoId())))).isEmpty();
    }

    @Test
    void aBrokenSourceFailsBothStagesWithAReason() throws Exception {
        RenderStart start = renderStart(TestVideos.broken(TestVideos.Broken.TRUNCATED),
                List.of(Stage.TRANSCODE, Stage.STORYBOARD));

        List<StageFailed> failed = kafka.collectForVideo(Topics.STAGE_FAILED, StageFailed.class, start.videoId(), 2,
                WAIT);

        assertThat(failed).extracting(StageFailed::stage).containsExactlyInAnyOrder(Stage.TRANSCODE, Stage.STORYBOARD);
        assertThat(failed).allSatisfy(f -> {
            assertThat(f.reason()).contains("truncated");
            assertThat(f.retriable()).isFalse();
        });
        assertThat(kafka.collectForVideo(Topics.RENDITIONS_CREATED, RenditionsCreated.class, start.videoId(), 1,
                Duration.ofSeconds(1))).isEmpty();
        assertScratchEmpty();
    }

    private void assertRendition(MediaFile file, String key, int width, int height, long durationMs) {
        assertThat(file.key()).isEqualTo(key);
        assertThat(file.contentType()).isEqualTo("video/mp4");
        assertThat(file.codec()).isEqualTo("h264");
        assertThat(file.width()).isEqualTo(width);
        assertThat(file.height()).isEqualTo(height);
        assertThat(file.bitrate()).isPositive();
        assertThat(contentType(key)).isEqualTo("video/mp4");
        try {
            Path local = download(key);
            assertThat(Files.size(local)).isEqualTo(file.bytes());
            MediaInfo info = probe.probe(local);
            assertThat(info.videoCodec()).isEqualTo("h264");
            assertThat(info.width()).isEqualTo(width);
            assertThat(info.height()).isEqualTo(height);
            assertThat(info.durationMs()).isCloseTo(durationMs, offset(300L));
        } catch (Exception e) {
            throw new AssertionError("rendition " + key + " is not a playable video", e);
        }
    }

    /** The master names each rung's playlist, which exists and names segments that exist and decode. */
    private String assertHlsLadder(String id, List<String> uris, List<String> resolutions, boolean audio)
            throws Exception {
        assertThat(contentType(StorageKeys.hlsMaster(id))).isEqualTo("application/vnd.apple.mpegurl");
        String master = new String(read(StorageKeys.hlsMaster(id)), StandardCharsets.UTF_8);
        assertThat(master).startsWith("#EXTM3U\n");
        List<String> named = master.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(named).containsExactlyElementsOf(uris);
        List<String> streamInfs = master.lines().filter(l -> l.startsWith("#EXT-X-STREAM-INF:")).toList();
        for (int i = 0; i < uris.size(); i++) {
            assertThat(streamInfs.get(i)).containsPattern("BANDWIDTH=\\d{5,}")
                    .contains("RESOLUTION=" + resolutions.get(i))
                    .containsPattern("CODECS=\"avc1\\.[0-9a-f]{6}" + (audio ? ",mp4a\\.40\\.2\"" : "\""));
            String playlistKey = StorageKeys.hlsPrefix(id) + uris.get(i);
            assertThat(contentType(playlistKey)).isEqualTo("application/vnd.apple.mpegurl");
            Path playlist = download(playlistKey);
            List<HlsPlaylists.Segment> segments = HlsPlaylists.segments(playlist);
            assertThat(segments).isNotEmpty();
            assertThat(Files.readString(playlist)).contains("#EXT-X-ENDLIST");
            String folder = playlistKey.substring(0, playlistKey.lastIndexOf('/') + 1);
            double total = 0;
            for (HlsPlaylists.Segment segment : segments) {
                assertThat(contentType(folder + segment.uri())).isEqualTo("video/mp2t");
                total += segment.seconds();
            }
            StreamInfo first = MediaStreams.read(download(folder + segments.get(0).uri()));
            assertThat(first.videoCodec()).isEqualTo("h264");
            assertThat(first.width() + "x" + first.height()).isEqualTo(resolutions.get(i));
            assertThat(first.hasAudio()).isEqualTo(audio);
            assertThat(total).isGreaterThan(0);
        }
        return master;
    }

    /** The VTT's cues run back to back from 0 to the end; each names a tile inside the sprite. */
    private void assertStoryboard(String id, StoryboardCreated board, long durationMs, int width, int height)
            throws Exception {
        assertThat(board.sprite().key()).isEqualTo(StorageKeys.storyboardSprite(id));
        assertThat(board.vttKey()).isEqualTo(StorageKeys.storyboardVtt(id));
        assertThat(contentType(board.sprite().key())).isEqualTo("image/jpeg");
        assertThat(contentType(board.vttKey())).startsWith("text/vtt");
        assertThat(board.tileWidth()).isEqualTo(160);
        assertThat(board.tileHeight()).isEqualTo(Math.round(160f * height / width / 2) * 2);
        BufferedImage sprite = ImageIO.read(new ByteArrayInputStream(read(board.sprite().key())));
        assertThat(sprite.getWidth()).isEqualTo(board.sprite().width()).isEqualTo(board.columns() * board.tileWidth());
        assertThat(sprite.getHeight()).isEqualTo(board.sprite().height()).isEqualTo(board.rows() * board.tileHeight());
        // Every tile shows a picture: none is the black padding of an unfilled slot (the test pattern is bright).
        for (int tile = 0; tile < board.sprite().frames(); tile++) {
            int x = (tile % board.columns()) * board.tileWidth() + board.tileWidth() / 2;
            int y = (tile / board.columns()) * board.tileHeight() + board.tileHeight() / 2;
            int cx = (tile % board.columns()) * board.tileWidth();
            assertThat(brightness(sprite, cx, (tile / board.columns()) * board.tileHeight(), board.tileWidth(),
                    board.tileHeight())).as("tile %d at %d,%d", tile, x, y).isGreaterThan(20);
        }
        String vtt = new String(read(board.vttKey()), StandardCharsets.UTF_8);
        assertThat(vtt).startsWith("WEBVTT\n");
        List<long[]> cues = new ArrayList<>();
        Matcher m = CUE.matcher(vtt);
        while (m.find()) {
            int x = Integer.parseInt(m.group(9));
            int y = Integer.parseInt(m.group(10));
            int w = Integer.parseInt(m.group(11));
            int h = Integer.parseInt(m.group(12));
            assertThat(x + w).isLessThanOrEqualTo(sprite.getWidth());
            assertThat(y + h).isLessThanOrEqualTo(sprite.getHeight());
            assertThat(w).isEqualTo(board.tileWidth());
            assertThat(h).isEqualTo(board.tileHeight());
            cues.add(new long[] {ms(m, 1), ms(m, 5)});
        }
        assertThat(cues).hasSize(board.sprite().frames());
        assertThat(cues.get(0)[0]).isZero();
        for (int i = 1; i < cues.size(); i++) {
            assertThat(cues.get(i)[0]).as("cue %d starts where %d ends", i, i - 1).isEqualTo(cues.get(i - 1)[1]);
        }
        assertThat(cues.get(cues.size() - 1)[1]).isCloseTo(durationMs, offset(300L));
    }

    private static double brightness(BufferedImage image, int x0, int y0, int w, int h) {
        long sum = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int rgb = image.getRGB(x, y);
                sum += ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
            }
        }
        return sum / (3.0 * w * h);
    }

    private void assertScratchEmpty() {
        Path scratch = Path.of("target", "scratch");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            if (Files.isDirectory(scratch)) {
                try (Stream<Path> left = Files.list(scratch)) {
                    assertThat(left).as("scratch directories left behind").isEmpty();
                }
            }
        });
    }

    private String contentType(String key) {
        return store.head(new ObjectRef(store.renderBucket(), key)).orElseThrow(
                () -> new AssertionError("missing " + key)).contentType();
    }

    private byte[] read(String key) {
        return store.read(new ObjectRef(store.renderBucket(), key));
    }

    private Path download(String key) {
        Path target = dir.resolve(UUID.randomUUID() + "-" + key.substring(key.lastIndexOf('/') + 1));
        store.download(new ObjectRef(store.renderBucket(), key), target);
        return target;
    }

    private RenderStart renderStart(Path file, List<Stage> stages) throws Exception {
        String videoId = UUID.randomUUID().toString();
        ObjectRef source = new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(videoId, "mp4"));
        store.put(source, file, "video/mp4");
        // The service probes the file itself; the probe here is what session-svc would have sent.
        RenderStart start = RenderStart.create(videoId, source,
                new Probe(1000, 640, 360, 25, "h264", "aac", Files.size(file), "mp4"), stages);
        kafka.send(start);
        return start;
    }

    private static long ms(Matcher m, int group) {
        return Long.parseLong(m.group(group)) * 3_600_000 + Long.parseLong(m.group(group + 1)) * 60_000
                + Long.parseLong(m.group(group + 2)) * 1000 + Long.parseLong(m.group(group + 3));
    }
}
