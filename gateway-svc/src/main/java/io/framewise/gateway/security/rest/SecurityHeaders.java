package io.framewise.gateway.security.rest;

import io.framewise.kit.storage.StorageConfig;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * Headers on every answer of the page and the API: a Content-Security-Policy as a header (a meta tag cannot say
 * {@code frame-ancestors}), so nothing is framed, nothing runs but the gateway's own scripts, and the page talks to
 * nothing but the gateway and the object store its presigned links point at; {@code nosniff}, so no answer is read
 * as another type than it says; no referrer, so presigned links and stream tokens never leak to other sites; and
 * {@code no-store} on JSON, which carries presigned links. ({@code /q/*} keeps Quarkus' own: Swagger UI inlines
 * its scripts.)
 */
@ApplicationScoped
public class SecurityHeaders {

    void install(@Observes Router router, StorageConfig storage) {
        String policy = policy(storageOrigin(storage));
        router.route().order(-1000).handler(context -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
            if (!context.normalizedPath().startsWith("/q/")) {
                headers.set("Content-Security-Policy", policy);
            }
            context.addHeadersEndHandler(ignored -> {
                String type = headers.get("Content-Type");
                if (type != null && type.startsWith("application/json") && !headers.contains("Cache-Control")) {
                    headers.set("Cache-Control", "no-store");
                }
            });
            context.next();
        });
    }

    static String policy(String storageOrigin) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: " + storageOrigin
                + "; media-src 'self' " + storageOrigin + "; connect-src 'self' " + storageOrigin
                + "; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /**
     * Where presigned links point: the store's scheme, host and port (its subdomains where buckets are addressed as
     * hosts), or any HTTPS origin for AWS S3 itself, whose bucket hosts depend on bucket and region.
     */
    static String storageOrigin(StorageConfig storage) {
        return storage.publicEndpoint().or(storage::endpoint).map(endpoint -> origin(endpoint, storage.pathStyle()))
                .orElse("https:");
    }

    private static String origin(URI endpoint, boolean pathStyle) {
        return endpoint.getScheme() + "://" + (pathStyle ? "" : "*.") + endpoint.getHost()
                + (endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort());
    }
}
