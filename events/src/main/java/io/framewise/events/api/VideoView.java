package io.framewise.events.api;

import io.framewise.events.Face;
import io.framewise.events.ImageAsset;
import io.framewise.events.Label;
import io.framewise.events.Probe;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.Stage;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.TranscriptCreated;
import java.time.Instant;
import java.util.List;

/**
 * A video as status-svc serves it ({@code GET /videos/{id}} and the list's items on its internal API): what the
 * gateway turns into the public responses. One record for both sides; {@code ApiGoldenJsonTest} pins its JSON.
 * In a list item {@code captures} is empty and {@code allLabels} the merged labels as stored for search.
 */
public record VideoView(
        String id,
        String status,
        String filename,
        String contentType,
        Long bytes,
        String sourceBucket,
        String sourceKey,
        Probe probe,
        List<Stage> expectedStages,
        List<Stage> pendingStages,
        ImageAsset gif,
        ImageAsset webp,
        Integer capturesExpected,
        List<CaptureView> captures,
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
        Instant updatedAt,
        Instant readyAt) {

    public VideoView {
        expectedStages = expectedStages == null ? List.of() : List.copyOf(expectedStages);
        pendingStages = pendingStages == null ? List.of() : List.copyOf(pendingStages);
        captures = captures == null ? List.of() : List.copyOf(captures);
        allLabels = allLabels == null ? List.of() : List.copyOf(allLabels);
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** One capture with its labels and faces (none yet while label-svc works on it). */
    public record CaptureView(int index, long timeMs, String key, Integer width, Integer height, List<Label> labels,
                              List<Face> faces, boolean labeled) {

        public CaptureView {
            labels = labels == null ? List.of() : List.copyOf(labels);
            faces = faces == null ? List.of() : List.copyOf(faces);
        }
    }
}
