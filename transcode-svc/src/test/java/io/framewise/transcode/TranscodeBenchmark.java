package io.framewise.transcode;

import io.framewise.events.ObjectRef;
import io.framewise.events.Probe;
import io.framewise.events.RenderStart;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.Stage;
import io.framewise.events.StorageKeys;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.Topics;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.media.cli.FfmpegCli;
import io.framewise.media.probe.MediaInfo;
import io.framewise.media.probe.MediaProbe;
import io.framewise.media.transcode.TranscodeCommands;
import io.framewise.media.transcode.TranscodePlan;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import io.framewise.transcode.service.TranscodePlanner;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints, for the benchmark's 30 s 1280×720 30 fps clip, how long the service takes from render.start to
 * renditions.created, by the events' own timestamps (fetch, probe, the decode, HLS, uploads; storyboard.created
 * is sent on the way), and how
 * long the bare ffmpeg program takes for exactly the same commands ({@link TranscodeCommands#of}). It asserts
 * nothing. Off by default; run it with
 * {@code ./mvnw -B -pl transcode-svc -am verify -Dtest=TranscodeBenchmark -Dtranscode.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)
@EnabledIfSystemProperty(named = "transcode.bench", matches = "true")
class TranscodeBenchmark {

    private static final int RUNS = 2;

    @Inject
    ObjectStore store;

    @Inject
    TranscodePlanner planner;

    @TempDir
    Path dir;

    private final TopicClient kafka = TopicClient.shared();

    @Test
    void serviceAgainstBareFfmpeg() throws Exception {
        Path clip = TestVideos.benchmarkClip(Duration.ofSeconds(30));
        MediaInfo info = new MediaProbe().probe(clip);
        double[] service = new double[RUNS];
        double[] bare = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            service[run] = throughService(clip);
            bare[run] = bareFfmpeg(clip, info, run);
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%n=== transcode-svc benchmark: %s, %d ms, %dx%d @ %.0f fps, %d bytes ===%n", clip.getFileName(),
                info.durationMs(), info.width(), info.height(), info.fps(), info.bytes()));
        for (int run = 0; run < RUNS; run++) {
            report.append(String.format(Locale.ROOT,
                    "run %d: service (render.start → renditions.created, event times) %.2f s | bare ffmpeg, same commands %.2f s | ratio %.2f%n",
                    run + 1, service[run], bare[run], service[run] / bare[run]));
        }
        System.out.println(report);
    }

    /**
     * Seconds from render.start's own timestamp to renditions.created's (the later of the two events), so the time
     * the test's reader takes to join the topic is not counted: what the root benchmark measures per stage.
     */
    private double throughService(Path clip) throws Exception {
        String videoId = UUID.randomUUID().toString();
        ObjectRef source = new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(videoId, "mp4"));
        store.put(source, clip, "video/mp4");
        RenderStart start = RenderStart.create(videoId, source, new Probe(30_000, 1280, 720, 30, "h264", "aac",
                Files.size(clip), "mp4"), List.of(Stage.TRANSCODE, Stage.STORYBOARD));
        kafka.send(start);
        List<RenditionsCreated> created = kafka.collect(Topics.RENDITIONS_CREATED, RenditionsCreated.class,
                e -> e.videoId().equals(videoId), l -> !l.isEmpty(), Duration.ofMinutes(10));
        List<StoryboardCreated> board = kafka.collect(Topics.STORYBOARD_CREATED, StoryboardCreated.class,
                e -> e.videoId().equals(videoId), l -> !l.isEmpty(), Duration.ofSeconds(30));
        if (created.isEmpty() || board.isEmpty()) {
            throw new IllegalStateException("no renditions.created or storyboard.created for " + videoId);
        }
        return Duration.between(start.at(), created.get(0).at()).toMillis() / 1000.0;
    }

    /** Seconds for the bare program to run the very commands the service would run on this file. */
    private double bareFfmpeg(Path clip, MediaInfo info, int run) throws Exception {
        Path work = Files.createDirectories(dir.resolve("bare-" + run));
        TranscodePlan plan = planner.plan(clip, info, true, true, work);
        long started = System.nanoTime();
        for (List<String> command : TranscodeCommands.of(plan)) {
            FfmpegCli.run(command, 600);
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
