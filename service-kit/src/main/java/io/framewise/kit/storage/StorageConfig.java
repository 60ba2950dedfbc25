package io.framewise.kit.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where the S3-compatible object store is and which buckets hold what. */
@ConfigMapping(prefix = "framewise.storage")
public interface StorageConfig {

    /** S3 endpoint, e.g. http://minio:9000; empty means AWS S3 itself. */
    Optional<URI> endpoint();

    /**
     * The S3 address as clients (browsers, programs outside the cluster) reach it, e.g.
     * https://s3.example.com; used only to sign URLs handed out to them. Empty means {@link #endpoint()}.
     */
    Optional<URI> publicEndpoint();

    @WithDefault("us-east-1")
    String region();

    /**
     * Static keys. Leave both unset to use the AWS SDK's default credential chain instead: environment, system
     * properties, web identity (EKS IRSA, GKE/AKS workload identity federation), profile files, container and
     * instance roles. Setting only one of the two is refused at start.
     */
    Optional<String> accessKey();

    Optional<String> secretKey();

    /** Path-style addressing (bucket in the path) is what MinIO and S3Proxy expect. */
    @WithDefault("true")
    boolean pathStyle();

    /** Uploaded videos and captures. */
    @WithDefault("framewise-source")
    String sourceBucket();

    /** Previews, metadata.json and other renders. */
    @WithDefault("framewise-render")
    String renderBucket();

    /** How long presigned GET and PUT URLs stay valid. */
    @WithDefault("PT1H")
    Duration presignTtl();
}
