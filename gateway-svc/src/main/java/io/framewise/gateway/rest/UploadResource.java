package io.framewise.gateway.rest;

import io.framewise.events.UploadSource;
import io.framewise.gateway.config.GatewayConfig;
import io.framewise.gateway.service.SpooledUpload;
import io.framewise.gateway.service.UploadRejectedException;
import io.framewise.gateway.service.UploadService;
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
import java.net.URI;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** {@code POST /videos}: a video as a multipart part named {@code file}, or as the raw request body. */
@Path("/videos")
@Produces(MediaType.APPLICATION_JSON)
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
    public Response uploadMultipart(@RestForm("file") FileUpload file, @Context UriInfo uri) throws IOException {
        if (file == null) {
            throw new BadRequestException("no multipart part named 'file'");
        }
        // Quarkus has already spooled the part to disk and deletes it when the request ends.
        SpooledUpload upload = SpooledUpload.of(file.uploadedFile(), config.maxUploadBytes());
        return accepted(uploads.ingest(upload, file.fileName(), UploadSource.UPLOAD), uri);
    }

    @POST
    @Consumes({"video/*", MediaType.APPLICATION_OCTET_STREAM})
    @Blocking
    public Response uploadRaw(InputStream body, @HeaderParam("Content-Length") Long declaredLength,
                              @HeaderParam("X-Filename") String filename, @Context UriInfo uri) throws IOException {
        if (declaredLength != null && declaredLength > config.maxUploadBytes()) {
            throw new UploadRejectedException.TooLarge(config.maxUploadBytes());
        }
        java.nio.file.Path spoolDir = config.spoolDirectory()
                .orElse(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
        try (SpooledUpload upload = SpooledUpload.from(body, config.maxUploadBytes(), spoolDir)) {
            return accepted(uploads.ingest(upload, filename, UploadSource.UPLOAD), uri);
        }
    }

    private Response accepted(String videoId, UriInfo uri) {
        String base = config.publicUrl().orElse(uri.getBaseUri().toString()).replaceAll("/+$", "");
        URI statusUrl = URI.create(base + "/videos/" + videoId);
        return Response.accepted(Map.of("id", videoId, "statusUrl", statusUrl.toString())).location(statusUrl).build();
    }
}
