package io.framewise.gateway.videos.service;

import io.framewise.events.Label;
import io.framewise.events.api.RekognitionLabel;
import io.framewise.gateway.upload.domain.Ingest;
import io.framewise.gateway.upload.domain.IngestState;
import io.framewise.events.api.VideoView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public API's answer for one video ({@code GET /videos/{id}}), in the form of S1's metadata response:
 * {@code id, message, status (0 processing, 1 ready, -1 error), gifUrl, videoUrl, labels, allLabels}, plus fields
 * S1 lacked (webpUrl, metadataUrl, error, pending stages, faces per
 * capture, and the outputs of the later stages from {@link MediaLinks}).
 */
public final class VideoResponse {

    private VideoResponse() {
    }

    /** Presigned GET URLs, already made by the caller (null where the object does not exist yet). */
    public record Links(String videoUrl, String gifUrl, String webpUrl, String metadataUrl) {
    }

    /**
     * @param captureUrls a presigned GET URL of each capture's image, by capture index (as {@code captureUrl} in
     *                    each {@code labels[]} entry, so a page can show the captures)
     */
    public static Map<String, Object> of(VideoView video, Links links, Map<Integer, String> captureUrls,
                                         Map<String, Object> media) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", video.id());
        switch (video.status()) {
            case "READY" -> {
                body.put("message", "Video ready");
                body.put("status", 1);
            }
            case "FAILED" -> {
                body.put("message", "Error");
                body.put("status", -1);
                body.put("error", video.error());
                body.put("failedStage", video.failedStage());
            }
            default -> {
                body.put("message", "Processing video");
                body.put("status", 0);
                body.put("pendingStages", video.pendingStages());
            }
        }
        body.put("filename", video.filename());
        body.put("gifUrl", links.gifUrl());
        body.put("webpUrl", links.webpUrl());
        body.put("videoUrl", links.videoUrl());
        body.put("metadataUrl", links.metadataUrl());
        body.put("probe", video.probe());
        body.put("labels", video.captures().stream().map(c -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", c.index());
            entry.put("time", c.timeMs() / 1000.0);
            entry.put("captureUrl", captureUrls.get(c.index()));
            entry.put("labels", RekognitionLabel.of(c.labels()));
            entry.put("faces", c.faces());
            return entry;
        }).toList());
        body.put("allLabels", RekognitionLabel.of(video.allLabels()));
        body.putAll(media);
        body.put("createdAt", video.createdAt());
        body.put("readyAt", video.readyAt());
        return body;
    }

    /**
     * A video status-svc has not seen yet: what the gateway knows of it. The fields status-svc would fill are
     * there, empty, so clients need no second shape.
     */
    public static Map<String, Object> ofIngest(Ingest ingest) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", ingest.id);
        if (ingest.state == IngestState.FAILED) {
            body.put("message", "Error");
            body.put("status", -1);
            body.put("error", ingest.error);
            body.put("failedStage", "session");
        } else {
            body.put("message", ingest.state == IngestState.AWAITING_UPLOAD ? "Waiting for upload"
                    : "Processing video");
            body.put("status", 0);
            body.put("pendingStages", VideoQueryService.pendingOf(ingest));
        }
        body.put("filename", ingest.filename);
        body.put("gifUrl", null);
        body.put("webpUrl", null);
        body.put("videoUrl", null);
        body.put("metadataUrl", null);
        body.put("labels", List.of());
        body.put("allLabels", List.of());
        body.put("createdAt", ingest.createdAt);
        return body;
    }

    /** A list entry: S2's {@code name, type, labels} (label names) with the id, status and preview links. */
    public static Map<String, Object> summary(VideoView video, Links links) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", video.id());
        item.put("name", video.filename());
        item.put("type", video.contentType());
        item.put("status", video.status());
        item.put("labels", video.allLabels().stream().map(Label::name).toList());
        item.put("bytes", video.bytes());
        item.put("gifUrl", links.gifUrl());
        item.put("webpUrl", links.webpUrl());
        item.put("createdAt", video.createdAt());
        item.put("readyAt", video.readyAt());
        return item;
    }
}
