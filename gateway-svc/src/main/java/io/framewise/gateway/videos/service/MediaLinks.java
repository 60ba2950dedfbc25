package io.framewise.gateway.videos.service;

import io.framewise.events.MediaFile;
import io.framewise.events.ObjectRef;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.TranscriptCreated;
import io.framewise.events.api.VideoView;
import io.framewise.kit.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outputs beyond the preview — renditions, audio, HLS, storyboard, transcript, known people — as fields of the
 * video response with links a browser or player can use. Single files get presigned URLs. HLS playlists and the
 * storyboard's WebVTT refer to their segments and sprite by relative paths, which a presigned URL cannot carry
 * (each object needs its own signature), so those are served through the gateway ({@link
 * io.framewise.gateway.videos.rest.RenderFileResource}) under {@code /videos/{id}/files/…}, where relative paths resolve.
 */
@ApplicationScoped
public class MediaLinks {

    private final ObjectStore store;

    public MediaLinks(ObjectStore store) {
        this.store = store;
    }

    /** The extra response fields; absent for stages the video did not go through (or has not finished). */
    public Map<String, Object> of(VideoView video) {
        Map<String, Object> body = new LinkedHashMap<>();
        RenditionsCreated renditions = video.renditions();
        if (renditions != null) {
            body.put("renditions", renditions.renditions().stream().map(this::file).toList());
            body.put("audio", renditions.audio() == null ? null : file(renditions.audio()));
            body.put("hlsUrl", renditions.hlsMasterKey() == null ? null : throughGateway(video.id(),
                    renditions.hlsMasterKey()));
        }
        StoryboardCreated storyboard = video.storyboard();
        if (storyboard != null) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("vttUrl", throughGateway(video.id(), storyboard.vttKey()));
            entry.put("spriteUrl", throughGateway(video.id(), storyboard.sprite().key()));
            entry.put("intervalMs", storyboard.intervalMs());
            entry.put("columns", storyboard.columns());
            entry.put("rows", storyboard.rows());
            entry.put("tileWidth", storyboard.tileWidth());
            entry.put("tileHeight", storyboard.tileHeight());
            body.put("storyboard", entry);
        }
        TranscriptCreated transcript = video.transcript();
        if (transcript != null) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("language", transcript.language());
            entry.put("engine", transcript.engine());
            entry.put("text", transcript.text());
            entry.put("segments", transcript.segments());
            entry.put("vttUrl", presigned(transcript.vttKey()));
            entry.put("jsonUrl", presigned(transcript.jsonKey()));
            body.put("transcript", entry);
        }
        if (video.people() != null) {
            body.put("people", video.people());
        }
        if (video.peopleKey() != null) {
            body.put("peopleUrl", presigned(video.peopleKey()));
        }
        return body;
    }

    private Map<String, Object> file(MediaFile file) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", file.name());
        entry.put("url", presigned(file.key()));
        entry.put("contentType", file.contentType());
        entry.put("codec", file.codec());
        entry.put("width", file.width());
        entry.put("height", file.height());
        entry.put("bitrate", file.bitrate());
        entry.put("bytes", file.bytes());
        return entry;
    }

    private String presigned(String key) {
        return store.presignGet(new ObjectRef(store.renderBucket(), key)).toString();
    }

    /** {@code {id}/hls/master.m3u8} → {@code /videos/{id}/files/hls/master.m3u8}. */
    static String throughGateway(String videoId, String renderKey) {
        String prefix = videoId + "/";
        if (!renderKey.startsWith(prefix)) {
            throw new IllegalArgumentException("render key " + renderKey + " is not under video " + videoId);
        }
        return "/videos/" + videoId + "/files/" + renderKey.substring(prefix.length());
    }
}
