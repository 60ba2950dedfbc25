package io.framewise.gateway.imports.service;

import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.UploadSource;
import io.framewise.gateway.core.config.GatewayConfig;
import io.framewise.gateway.imports.config.ImportConfig;
import io.framewise.gateway.upload.domain.Ingest;
import io.framewise.gateway.upload.domain.IngestState;
import io.framewise.gateway.upload.messaging.UploadPublisher;
import io.framewise.gateway.upload.repository.IngestRepository;
import io.framewise.gateway.upload.service.Filenames;
import io.framewise.gateway.upload.service.SpooledUpload;
import io.framewise.gateway.upload.service.UploadRejectedException;
import io.framewise.gateway.upload.service.UploadService;
import io.framewise.outbound.OutboundFailure;
import io.framewise.outbound.OutboundPolicy;
import io.framewise.outbound.RefusedUrlException;
import io.framewise.outbound.SafeHttpClient;
import io.framewise.outbound.UrlGuard;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * URL imports (S1's Messenger-bot path): the URL is checked at once (so an obviously refused one is a 400),
 * then downloaded off the request thread, a few at a time, within size and time limits, and ingested like an
 * upload with source {@code url}. A failed import is announced as a {@code stage.failed} of the session stage,
 * so the video shows FAILED with the reason everywhere (GET, SSE, webhooks). URLs are never logged whole:
 * they may carry tokens.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final SafeHttpClient http;
    private final UploadService uploads;
    private final UploadPublisher publisher;
    private final IngestRepository ingests;
    private final ImportConfig config;
    private final GatewayConfig gateway;
    private final OutboundPolicy policy;
    private ThreadPoolExecutor downloads;

    public ImportService(SafeHttpClient http, UploadService uploads, UploadPublisher publisher,
                         IngestRepository ingests, ImportConfig config, GatewayConfig gateway) {
        this.http = http;
        this.uploads = uploads;
        this.publisher = publisher;
        this.ingests = ingests;
        this.config = config;
        this.gateway = gateway;
        this.policy = OutboundPolicy.of(config.allowPrivate(), config.allowedNetworks(), "framewise.gateway.imports");
    }

    @PostConstruct
    void start() {
        AtomicInteger threads = new AtomicInteger();
        downloads = new ThreadPoolExecutor(config.maxConcurrent(), config.maxConcurrent(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(config.maxQueued()), task -> {
                    Thread thread = new Thread(task, "framewise-import-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        downloads.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        downloads.shutdownNow();
    }

    /** Checks the URL and queues the import; returns the new video's id. */
    public String start(String url) {
        URI uri = UrlGuard.parse(url);
        http.guard().check(uri, policy);
        String videoId = UUID.randomUUID().toString();
        Ingest ingest = Ingest.of(videoId, UploadSource.URL, IngestState.IMPORTING);
        ingest.importUrl = uri.toString();
        ingest.filename = filenameOf(uri);
        QuarkusTransaction.requiringNew().run(() -> ingests.persist(ingest));
        try {
            downloads.execute(() -> run(videoId, uri, ingest.filename));
        } catch (RejectedExecutionException e) {
            QuarkusTransaction.requiringNew().call(() -> ingests.deleted(videoId));
            throw new UploadRejectedException.ImportsBusy();
        }
        LOG.infof("video %s: import from %s queued", videoId, uri.getHost());
        return videoId;
    }

    private void run(String videoId, URI uri, String filename) {
        Path file = null;
        try {
            file = Files.createTempFile(gateway.spoolDirectoryOrTemp(), "import-", ".part");
            SafeHttpClient.Download download = http.download(uri, file, limits(), policy);
            if (isDeleted(videoId)) {
                return;
            }
            UploadService.Stored stored;
            try (SpooledUpload upload = SpooledUpload.of(file, gateway.maxUploadBytes())) {
                stored = uploads.store(videoId, upload);
            }
            file = null;
            if (isDeleted(videoId)) {
                // Deleted while downloading: the object must not outlive the video.
                uploads.discard(stored);
                return;
            }
            // Named after where the redirects led (…/clip.mp4), else after the URL asked for.
            String name = Optional.ofNullable(filenameOf(download.finalUrl())).orElse(filename);
            uploads.announce(videoId, stored, name, UploadSource.URL);
            QuarkusTransaction.requiringNew().run(() -> ingests.accepted(videoId, stored.object().key(),
                    stored.bytes(), name));
            LOG.infof("video %s: imported %d bytes from %s", videoId, download.bytes(), download.finalUrl().getHost());
        } catch (RefusedUrlException | OutboundFailure | UploadRejectedException e) {
            fail(videoId, "the import from " + uri.getHost() + " failed: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "video %s: import failed", videoId);
            fail(videoId, "the import from " + uri.getHost() + " failed: " + e.getMessage());
        } finally {
            deleteQuietly(file);
        }
    }

    /** Imports left IMPORTING by an instance that stopped: failed once no download can still be running. */
    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void failAbandonedImports() {
        Instant cutOff = Instant.now().minus(config.timeout()).minusSeconds(60);
        for (Ingest ingest : QuarkusTransaction.requiringNew().call(() -> ingests.abandonedImports(cutOff, 100))) {
            fail(ingest.id, "the import was interrupted (the gateway stopped); please import the URL again");
        }
    }

    private void fail(String videoId, String reason) {
        if (QuarkusTransaction.requiringNew().call(() -> ingests.failIfImporting(videoId, reason))) {
            LOG.warnf("video %s: %s", videoId, reason);
            publisher.publish(StageFailed.create(videoId, Stage.SESSION, reason, false));
        }
    }

    private boolean isDeleted(String videoId) {
        Ingest ingest = QuarkusTransaction.requiringNew().call(() -> ingests.findById(videoId));
        return ingest == null || ingest.state == IngestState.DELETED;
    }

    private SafeHttpClient.Limits limits() {
        return new SafeHttpClient.Limits(gateway.maxUploadBytes(), config.timeout(), config.connectTimeout(),
                config.idleTimeout(), config.maxRedirects());
    }

    private static String filenameOf(URI uri) {
        String path = uri.getRawPath();
        if (path == null || path.isBlank()) {
            return null;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        try {
            return Filenames.clean(URLDecoder.decode(last, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Filenames.clean(last);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debugf("cannot delete %s: %s", file, e.getMessage());
            }
        }
    }
}
