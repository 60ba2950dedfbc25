package io.framewise.gateway.videos.rest;

import io.framewise.events.ObjectRef;
import io.framewise.events.StorageKeys;
import io.framewise.gateway.core.rest.ApiError;
import io.framewise.gateway.videos.config.FilesConfig;
import io.framewise.kit.storage.ObjectStore;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Serves the render files that players fetch by relative path — HLS playlists and segments, the storyboard's
 * WebVTT and sprite — streamed from the render bucket. Only those file kinds, only under the video's own prefix:
 * the path is matched against a fixed pattern, so no {@code ..} or other key can be reached. At most
 * {@code framewise.gateway.files.max-concurrent} at once per instance: each holds a connection of the object store's
 * pool while it streams, and a reader that takes nothing for {@code write-idle-timeout} is cut off, so slow readers
 * can never take the connections uploads need.
 */
@Path("/videos/{id}/files")
@Tag(name = "Videos")
public class RenderFileResource {

    private static final Pattern SERVABLE = Pattern.compile(
            "hls/(master\\.m3u8|[a-z0-9]{1,8}/[A-Za-z0-9_-]{1,64}\\.(m3u8|ts|m4s|mp4))|storyboard\\.(vtt|jpg)");
    private static final Map<String, String> TYPES = Map.of(
            "m3u8", "application/vnd.apple.mpegurl",
            "ts", "video/mp2t",
            "m4s", "video/iso.segment",
            "mp4", "video/mp4",
            "vtt", "text/vtt; charset=utf-8",
            "jpg", "image/jpeg");

    private static final int CHUNK = 64 * 1024;

    private final ObjectStore store;
    private final Semaphore streams;
    private final int limit;
    private final Duration writeIdleTimeout;

    public RenderFileResource(ObjectStore store, FilesConfig config) {
        this.store = store;
        this.writeIdleTimeout = config.writeIdleTimeout();
        this.limit = config.maxConcurrent();
        this.streams = new Semaphore(limit);
    }

    @GET
    @Path("/{path: .+}")
    @Blocking
    @Operation(summary = "HLS playlists and segments, the storyboard's WebVTT and sprite of a video",
            description = "What players load by relative path from the hlsUrl and storyboard.vttUrl of the video "
                    + "response. 404 for anything else.")
    public RestMulti<Buffer> file(@PathParam("id") String id, @PathParam("path") String path,
                                  @Context HttpServerResponse exchange) {
        if (!StorageKeys.isValidVideoId(id) || !SERVABLE.matcher(path).matches()) {
            throw new NotFoundException("no such file");
        }
        if (!streams.tryAcquire()) {
            Response busy = new ApiError("TooManyDownloads", "this server is streaming " + limit + " files at once "
                    + "already; try again in a moment").toResponse(503);
            busy.getHeaders().putSingle("Retry-After", "5");
            throw new WebApplicationException(busy);
        }
        ResponseInputStream<GetObjectResponse> body;
        try {
            body = store.open(new ObjectRef(store.renderBucket(), StorageKeys.renderPrefix(id) + path))
                    .orElseThrow(() -> new NotFoundException("no such file"));
        } catch (RuntimeException e) {
            streams.release();
            throw e;
        }
        // Chunks are read from the store on a worker thread only once the client has taken the one before (the
        // connection's write queue has drained): a reader that takes nothing gets at most a chunk or two queued, and is
        // cut off after the write-idle timeout. However it ends, the object store's connection goes back to its pool
        // and the slot is free again.
        AtomicBoolean finished = new AtomicBoolean();
        Multi<Buffer> chunks = Multi.createBy().repeating().supplier(() -> {
                    awaitDrained(exchange, writeIdleTimeout);
                    return nextChunk(body, finished);
                })
                .until(chunk -> chunk.length() == 0)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onTermination().invoke(() -> {
                    if (finished.get()) {
                        closeQuietly(body);
                    } else {
                        body.abort();
                    }
                    streams.release();
                });
        RestMulti.SyncRestMulti.Builder<Buffer> response = RestMulti.fromMultiData(chunks).status(200)
                .header("Content-Type", TYPES.get(path.substring(path.lastIndexOf('.') + 1)))
                .header("Cache-Control", "private, max-age=300");
        Long length = body.response().contentLength();
        if (length != null) {
            response.header("Content-Length", Long.toString(length));
        }
        return response.build();
    }

    /** Waits until the client has taken what was queued for it; fails if it takes nothing for the timeout. */
    private static void awaitDrained(HttpServerResponse exchange, Duration timeout) {
        if (!exchange.writeQueueFull()) {
            return;
        }
        CountDownLatch drained = new CountDownLatch(1);
        exchange.drainHandler(ignored -> drained.countDown());
        try {
            if (exchange.writeQueueFull() && !drained.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the client took nothing for " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the client was slow", e);
        }
    }

    /** The next piece of the object; empty at its end. */
    private static Buffer nextChunk(ResponseInputStream<GetObjectResponse> body, AtomicBoolean finished) {
        try {
            byte[] chunk = body.readNBytes(CHUNK);
            if (chunk.length == 0) {
                finished.set(true);
            }
            return Buffer.buffer(chunk);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the file from the object store", e);
        }
    }

    private static void closeQuietly(ResponseInputStream<GetObjectResponse> body) {
        try {
            body.close();
        } catch (java.io.IOException e) {
            body.abort();
        }
    }
}
