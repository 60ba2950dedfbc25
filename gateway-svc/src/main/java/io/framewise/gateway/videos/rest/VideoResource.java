package io.framewise.gateway.videos.rest;

import io.framewise.gateway.core.rest.ApiError;
import io.framewise.gateway.core.rest.Paging;
import io.framewise.gateway.core.service.InvalidRequestException;
import io.framewise.gateway.core.service.VideoNotFoundException;
import io.framewise.gateway.videos.service.VideoDeletionService;
import io.framewise.gateway.videos.service.VideoQueryService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading and deleting videos: S1's response for one, S2's filtered list, and S2's delete. */
@Path("/videos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Videos", description = "State, metadata, search and deletion")
public class VideoResource {

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;
    private static final Set<String> STATUSES = Set.of("PROCESSING", "READY", "FAILED");

    private final VideoQueryService videos;
    private final VideoDeletionService deletion;

    public VideoResource(VideoQueryService videos, VideoDeletionService deletion) {
        this.videos = videos;
        this.deletion = deletion;
    }

    @GET
    @Path("/{id}")
    @Blocking
    @Operation(summary = "A video's state and results (S1's response)",
            description = "message 'Processing video'/'Video ready'/'Error', status 0/1/-1, presigned gifUrl, "
                    + "webpUrl, videoUrl, metadataUrl, labels per capture (with a presigned captureUrl of its "
                    + "image), allLabels.")
    @APIResponse(responseCode = "200", description = "The video")
    @APIResponse(responseCode = "404", description = "Unknown or deleted (S2's NotFoundError)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Map<String, Object> get(@PathParam("id") String id) {
        return videos.find(id).orElseThrow(() -> new VideoNotFoundException(id)).body();
    }

    @GET
    @Blocking
    @Operation(summary = "Search videos (S2's filters, ANDed; unknown parameters are ignored)",
            description = "Answers {items, page, size, total, totalPages}; items are {id, name, type, status, "
                    + "labels, bytes, gifUrl, webpUrl, createdAt, readyAt}, newest first.")
    public Map<String, Object> list(
            @Parameter(description = "file name prefix") @QueryParam("startswith") String startsWith,
            @Parameter(description = "content type (video/mp4), or its top-level type (video)")
            @QueryParam("media-type") String mediaType,
            @Parameter(description = "a label name, any case") @QueryParam("label") String label,
            @Parameter(description = "PROCESSING, READY or FAILED") @QueryParam("status") String status,
            @Parameter(description = "a known person seen in the video: name (any case) or id")
            @QueryParam("person") String person,
            @Parameter(description = "words spoken in the video: full-text query over the transcripts, "
                    + "web-search syntax (\"exact phrase\", or, -word)") @QueryParam("q") String text,
            @Parameter(description = "page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "items per page, 1-100 (default 20)") @QueryParam("size") String size) {
        return videos.list(new VideoQueryService.ListQuery(startsWith, mediaType, label, status(status),
                bounded("person", person), bounded("q", text), Paging.page(page),
                Paging.size(size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)));
    }

    @DELETE
    @Path("/{id}")
    @Blocking
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Delete a video: its source, captures, renders and records",
            description = "Idempotent: 204 for a video that exists or existed (a repeated delete is 204 too), "
                    + "404 for an id never known. Safe while the video is still processing.")
    @APIResponse(responseCode = "204", description = "Deleted (now or before)")
    @APIResponse(responseCode = "404", description = "Never known",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response delete(@PathParam("id") String id) {
        deletion.delete(id);
        return Response.noContent().build();
    }

    private static String status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(upper)) {
            throw new InvalidRequestException("status must be one of processing, ready, failed");
        }
        return upper;
    }

    /** Search terms are short; a megabyte of query text is a mistake or an attack on the index. */
    private static String bounded(String name, String value) {
        if (value != null && value.length() > 200) {
            throw new InvalidRequestException(name + " must be at most 200 characters");
        }
        return value;
    }
}
