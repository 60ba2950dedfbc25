package io.framewise.status.rest;

import io.framewise.status.domain.VideoStatus;
import io.framewise.status.repository.CaptureRepository;
import io.framewise.status.repository.VideoRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Produces;
import java.util.List;

/** The internal read API the gateway proxies: one video, or a filtered page of them. */
@Path("/videos")
@Produces(MediaType.APPLICATION_JSON)
public class VideoResource {

    private final VideoRepository videos;
    private final CaptureRepository captures;

    public VideoResource(VideoRepository videos, CaptureRepository captures) {
        this.videos = videos;
        this.captures = captures;
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<VideoView> get(@PathParam("id") String id) {
        return videos.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("video " + id + " not found"))
                .flatMap(video -> captures.ofVideo(id).map(list -> VideoView.of(video, list)));
    }

    @GET
    @WithSession
    public Uni<List<VideoView>> list(@QueryParam("startswith") String namePrefix, @QueryParam("label") String label,
                                     @QueryParam("status") VideoStatus status,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        int boundedSize = Math.max(1, Math.min(size, 200));
        return videos.search(namePrefix, label, status, Math.max(0, page), boundedSize)
                .map(list -> list.stream().map(video -> VideoView.of(video, List.of())).toList());
    }
}
