package io.framewise.kit.storage;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
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

    private static StaticCredentialsProvider credentials(StorageConfig config) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey()));
    }

    private static S3Configuration serviceConfiguration(StorageConfig config) {
        return S3Configuration.builder()
                .pathStyleAccessEnabled(config.pathStyle())
                // S3-compatible servers do not all speak the SDK's newer checksum trailers.
                .chunkedEncodingEnabled(true)
                .build();
    }
}
