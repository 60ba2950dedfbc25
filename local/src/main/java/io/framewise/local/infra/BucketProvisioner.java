package io.framewise.local.infra;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import java.util.ArrayList;
import java.util.List;

/** Creates the source and render buckets through the MinIO client, as one would against MinIO itself. */
public final class BucketProvisioner {

    private BucketProvisioner() {
    }

    public static List<String> ensureBuckets(String endpoint, String accessKey, String secretKey, String... buckets) {
        List<String> created = new ArrayList<>();
        try (MinioClient client = MinioClient.builder()
                .endpoint(endpoint)
                .credentials(accessKey, secretKey)
                .region("us-east-1")
                .build()) {
            for (String bucket : buckets) {
                if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                    client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                    created.add(bucket);
                }
            }
            return created;
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the buckets at " + endpoint + ": " + e.getMessage(), e);
        }
    }
}
