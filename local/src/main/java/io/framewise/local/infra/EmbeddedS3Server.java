package io.framewise.local.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * A real S3 API (S3Proxy) over a directory: SigV4 auth, multipart uploads and presigned URLs work. It answers
 * CORS for any origin, so the gateway's web page (another origin) can PUT to presigned URLs and read objects:
 * every request still needs its signature, and browsers send no credentials to it.
 */
public final class EmbeddedS3Server implements AutoCloseable {

    /** Browsers GET and HEAD presigned links, and PUT presigned uploads (with their signed Content-Type). */
    static final CrossOriginResourceSharing BROWSER_ACCESS = new CrossOriginResourceSharing(List.of("*"),
            List.of("GET", "HEAD", "PUT"), List.of("*"), List.of("ETag"), "false");

    private volatile S3Proxy proxy;
    private final String endpoint;
    private final Path dataDir;
    private final int port;
    private final String accessKey;
    private final String secretKey;

    private EmbeddedS3Server(S3Proxy proxy, String endpoint, Path dataDir, int port, String accessKey,
                             String secretKey) {
        this.proxy = proxy;
        this.endpoint = endpoint;
        this.dataDir = dataDir;
        this.port = port;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    public static EmbeddedS3Server start(Path dataDir, int port, String accessKey, String secretKey) {
        return new EmbeddedS3Server(startProxy(dataDir, port, accessKey, secretKey), "http://127.0.0.1:" + port,
                dataDir, port, accessKey, secretKey);
    }

    /** Stops answering (connections refused) until {@link #resume()}; the objects stay. For fault tests. */
    public synchronized void pause() {
        close();
    }

    /** Answers again on the same port, over the same objects. */
    public synchronized void resume() {
        proxy = startProxy(dataDir, port, accessKey, secretKey);
    }

    private static S3Proxy startProxy(Path dataDir, int port, String accessKey, String secretKey) {
        try {
            Files.createDirectories(dataDir);
            String endpoint = "http://127.0.0.1:" + port;
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(new FilesystemNio2BlobStore(dataDir.toString()))
                    .endpoint(URI.create(endpoint))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                    .ignoreUnknownHeaders(true)
                    .corsRules(BROWSER_ACCESS)
                    .build();
            proxy.start();
            awaitStarted(proxy);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the S3 data directory " + dataDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("the S3 API did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    public String endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the S3 API did not stop cleanly", e);
        }
    }

    private static void awaitStarted(S3Proxy proxy) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!"STARTED".equals(proxy.getState())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("S3Proxy state is still " + proxy.getState());
            }
            Thread.sleep(20);
        }
    }
}
