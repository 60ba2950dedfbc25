package io.framewise.status.rest;

import io.framewise.events.ImageAsset;
import io.framewise.events.Face;
import io.framewise.events.Label;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.TranscriptCreated;
import io.framewise.status.service.PeopleSeen;
import io.framewise.events.Probe;
import io.framewise.events.Stage;
import io.framewise.status.domain.Capture;
import io.framewise.status.domain.Video;
import io.framewise.status.service.AllLabels;
import io.framewise.status.service.CompletionRules;
import java.time.Instant;
import java.util.List;

/** A video as status-svc knows it: what the gateway turns into the public responses. */
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
        List<PeopleSeen.Person> people,
        String peopleKey,
        Instant createdAt,
        Instant updatedAt,
        Instant readyAt) {

    /** One capture with its labels and faces (none yet while label-svc works on it). */
    public record CaptureView(int index, long timeMs, String key, Integer width, Integer height, List<Label> labels,
                              List<Face> faces, boolean labeled) {
    }

    /** A list entry: no captures, and the merged labels as stored for search. */
    public static VideoView summary(Video video, List<Label> allLabels) {
        return new VideoView(video.id, video.status.name(), video.filename, video.contentType, video.bytes,
                video.sourceBucket, video.sourceKey, video.probe,
                CompletionRules.expectedStages(video), List.of(), video.gif,
                video.webp, video.capturesExpected, List.of(), allLabels,
                video.failedStage, video.error, video.metadataKey, null, null, null, List.of(), video.peopleKey,
                video.createdAt, video.updatedAt, video.readyAt);
    }

    public static VideoView of(Video video, List<Capture> captures) {
        List<CaptureView> captureViews = captures.stream().map(c -> new CaptureView(c.idx, c.timeMs, c.key, c.width,
                c.height, c.labelsOrNone(), c.facesOrNone(),
                c.labeledAt != null)).toList();
        long labeled = captureViews.stream().filter(CaptureView::labeled).count();
        return new VideoView(video.id, video.status.name(), video.filename, video.contentType, video.bytes,
                video.sourceBucket, video.sourceKey, video.probe,
                CompletionRules.expectedStages(video),
                video.status.isFinal() ? List.of() : CompletionRules.pendingStages(video, labeled),
                video.gif, video.webp,
                video.capturesExpected, captureViews,
                AllLabels.merge(captureViews.stream().map(CaptureView::labels).toList()),
                video.failedStage, video.error, video.metadataKey,
                video.storyboard,
                video.renditions,
                video.transcript, PeopleSeen.of(captures), video.peopleKey,
                video.createdAt, video.updatedAt, video.readyAt);
    }
}
