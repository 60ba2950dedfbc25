package io.framewise.gateway.imports.rest;

import io.framewise.gateway.core.config.GatewayConfig;
import io.framewise.gateway.core.rest.Accepted;
import io.framewise.gateway.core.rest.ApiError;
import io.framewise.gateway.core.service.InvalidRequestException;
import io.framewise.gateway.imports.service.ImportService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /videos/imports {url}}: the gateway downloads the video itself (S1's Messenger-bot path). */
@Path("/videos/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Uploads")
@SecurityRequirement(name = "apiKey")
public class ImportResource {

    /** The body: the URL to download (http or https, public addresses only unless configured otherwise). */
    @Schema(name = "ImportRequest")
    public record ImportRequest(@Schema(required = true, examples = "https://example.com/clip.mp4") String url) {
    }

    private final ImportService imports;
    private final GatewayConfig config;

    public ImportResource(ImportService imports, GatewayConfig config) {
        this.imports = imports;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Import a video from a URL",
            description = "Checked now, downloaded in the background within size and time limits; a failed "
                    + "download makes the video FAILED with the reason.")
    @APIResponse(responseCode = "202", description = "Import queued",
            content = @Content(schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "400", description = "Not an http(s) URL, or refused (UrlNotAllowed)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Too many imports queued (ImportQueueFull)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response importUrl(ImportRequest request, @Context UriInfo uri) {
        if (request == null || request.url() == null) {
            throw new InvalidRequestException("send {\"url\": \"https://…\"}");
        }
        return Accepted.response(imports.start(request.url()), uri, config, Map.of());
    }
}
