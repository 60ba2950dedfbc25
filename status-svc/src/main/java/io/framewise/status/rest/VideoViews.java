package io.framewise.status.rest;

import io.framewise.events.Label;
import io.framewise.events.api.VideoView;
import io.framewise.events.api.VideoView.CaptureView;
import io.framewise.status.service.PeopleSeen;
import io.framewise.status.domain.Capture;
import io.framewise.status.domain.Video;
import io.framewise.status.service.AllLabels;
import io.framewise.status.service.CompletionRules;
import java.util.List;

/** Turns the stored video and its captures into the API's {@link VideoView}. */
final class VideoViews {

    private VideoViews() {
    }

    /** A list entry: no captures, and the merged labels as stored for search. */
    static VideoView summary(Video video, List<Label> allLabels) {
        return new VideoView(video.id, video.status.name(), video.filename, video.contentType, video.bytes,
                video.sourceBucket, video.sourceKey, video.probe,
                CompletionRules.expectedStages(video), List.of(), video.gif,
                video.webp, video.capturesExpected, List.of(), allLabels,
                video.failedStage, video.error, video.metadataKey, null, null, null, List.of(), video.peopleKey,
                video.createdAt, video.updatedAt, video.readyAt);
    }

    static VideoView of(Video video, List<Capture> captures) {
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
