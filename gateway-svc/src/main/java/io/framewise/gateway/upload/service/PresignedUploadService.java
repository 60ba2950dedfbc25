package io.framewise.gateway.upload.service;

import io.framewise.events.ObjectRef;
import io.framewise.events.StorageKeys;
import io.framewise.events.UploadSource;
import io.framewise.gateway.core.config.GatewayConfig;
import io.framewise.gateway.core.service.VideoNotFoundException;
import io.framewise.gateway.upload.domain.Ingest;
import io.framewise.gateway.upload.domain.IngestState;
import io.framewise.gateway.upload.repository.IngestRepository;
import io.framewise.kit.storage.ObjectStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * S1's signed-URL upload: the client gets a presigned PUT, sends the file straight to the object store, then
 * confirms. The confirmation checks the object really is there, within the size limit, sniffs its type, moves
 * it to its typed key and only then announces it, once, however often it is called.
 */
@ApplicationScoped
public class PresignedUploadService {

    /** The extension of the key the presigned PUT writes to, before the type is known. */
    static final String PENDING_EXTENSION = "upload";
    /** S3's CopyObject limit; bigger objects keep their pending key. */
    private static final long MAX_COPY_BYTES = 5L * 1024 * 1024 * 1024;
    private static final int SNIFF_BYTES = 512;

    /** What the client needs to upload: PUT {@code url} with {@code headers} before {@code expiresAt}. */
    public record Ticket(String id, String url, Instant expiresAt, Map<String, String> headers) {
    }

    /** The outcome of a confirmation; {@code alreadyAnnounced} when an earlier call did the work. */
    public record Confirmation(String id, boolean alreadyAnnounced) {
    }

    private final ObjectStore store;
    private final IngestRepository ingests;
    private final UploadService uploads;
    private final GatewayConfig config;

    public PresignedUploadService(ObjectStore store, IngestRepository ingests, UploadService uploads,
                                  GatewayConfig config) {
        this.store = store;
        this.ingests = ingests;
        this.uploads = uploads;
        this.config = config;
    }

    /**
     * A presigned PUT for exactly {@code size} bytes (the length is signed: the store refuses any other body), so
     * nobody can park more than the upload limit in the bucket with it.
     */
    public Ticket create(String clientFilename, String contentType, Long size) {
        if (contentType != null && !contentType.isBlank()
                && !contentType.matches("[A-Za-z0-9][\\w.+-]*/[A-Za-z0-9][\\w.+-]*")) {
            throw new UploadRejectedException.BadContentType(contentType);
        }
        if (size == null) {
            throw new UploadRejectedException.SizeRequired();
        }
        if (size > config.maxUploadBytes()) {
            throw new UploadRejectedException.TooLarge(config.maxUploadBytes());
        }
        if (size <= 0) {
            throw new UploadRejectedException.Empty();
        }
        String signedType = contentType == null || contentType.isBlank() ? null : contentType;
        String videoId = UUID.randomUUID().toString();
        ObjectRef pending = pendingObject(videoId);
        PresignedPutObjectRequest presigned = store.presignUpload(pending, signedType, size);
        Ingest ingest = Ingest.of(videoId, UploadSource.PRESIGNED, IngestState.AWAITING_UPLOAD);
        ingest.filename = Filenames.clean(clientFilename);
        ingest.contentType = signedType;
        ingest.objectKey = pending.key();
        ingest.expiresAt = presigned.expiration();
        ingest.bytes = size;
        QuarkusTransaction.requiringNew().run(() -> ingests.persist(ingest));
        return new Ticket(videoId, presigned.url().toString(), presigned.expiration(),
                clientHeaders(presigned.signedHeaders()));
    }

    public Confirmation confirm(String videoId) {
        if (!StorageKeys.isValidVideoId(videoId)) {
            throw new VideoNotFoundException(videoId);
        }
        if (!QuarkusTransaction.requiringNew().call(() -> ingests.transition(videoId, IngestState.AWAITING_UPLOAD,
                IngestState.VERIFYING))) {
            return alreadyHandled(videoId);
        }
        Ingest ingest = QuarkusTransaction.requiringNew().call(() -> ingests.findById(videoId));
        try {
            return verifyAndAnnounce(ingest);
        } catch (RuntimeException e) {
            // Not announced: let the client upload again (if the URL still works) and confirm again.
            QuarkusTransaction.requiringNew().call(() -> ingests.transition(videoId, IngestState.VERIFYING,
                    IngestState.AWAITING_UPLOAD));
            throw e;
        }
    }

    private Confirmation verifyAndAnnounce(Ingest ingest) {
        ObjectRef pending = pendingObject(ingest.id);
        HeadObjectResponse head = store.head(pending).orElseThrow(() ->
                ingest.expiresAt != null && Instant.now().isAfter(ingest.expiresAt)
                        ? new UploadRejectedException.Expired(ingest.id)
                        : new UploadRejectedException.NotUploaded(ingest.id));
        long bytes = head.contentLength();
        if (bytes > config.maxUploadBytes()) {
            store.delete(pending);
            throw new UploadRejectedException.TooLarge(config.maxUploadBytes());
        }
        if (bytes == 0) {
            store.delete(pending);
            throw new UploadRejectedException.Empty();
        }
        if (ingest.bytes != null && bytes != ingest.bytes) {
            store.delete(pending);
            throw new UploadRejectedException.SizeMismatch(ingest.bytes, bytes);
        }
        // Everything from here on reads the version that was checked: a PUT in between (the URL is still valid)
        // makes the store answer 412, and nothing unchecked is moved or announced.
        String checked = head.eTag();
        ObjectRef stored = pending;
        try {
            VideoSniffer.Sniffed type = VideoSniffer.sniff(store.readFirstBytes(pending, SNIFF_BYTES, checked));
            if (bytes <= MAX_COPY_BYTES) {
                stored = new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(ingest.id, type.extension()));
                store.copy(pending, stored, type.mimeType(), checked);
                store.delete(pending);
            }
            return announce(ingest, new UploadService.Stored(stored, type, bytes));
        } catch (S3Exception e) {
            if (e.statusCode() == 412) {
                throw new UploadRejectedException.Changed(ingest.id);
            }
            throw e;
        }
    }

    private Confirmation announce(Ingest ingest, UploadService.Stored result) {
        long bytes = result.bytes();
        uploads.announce(ingest.id, result, ingest.filename, UploadSource.PRESIGNED);
        QuarkusTransaction.requiringNew().run(() -> ingests.accepted(ingest.id, result.object().key(), bytes, null));
        return new Confirmation(ingest.id, false);
    }

    private Confirmation alreadyHandled(String videoId) {
        Ingest ingest = QuarkusTransaction.requiringNew().call(() -> ingests.findById(videoId));
        if (ingest == null || ingest.state == IngestState.DELETED) {
            throw new VideoNotFoundException(videoId);
        }
        if (ingest.uploadSource() != UploadSource.PRESIGNED) {
            throw new UploadRejectedException.NotPresigned(videoId);
        }
        if (ingest.state == IngestState.VERIFYING) {
            throw new UploadRejectedException.InProgress(videoId);
        }
        if (ingest.state == IngestState.FAILED) {
            throw new UploadRejectedException.Expired(videoId);
        }
        return new Confirmation(videoId, true);
    }

    private ObjectRef pendingObject(String videoId) {
        return new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(videoId, PENDING_EXTENSION));
    }

    /** The signed headers a client must send itself. */
    private static Map<String, String> clientHeaders(Map<String, List<String>> signed) {
        Map<String, String> headers = new LinkedHashMap<>();
        signed.forEach((name, values) -> {
            // Host and Content-Length are set by every HTTP client (browsers refuse to let pages set them): the
            // body must simply be the size that was asked for.
            if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
                headers.put(name.equalsIgnoreCase("content-type") ? "Content-Type" : name, String.join(",", values));
            }
        });
        return headers;
    }
}
