package io.framewise.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.framewise.events.ImageAsset;
import io.framewise.events.Label;
import io.framewise.events.Probe;
import java.time.Instant;
import java.util.List;

/** status-svc's view of a video, as it sends it (fields the gateway does not use are ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VideoState(
        String id,
        String status,
        String filename,
        String contentType,
        Long bytes,
        String sourceBucket,
        String sourceKey,
        Probe probe,
        List<String> pendingStages,
        ImageAsset gif,
        ImageAsset webp,
        List<CaptureState> captures,
        List<Label> allLabels,
        String failedStage,
        String error,
        String metadataKey,
        Instant createdAt,
        Instant readyAt) {

    /** One capture and its labels. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CaptureState(int index, long timeMs, String key, List<Label> labels) {
    }
}
