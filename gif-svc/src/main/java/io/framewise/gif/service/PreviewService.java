package io.framewise.gif.service;

import io.framewise.media.FfmpegIdentity;
import io.framewise.events.EventIds;
import io.framewise.events.ImageAsset;
import io.framewise.events.ObjectRef;
import io.framewise.events.PreviewCreated;
import io.framewise.events.RenderStart;
import io.framewise.events.StorageKeys;
import io.framewise.gif.config.PreviewConfig;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.kit.work.Laps;
import io.framewise.kit.work.Scratch;
import io.framewise.kit.work.StageFailure;
import io.framewise.media.UnusableMediaException;
import io.framewise.media.encode.AnimationEncoder;
import io.framewise.media.encode.EncodedImage;
import io.framewise.media.encode.GifEncoder;
import io.framewise.media.encode.WebpEncoder;
import io.framewise.media.frames.Decoding;
import io.framewise.media.frames.FrameSampler;
import io.framewise.media.frames.FrameSize;
import io.framewise.media.frames.Timestamps;
import io.framewise.media.frames.VideoFrame;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/** The preview of one video: frames taken by seeking, a palette-optimised GIF and an animated WebP, stored. */
@ApplicationScoped
public class PreviewService {

    private static final Logger LOG = Logger.getLogger(PreviewService.class);

    private final ObjectStore store;
    private final PreviewConfig config;
    private final FrameSampler sampler;
    private final GifEncoder gifEncoder = new GifEncoder();
    private final WebpEncoder webpEncoder;
    private final ExecutorService encoders = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "preview-encoder");
        thread.setDaemon(true);
        return thread;
    });

    public PreviewService(ObjectStore store, PreviewConfig config) {
        this.store = store;
        this.config = config;
        this.sampler = new FrameSampler(Decoding.FAST, config.keyframeSnap().toMillis());
        this.webpEncoder = new WebpEncoder(config.webpQuality());
    }

    public PreviewCreated render(RenderStart start, Scratch scratch) throws StageFailure, IOException {
        Laps laps = new Laps();
        Path source = scratch.file("source");
        store.download(start.source(), source);
        laps.lap("download");
        List<VideoFrame> frames = sample(source, start.probe().durationMs());
        laps.lap(frames.size() + " frames");
        // The two encodes read the same frames and share nothing else: the WebP is made beside the GIF, on a core
        // the GIF's palette pass leaves free, instead of after it.
        CompletableFuture<ImageAsset> webp = config.webp()
                ? CompletableFuture.supplyAsync(() -> storedUnchecked(webpEncoder, frames,
                        scratch.file("preview.webp"), StorageKeys.previewWebp(start.videoId())), encoders)
                : CompletableFuture.completedFuture(null);
        ImageAsset gif = stored(gifEncoder, frames, scratch.file("preview.gif"), StorageKeys.previewGif(start.videoId()));
        laps.lap("gif");
        ImageAsset webpAsset = joined(webp);
        laps.lap("webp");
        LOG.debugf("video %s preview: %s", start.videoId(), laps);
        return new PreviewCreated(start.videoId(), EventIds.derive(start.eventId(), "preview.created"), Instant.now(),
                gif, webpAsset, List.of(FfmpegIdentity.current()));
    }

    @PreDestroy
    void stopEncoders() {
        encoders.shutdownNow();
    }

    private static ImageAsset joined(CompletableFuture<ImageAsset> encoding) throws IOException {
        try {
            return encoding.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private ImageAsset storedUnchecked(AnimationEncoder encoder, List<VideoFrame> frames, Path file, String key) {
        try {
            return stored(encoder, frames, file, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<VideoFrame> sample(Path source, long durationMs) throws StageFailure {
        try {
            return sampler.sample(source, Timestamps.evenlySpaced(durationMs, config.frames()),
                    new FrameSize(config.width(), config.maxHeight()));
        } catch (UnusableMediaException e) {
            throw new StageFailure(e.getMessage(), e);
        }
    }

    private ImageAsset stored(AnimationEncoder encoder, List<VideoFrame> frames, Path file, String key)
            throws IOException {
        EncodedImage image = encoder.encode(frames, config.frameDelay(), file);
        store.put(new ObjectRef(store.renderBucket(), key), image.file(), image.contentType());
        return new ImageAsset(key, image.width(), image.height(), image.frames(), image.bytes());
    }
}
