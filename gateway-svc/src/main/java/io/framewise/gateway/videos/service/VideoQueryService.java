package io.framewise.gateway.videos.service;

import io.framewise.events.ObjectRef;
import io.framewise.events.StorageKeys;
import io.framewise.events.api.VideoPage;
import io.framewise.events.api.VideoView;
import io.framewise.gateway.core.service.StateUnavailableException;
import io.framewise.gateway.upload.domain.Ingest;
import io.framewise.gateway.upload.domain.IngestState;
import io.framewise.gateway.upload.repository.IngestRepository;
import io.framewise.gateway.videos.client.StatusClient;
import io.framewise.kit.storage.ObjectStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads videos: status-svc's state with presigned links, and, for a video status-svc has not seen yet (an
 * upload awaiting its PUT, an import downloading, an upload whose event is still on its way), what the gateway
 * itself knows. Blocking (REST client and S3 presigner): call from worker threads.
 */
@ApplicationScoped
public class VideoQueryService {

    /** What the list asks for; every filter is optional. */
    public record ListQuery(String startsWith, String mediaType, String label, String status, String person,
                            String text, int page, int size) {
    }

    private final StatusClient status;
    private final ObjectStore store;
    private final IngestRepository ingests;
    private final MediaLinks mediaLinks;

    public VideoQueryService(@RestClient StatusClient status, ObjectStore store, IngestRepository ingests,
                             MediaLinks mediaLinks) {
        this.status = status;
        this.store = store;
        this.ingests = ingests;
        this.mediaLinks = mediaLinks;
    }

    public Optional<VideoSnapshot> find(String videoId) {
        if (!StorageKeys.isValidVideoId(videoId)) {
            return Optional.empty();
        }
        try {
            VideoView video = status.get(videoId);
            return Optional.of(new VideoSnapshot(VideoResponse.of(video, links(video), captureUrls(video),
                    mediaLinks.of(video)),
                    video.status().equals("READY") || video.status().equals("FAILED")));
        } catch (WebApplicationException | ProcessingException e) {
            if (StateUnavailableException.isPassing(e)) {
                throw new StateUnavailableException("status-svc cannot answer for video " + videoId, e);
            }
            if (!(e instanceof WebApplicationException answered) || answered.getResponse().getStatus() != 404) {
                throw e;
            }
        }
        Ingest ingest = QuarkusTransaction.requiringNew().call(() -> ingests.findById(videoId));
        if (ingest == null || ingest.state == IngestState.DELETED) {
            return Optional.empty();
        }
        return Optional.of(new VideoSnapshot(VideoResponse.ofIngest(ingest), ingest.state == IngestState.FAILED));
    }

    /** S2's list with paging: {@code {items, page, size, total}}. */
    public Map<String, Object> list(ListQuery query) {
        VideoPage page;
        try {
            page = status.list(query.startsWith(), query.label(), query.mediaType(), query.status(),
                    query.person(), query.text(), query.page(), query.size());
        } catch (WebApplicationException | ProcessingException e) {
            if (StateUnavailableException.isPassing(e)) {
                throw new StateUnavailableException("status-svc cannot list videos", e);
            }
            throw e;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(video -> VideoResponse.summary(video, links(video))).toList());
        body.put("page", page.page());
        body.put("size", page.size());
        body.put("total", page.total());
        body.put("totalPages", (page.total() + page.size() - 1) / page.size());
        return body;
    }

    private VideoResponse.Links links(VideoView video) {
        String videoUrl = video.sourceKey() == null ? null
                : store.presignGet(new ObjectRef(video.sourceBucket(), video.sourceKey())).toString();
        String gifUrl = video.gif() == null ? null : render(video.gif().key());
        String webpUrl = video.webp() == null ? null : render(video.webp().key());
        String metadataUrl = video.metadataKey() == null ? null : render(video.metadataKey());
        return new VideoResponse.Links(videoUrl, gifUrl, webpUrl, metadataUrl);
    }

    private Map<Integer, String> captureUrls(VideoView video) {
        Map<Integer, String> urls = new HashMap<>();
        if (video.captures() != null) {
            video.captures().stream().filter(capture -> capture.key() != null).forEach(capture -> urls.put(
                    capture.index(), store.presignGet(new ObjectRef(store.sourceBucket(), capture.key())).toString()));
        }
        return urls;
    }

    private String render(String key) {
        return store.presignGet(new ObjectRef(store.renderBucket(), key)).toString();
    }

    static List<String> pendingOf(Ingest ingest) {
        return switch (ingest.state) {
            case AWAITING_UPLOAD, VERIFYING -> List.of("upload");
            case IMPORTING -> List.of("import");
            default -> List.of("session");
        };
    }
}
