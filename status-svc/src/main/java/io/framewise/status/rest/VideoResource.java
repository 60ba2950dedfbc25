package io.framewise.status.rest;

import io.framewise.events.api.VideoPage;
import io.framewise.events.api.VideoView;

import io.framewise.events.StorageKeys;
import io.framewise.status.domain.VideoStatus;
import io.framewise.status.repository.CaptureRepository;
import io.framewise.status.repository.VideoLabelRepository;
import io.framewise.status.repository.TranscriptRepository;
import io.framewise.status.repository.VideoRepository;
import io.framewise.status.service.VideoDeletion;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The internal API the gateway proxies: one video, a filtered page of them, and deletion. Deleted videos
 * (tombstones) are invisible here: 404 and never listed.
 */
@Path("/videos")
@Produces(MediaType.APPLICATION_JSON)
public class VideoResource {

    private static final int MAX_PAGE_SIZE = 200;

    private final VideoRepository videos;
    private final CaptureRepository captures;
    private final VideoLabelRepository videoLabels;
    private final VideoDeletion deletion;
    private final TranscriptRepository transcripts;

    public VideoResource(VideoRepository videos, CaptureRepository captures, VideoLabelRepository videoLabels,
                         VideoDeletion deletion, TranscriptRepository transcripts) {
        this.videos = videos;
        this.captures = captures;
        this.videoLabels = videoLabels;
        this.deletion = deletion;
        this.transcripts = transcripts;
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<VideoView> get(@PathParam("id") String id) {
        return videos.findById(id)
                .onItem().ifNull().failWith(() -> notFound(id))
                .onItem().transform(video -> {
                    if (video.status == VideoStatus.DELETED) {
                        throw notFound(id);
                    }
                    return video;
                })
                .flatMap(video -> captures.ofVideo(id).map(list -> VideoViews.of(video, list)));
    }

    @GET
    @WithSession
    public Uni<VideoPage> list(@QueryParam("startswith") String namePrefix, @QueryParam("label") String label,
                               @QueryParam("media-type") String mediaType, @QueryParam("status") VideoStatus status,
                               @QueryParam("person") String person, @QueryParam("q") String text,
                               @QueryParam("page") @DefaultValue("0") int page,
                               @QueryParam("size") @DefaultValue("50") int size) {
        int boundedPage = Math.max(0, page);
        int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        Uni<List<String>> transcriptMatches = text == null || text.isBlank() ? Uni.createFrom().nullItem()
                : transcripts.matching(text.strip());
        return transcriptMatches.flatMap(ids -> videos.search(new VideoRepository.Search(namePrefix, label, mediaType,
                        status, person, ids), boundedPage, boundedSize))
                .flatMap(found -> videoLabels.ofVideos(found.videos().stream().map(v -> v.id).toList())
                        .map(labels -> new VideoPage(found.videos().stream()
                                .map(video -> VideoViews.summary(video, labels.getOrDefault(video.id, List.of())))
                                .toList(), boundedPage, boundedSize, found.total())));
    }

    /**
     * Deletes the video's rows and objects, keeping a tombstone. 204 if the video exists or existed (so a
     * repeated delete is 204 too), 404 if it was never seen, unless {@code tombstone=true}: the gateway sends
     * that for a video it has accepted but whose first event may not have arrived here yet.
     */
    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") String id, @QueryParam("tombstone") boolean tombstone) {
        if (!StorageKeys.isValidVideoId(id)) {
            return Uni.createFrom().failure(notFound(id));
        }
        return deletion.delete(id, tombstone).map(found -> found ? Response.noContent().build()
                : Response.status(Response.Status.NOT_FOUND).build());
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("video " + id + " not found");
    }
}
