package io.framewise.gateway.upload.rest;

import io.framewise.events.UploadSource;
import io.framewise.gateway.core.config.GatewayConfig;
import io.framewise.gateway.core.rest.Accepted;
import io.framewise.gateway.core.rest.ApiError;
import io.framewise.gateway.upload.service.SpooledUpload;
import io.framewise.gateway.upload.service.UploadRejectedException;
import io.framewise.gateway.upload.service.UploadService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** {@code POST /videos}: a video as a multipart part named {@code file}, or as the raw request body. */
@Path("/videos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Uploads", description = "Three ways in: a direct upload, a presigned PUT, or a URL import")
@SecurityRequirement(name = "apiKey")
public class UploadResource {

    private final UploadService uploads;
    private final GatewayConfig config;

    public UploadResource(UploadService uploads, GatewayConfig config) {
        this.uploads = uploads;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    @Operation(summary = "Upload a video (multipart, part 'file')",
            description = "Spooled to disk as it streams in, typed by its bytes, stored and announced.")
    @APIResponse(responseCode = "202", description = "Accepted",
            content = @Content(schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "413", description = "Larger than the upload limit; nothing is stored",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response uploadMultipart(@RestForm("file") FileUpload file, @Context UriInfo uri) throws IOException {
        if (file == null) {
            throw new BadRequestException("no multipart part named 'file'");
        }
        // Quarkus has already spooled the part to disk and deletes it when the request ends.
        SpooledUpload upload = SpooledUpload.of(file.uploadedFile(), config.maxUploadBytes());
        return Accepted.response(uploads.ingest(upload, file.fileName(), UploadSource.UPLOAD), uri, config, Map.of());
    }

    @POST
    @Consumes({"video/*", MediaType.APPLICATION_OCTET_STREAM})
    @Blocking
    @Operation(summary = "Upload a video (raw body)",
            description = "Content-Type video/* or application/octet-stream; optional X-Filename header.")
    @APIResponse(responseCode = "202", description = "Accepted",
            content = @Content(schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "413", description = "Larger than the upload limit; nothing is stored",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response uploadRaw(InputStream body, @HeaderParam("Content-Length") Long declaredLength,
                              @HeaderParam("X-Filename") String filename, @Context UriInfo uri) throws IOException {
        if (declaredLength != null && declaredLength > config.maxUploadBytes()) {
            throw new UploadRejectedException.TooLarge(config.maxUploadBytes());
        }
        try (SpooledUpload upload = SpooledUpload.from(body, config.maxUploadBytes(), config.spoolDirectoryOrTemp())) {
            return Accepted.response(uploads.ingest(upload, filename, UploadSource.UPLOAD), uri, config, Map.of());
        }
    }
}
