package io.framewise.outbound;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Outbound HTTP on a user's behalf, safe against SSRF: every URL (and every redirect hop) passes
 * {@link UrlGuard}, and the connection goes to the very address that was checked (Vert.x connects to the
 * given server address while Host and TLS SNI keep the URL's host), so DNS cannot be asked twice. Methods
 * block until done: call them from worker threads only.
 */
@ApplicationScoped
public class SafeHttpClient {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** IPv4 and IPv6 addresses, with the slash and port Java's socket errors add. */
    private static final Pattern ADDRESS = Pattern.compile(
            "/?(\\d{1,3}(\\.\\d{1,3}){3}|\\[?[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}(%\\w+)?\\]?)(:\\d{1,5})?");
    private static final String USER_AGENT = "Framewise/1.0 (+https://github.com/framewise)";

    /** How much a download may take. */
    public record Limits(long maxBytes, Duration timeout, Duration connectTimeout, Duration idleTimeout,
                         int maxRedirects) {
    }

    /** A finished download: where it ended up after redirects, its size and declared type. */
    public record Download(URI finalUrl, long bytes, String contentType) {
    }

    private final Vertx vertx;
    private final UrlGuard guard;
    private HttpClient client;

    public SafeHttpClient(Vertx vertx) {
        this.vertx = vertx;
        this.guard = UrlGuard.usingSystemDns();
    }

    @PostConstruct
    void start() {
        // No pooling: every request gets a fresh connection to the address checked for it.
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false).setForceSni(true)
                .setMaxRedirects(0).setVerifyHost(true));
    }

    @PreDestroy
    void stop() {
        client.close();
    }

    public UrlGuard guard() {
        return guard;
    }

    /** GETs the URL into {@code target}, following at most {@code maxRedirects} redirects, each one checked. */
    public Download download(URI url, Path target, Limits limits, OutboundPolicy policy) {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        URI current = url;
        for (int hop = 0; ; hop++) {
            UrlGuard.Target checked = guard.check(current, policy);
            Hop result = fetchOnce(checked, target, limits, deadline);
            if (result.redirect() == null) {
                return new Download(current, result.bytes(), result.contentType());
            }
            if (hop >= limits.maxRedirects()) {
                throw new OutboundFailure("too many redirects (more than " + limits.maxRedirects() + ")");
            }
            try {
                current = current.resolve(result.redirect());
            } catch (IllegalArgumentException e) {
                throw new OutboundFailure("the server redirected to an invalid URL");
            }
        }
    }

    /** POSTs the body; returns the receiver's status code. Never follows redirects. */
    public int post(URI url, Map<String, String> headers, byte[] body, Duration timeout, OutboundPolicy policy) {
        UrlGuard.Target checked = guard.check(url, policy);
        RequestOptions options = options(checked, HttpMethod.POST, timeout, timeout);
        headers.forEach(options::putHeader);
        CompletableFuture<Integer> status = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        client.request(options).onComplete(opened -> {
            if (opened.failed()) {
                status.completeExceptionally(opened.cause());
                return;
            }
            request.set(opened.result());
            opened.result().send(Buffer.buffer(body)).onComplete(sent -> {
                if (sent.failed()) {
                    status.completeExceptionally(sent.cause());
                } else {
                    // The answer's body is not needed (and not read: a receiver cannot make us buffer it).
                    status.complete(sent.result().statusCode());
                    opened.result().reset();
                }
            });
        });
        return await(status, System.nanoTime() + timeout.toNanos(), request, checked, "the receiver");
    }

    private record Hop(String redirect, long bytes, String contentType) {
    }

    private Hop fetchOnce(UrlGuard.Target checked, Path target, Limits limits, long deadline) {
        AsyncFile file = vertx.fileSystem().openBlocking(target.toString(),
                new OpenOptions().setWrite(true).setCreate(true).setTruncateExisting(true));
        CompletableFuture<Hop> result = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        RequestOptions options = options(checked, HttpMethod.GET, limits.connectTimeout(), limits.idleTimeout())
                .putHeader("Accept", "video/*, application/octet-stream;q=0.9, */*;q=0.5");
        client.request(options).onComplete(opened -> {
            if (opened.failed()) {
                result.completeExceptionally(opened.cause());
                return;
            }
            request.set(opened.result());
            opened.result().send().onComplete(sent -> {
                if (sent.failed()) {
                    result.completeExceptionally(sent.cause());
                } else {
                    receive(sent.result(), opened.result(), file, limits.maxBytes(), result);
                }
            });
        });
        try {
            return await(result, deadline, request, checked, "the server");
        } finally {
            try {
                file.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception closeFailed) {
                // the download already failed or the file is gone; nothing to add
            }
        }
    }

    private static void receive(HttpClientResponse response, HttpClientRequest request, AsyncFile file,
                                long maxBytes, CompletableFuture<Hop> result) {
        int status = response.statusCode();
        if (REDIRECTS.contains(status)) {
            String location = response.getHeader("Location");
            request.reset();
            if (location == null || location.isBlank()) {
                result.completeExceptionally(new OutboundFailure("the server redirected (" + status
                        + ") without saying where"));
            } else {
                result.complete(new Hop(location, 0, null));
            }
            return;
        }
        if (status / 100 != 2) {
            request.reset();
            result.completeExceptionally(new OutboundFailure("the server answered " + status + " "
                    + response.statusMessage()));
            return;
        }
        String declared = response.getHeader("Content-Length");
        if (declared != null && declared.matches("\\d{1,19}") && Long.parseLong(declared) > maxBytes) {
            request.reset();
            result.completeExceptionally(tooLarge(maxBytes));
            return;
        }
        AtomicLong received = new AtomicLong();
        response.handler(chunk -> {
            if (result.isDone()) {
                return;
            }
            if (received.addAndGet(chunk.length()) > maxBytes) {
                result.completeExceptionally(tooLarge(maxBytes));
                request.reset();
                return;
            }
            file.write(chunk);
            if (file.writeQueueFull()) {
                response.pause();
                file.drainHandler(ignored -> response.resume());
            }
        });
        response.exceptionHandler(result::completeExceptionally);
        response.endHandler(ignored -> file.flush().onComplete(flushed -> {
            if (flushed.failed()) {
                result.completeExceptionally(flushed.cause());
            } else {
                result.complete(new Hop(null, received.get(), response.getHeader("Content-Type")));
            }
        }));
    }

    private static OutboundFailure tooLarge(long maxBytes) {
        return new OutboundFailure("the file is larger than the limit of " + maxBytes + " bytes");
    }

    private static RequestOptions options(UrlGuard.Target checked, HttpMethod method, Duration connectTimeout,
                                          Duration idleTimeout) {
        return new RequestOptions()
                .setMethod(method)
                .setAbsoluteURI(checked.uri().toString())
                // Connect to the checked address; Host header and SNI still name the URL's host.
                .setServer(SocketAddress.inetSocketAddress(checked.port(), checked.address().getHostAddress()))
                .setFollowRedirects(false)
                .setConnectTimeout(connectTimeout.toMillis())
                .setIdleTimeout(idleTimeout.toMillis())
                .putHeader("User-Agent", USER_AGENT);
    }

    private static <T> T await(CompletableFuture<T> result, long deadline, AtomicReference<HttpClientRequest> request,
                               UrlGuard.Target target, String peer) {
        try {
            return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            HttpClientRequest open = request.get();
            if (open != null) {
                open.reset();
            }
            throw new OutboundFailure(peer + " at " + target.host() + " did not finish in time");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutboundFailure failure) {
                throw failure;
            }
            throw new OutboundFailure("cannot reach " + target.host() + ":" + target.port() + ": "
                    + describe(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboundFailure("interrupted");
        }
    }

    /** The cause in words, without the addresses network errors name ("Connection refused: /10.0.0.7:80"). */
    static String describe(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return ADDRESS.matcher(message).replaceAll("(address withheld)");
    }
}
