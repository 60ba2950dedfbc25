package io.framewise.kit.storage;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The AWS SDK v2 S3 client and presigner, configured once from {@link StorageConfig}. */
public class S3ClientProducer {

    @Produces
    @Singleton
    S3Client s3Client(StorageConfig config) {
        var builder = S3Client.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config))
                .serviceConfiguration(serviceConfiguration(config))
                // Since SDK 2.30 every upload carries a CRC32 (as an aws-chunked trailer or a header), and every
                // download is checked against one. Stores that are S3-compatible only up to 2024 (older MinIO and
                // Ceph, R2, GCS's XML API...) refuse such requests: checksums only where the operation needs one.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(ApacheHttpClient.builder()
                        .maxConnections(32)
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Produces
    @Singleton
    S3Presigner s3Presigner(StorageConfig config) {
        var builder = S3Presigner.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config))
                .serviceConfiguration(serviceConfiguration(config));
        // Presigned URLs go to clients, so they carry the address clients see, not the internal one.
        config.publicEndpoint().or(config::endpoint).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    void closeClient(@Disposes S3Client client) {
        client.close();
    }

    void closePresigner(@Disposes S3Presigner presigner) {
        presigner.close();
    }

    /**
     * The static keys when both are set; otherwise the SDK's default chain, so a pod's IAM role (IRSA, workload
     * identity) or the environment's AWS_* variables supply them. One key without the other is a mistake, not a
     * request for the chain: refused, so it is not found later as a 403.
     */
    static AwsCredentialsProvider credentials(StorageConfig config) {
        if (config.accessKey().isPresent() && config.secretKey().isPresent()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(config.accessKey().get(), config.secretKey().get()));
        }
        if (config.accessKey().isPresent() || config.secretKey().isPresent()) {
            throw new IllegalStateException("framewise.storage.access-key and framewise.storage.secret-key go together:"
                    + " set both, or neither to use the AWS SDK's default credential chain (IAM role, web identity)");
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private static S3Configuration serviceConfiguration(StorageConfig config) {
        return S3Configuration.builder()
                .pathStyleAccessEnabled(config.pathStyle())
                .chunkedEncodingEnabled(true)
                .build();
    }
}
