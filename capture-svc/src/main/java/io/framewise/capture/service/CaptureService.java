package io.framewise.capture.service;

import java.util.List;
import io.framewise.media.FfmpegIdentity;
import io.framewise.capture.config.CaptureConfig;
import io.framewise.capture.config.SceneOptionsOf;
import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.EventIds;
import io.framewise.events.ObjectRef;
import io.framewise.events.RenderStart;
import io.framewise.events.StorageKeys;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.kit.work.Laps;
import io.framewise.kit.work.Scratch;
import io.framewise.kit.work.StageFailure;
import io.framewise.media.UnusableMediaException;
import io.framewise.media.encode.JpegEncoder;
import io.framewise.media.scene.SceneCapture;
import io.framewise.media.scene.SceneDetector;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The captures of one video: one JPEG per shot, each stored and announced as soon as its shot is found (so
 * labelling starts while the rest of the video is still being scanned), then the marker with the count.
 */
@ApplicationScoped
public class CaptureService {

    private static final Logger LOG = Logger.getLogger(CaptureService.class);

    private final ObjectStore store;
    private final SceneDetector detector;
    private final JpegEncoder jpeg;

    public CaptureService(ObjectStore store, CaptureConfig config) {
        this.store = store;
        this.detector = new SceneDetector(SceneOptionsOf.config(config));
        this.jpeg = new JpegEncoder(config.jpegQuality());
    }

    /** Announces each capture through {@code announce} and returns the completion marker to send last. */
    public CaptureCreated capture(RenderStart start, Scratch scratch, Consumer<CaptureCreated> announce)
            throws StageFailure {
        Laps laps = new Laps();
        Path source = scratch.file("source");
        store.download(start.source(), source);
        laps.lap("download");
        try {
            int count = detector.detect(source, start.probe().durationMs(),
                    capture -> announce.accept(store(start, capture)));
            laps.lap(count + " captures found, stored and announced");
            LOG.debugf("video %s captures: %s", start.videoId(), laps);
            return new CaptureCreated(start.videoId(), EventIds.derive(start.eventId(), "captures/complete"),
                    Instant.now(), null, true, count, List.of(FfmpegIdentity.current()));
        } catch (UnusableMediaException e) {
            throw new StageFailure(e.getMessage(), e);
        }
    }

    private CaptureCreated store(RenderStart start, SceneCapture capture) throws java.io.IOException {
        String key = StorageKeys.capture(start.videoId(), capture.index());
        store.put(new ObjectRef(store.sourceBucket(), key), jpeg.encode(capture.image()), "image/jpeg");
        CaptureRef ref = new CaptureRef(capture.index(), capture.timeMs(), key, capture.image().getWidth(),
                capture.image().getHeight());
        return new CaptureCreated(start.videoId(), EventIds.derive(start.eventId(), "capture/" + capture.index()),
                Instant.now(), ref, false, null, List.of(FfmpegIdentity.current()));
    }
}
