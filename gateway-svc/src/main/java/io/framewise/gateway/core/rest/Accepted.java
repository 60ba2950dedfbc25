package io.framewise.gateway.core.rest;

import io.framewise.gateway.core.config.GatewayConfig;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code 202 {id, statusUrl, eventsUrl}}: what every way of submitting a video answers. */
@Schema(name = "Accepted", description = "The video was taken in; follow it at statusUrl or eventsUrl (SSE)")
public record Accepted(String id, String statusUrl, String eventsUrl) {

    public static Response response(String videoId, UriInfo uri, GatewayConfig config, Map<String, Object> extra) {
        String base = config.publicUrl().orElse(uri.getBaseUri().toString()).replaceAll("/+$", "");
        URI statusUrl = URI.create(base + "/videos/" + videoId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", videoId);
        body.put("statusUrl", statusUrl.toString());
        body.put("eventsUrl", statusUrl + "/events");
        body.putAll(extra);
        return Response.accepted(body).location(statusUrl).build();
    }
}
