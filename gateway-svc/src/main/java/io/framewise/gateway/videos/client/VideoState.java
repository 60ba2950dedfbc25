package io.framewise.gateway.videos.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.framewise.events.Face;
import io.framewise.events.FaceBox;
import io.framewise.events.ImageAsset;
import io.framewise.events.Label;
import io.framewise.events.Probe;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.TranscriptCreated;
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
        StoryboardCreated storyboard,
        RenditionsCreated renditions,
        TranscriptCreated transcript,
        List<PersonSeen> people,
        String peopleKey,
        Instant createdAt,
        Instant readyAt) {

    /** One capture, its labels and the faces found in it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CaptureState(int index, long timeMs, String key, List<Label> labels, List<Face> faces) {
    }

    /** A known person matched in the video, with each capture they appear in. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PersonSeen(String personId, String name, List<Appearance> appearances) {
    }

    /** One matched face of a known person. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Appearance(int index, long timeMs, double time, Double similarity, FaceBox box) {
    }
}
