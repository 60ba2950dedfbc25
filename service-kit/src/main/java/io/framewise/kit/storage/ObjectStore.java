package io.framewise.kit.storage;

import io.framewise.events.ObjectRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The object operations the services need, over the S3 API. Blocking: call it off the event loop. The bytes that
 * pass through are counted ({@link StorageTraffic}).
 */
@ApplicationScoped
public class ObjectStore {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final StorageConfig config;
    private final StorageTraffic traffic;

    public ObjectStore(S3Client s3, S3Presigner presigner, StorageConfig config, StorageTraffic traffic) {
        this.s3 = s3;
        this.presigner = presigner;
        this.config = config;
        this.traffic = traffic;
    }

    public String sourceBucket() {
        return config.sourceBucket();
    }

    public String renderBucket() {
        return config.renderBucket();
    }

    public void put(ObjectRef target, byte[] content, String contentType) {
        s3.putObject(PutObjectRequest.builder().bucket(target.bucket()).key(target.key()).contentType(contentType)
                .build(), RequestBody.fromBytes(content));
        traffic.written(content.length);
    }

    public void put(ObjectRef target, Path file, String contentType) {
        s3.putObject(PutObjectRequest.builder().bucket(target.bucket()).key(target.key()).contentType(contentType)
                .build(), RequestBody.fromFile(file));
        traffic.written(sizeOf(file));
    }

    /** Streams {@code length} bytes; the SDK never holds the whole body in memory. */
    public void put(ObjectRef target, InputStream content, long length, String contentType) {
        s3.putObject(PutObjectRequest.builder().bucket(target.bucket()).key(target.key()).contentType(contentType)
                .contentLength(length).build(), RequestBody.fromInputStream(content, length));
        traffic.written(length);
    }

    public void download(ObjectRef source, Path target) {
        try (var body = s3.getObject(GetObjectRequest.builder().bucket(source.bucket()).key(source.key()).build())) {
            traffic.read(Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot download " + source.key(), e);
        }
    }

    public byte[] read(ObjectRef source) {
        return counted(s3.getObjectAsBytes(GetObjectRequest.builder().bucket(source.bucket()).key(source.key())
                .build()).asByteArray());
    }

    /**
     * Streams an object to a reader that may be slow (an HTTP client): nothing is buffered here. Empty when the
     * object does not exist. The caller closes the stream.
     */
    public Optional<ResponseInputStream<GetObjectResponse>> open(ObjectRef source) {
        try {
            var body = s3.getObject(GetObjectRequest.builder().bucket(source.bucket()).key(source.key()).build());
            traffic.read(body.response().contentLength() == null ? 0 : body.response().contentLength());
            return Optional.of(body);
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    /** At most the first {@code maxBytes} bytes of the object (a ranged GET), e.g. to sniff its type. */
    public byte[] readFirstBytes(ObjectRef source, int maxBytes) {
        return counted(s3.getObjectAsBytes(GetObjectRequest.builder().bucket(source.bucket()).key(source.key())
                .range("bytes=0-" + (maxBytes - 1)).build()).asByteArray());
    }

    /**
     * The same, only if the object is still the version whose ETag was checked: an S3 error with status 412 when it
     * changed in between (someone uploaded again to a URL still valid).
     */
    public byte[] readFirstBytes(ObjectRef source, int maxBytes, String ifMatchETag) {
        return counted(s3.getObjectAsBytes(GetObjectRequest.builder().bucket(source.bucket()).key(source.key())
                .range("bytes=0-" + (maxBytes - 1)).ifMatch(ifMatchETag).build()).asByteArray());
    }

    /** Copies the object only if it is still the version whose ETag was checked (else an S3 error, status 412). */
    public void copy(ObjectRef from, ObjectRef to, String contentType, String ifMatchETag) {
        s3.copyObject(b -> b.sourceBucket(from.bucket()).sourceKey(from.key()).copySourceIfMatch(ifMatchETag)
                .destinationBucket(to.bucket()).destinationKey(to.key())
                .contentType(contentType).metadataDirective(MetadataDirective.REPLACE));
    }

    /** Copies an object inside the store (no bytes pass through this process), setting its Content-Type. */
    public void copy(ObjectRef from, ObjectRef to, String contentType) {
        s3.copyObject(b -> b.sourceBucket(from.bucket()).sourceKey(from.key())
                .destinationBucket(to.bucket()).destinationKey(to.key())
                .contentType(contentType).metadataDirective(MetadataDirective.REPLACE));
    }

    /** Deletes one object; deleting one that does not exist is fine. */
    public void delete(ObjectRef object) {
        s3.deleteObject(b -> b.bucket(object.bucket()).key(object.key()));
    }

    public Optional<HeadObjectResponse> head(ObjectRef object) {
        try {
            return Optional.of(s3.headObject(b -> b.bucket(object.bucket()).key(object.key())));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Deletes every object under the prefix; returns how many there were. Deleting nothing is fine. */
    public int deletePrefix(String bucket, String prefix) {
        int deleted = 0;
        for (var page : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix))) {
            var ids = page.contents().stream().map(o -> ObjectIdentifier.builder().key(o.key()).build()).toList();
            if (!ids.isEmpty()) {
                s3.deleteObjects(DeleteObjectsRequest.builder().bucket(bucket)
                        .delete(Delete.builder().objects(ids).quiet(true).build()).build());
                deleted += ids.size();
            }
        }
        return deleted;
    }

    public URL presignGet(ObjectRef object) {
        return presigner.presignGetObject(b -> b.signatureDuration(config.presignTtl())
                .getObjectRequest(g -> g.bucket(object.bucket()).key(object.key()))).url();
    }

    public URL presignPut(ObjectRef object, String contentType) {
        return presignUpload(object, contentType).url();
    }

    /**
     * A presigned PUT for clients to upload straight to the store: its URL, when it expires, and the
     * headers the client must send as signed (Content-Type when one was given).
     */
    public PresignedPutObjectRequest presignUpload(ObjectRef object, String contentType) {
        return presigner.presignPutObject(b -> b.signatureDuration(config.presignTtl())
                .putObjectRequest(p -> p.bucket(object.bucket()).key(object.key()).contentType(contentType)));
    }

    /**
     * A presigned PUT of exactly {@code contentLength} bytes: the length is one of the signed headers, so the store
     * refuses a body of any other size (and one sent without a length) before it keeps a byte.
     */
    public PresignedPutObjectRequest presignUpload(ObjectRef object, String contentType, long contentLength) {
        return presigner.presignPutObject(b -> b.signatureDuration(config.presignTtl())
                .putObjectRequest(p -> p.bucket(object.bucket()).key(object.key()).contentType(contentType)
                        .contentLength(contentLength)));
    }

    private byte[] counted(byte[] content) {
        traffic.read(content.length);
        return content;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot size " + file, e);
        }
    }

    /** Throws unless both buckets answer; used by the readiness check. */
    void checkBuckets() {
        s3.headBucket(b -> b.bucket(config.sourceBucket()));
        s3.headBucket(b -> b.bucket(config.renderBucket()));
    }
}
