package io.framewise.local.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A web page on another origin may PUT presigned uploads to the S3 API and read what it links to. */
class EmbeddedS3ServerTest {

    private static final String PAGE_ORIGIN = "http://localhost:8080";

    @TempDir
    Path dataDir;

    @Test
    void answersTheBrowsersPreflightForAPresignedPut() throws Exception {
        try (EmbeddedS3Server s3 = EmbeddedS3Server.start(dataDir, Ports.free(), "key", "secret-of-the-test")) {
            BucketProvisioner.ensureBuckets(s3.endpoint(), "key", "secret-of-the-test", "framewise-source",
                    "framewise-render");
            HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(s3.endpoint() + "/framewise-source/videos/x/source.upload?X-Amz-Signature=0"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", PAGE_ORIGIN)
                    .header("Access-Control-Request-Method", "PUT")
                    .header("Access-Control-Request-Headers", "content-type")
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(preflight.statusCode()).isEqualTo(200);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValueSatisfying(origin ->
                    assertThat(origin).isIn("*", PAGE_ORIGIN));
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(methods ->
                    assertThat(methods).contains("PUT"));
        }
    }
}
