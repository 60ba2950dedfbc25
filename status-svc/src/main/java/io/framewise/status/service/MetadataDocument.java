package io.framewise.status.service;

import io.framewise.events.api.PersonSeen;
import io.framewise.events.api.RekognitionLabel;
import io.framewise.events.api.VideoMetadata;
import io.framewise.events.Face;
import io.framewise.events.Label;
import io.framewise.events.RenditionsCreated;
import io.framewise.status.domain.Capture;
import io.framewise.status.domain.Video;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code metadata.json}: S1's shape (its field names and casing, so an S1 client can read it), extended
 * with the probe, the WebP preview, faces, the known people with their timecodes, and what the storyboard,
 * transcode and transcribe stages made.
 */
public final class MetadataDocument {

    private MetadataDocument() {
    }

    public static VideoMetadata of(Video video, List<Capture> captures, List<Label> allLabels, List<PersonSeen> people,
                                   Instant readyAt) {
        List<VideoMetadata.CaptureLabels> labels = new ArrayList<>();
        List<VideoMetadata.CaptureFace> faces = new ArrayList<>();
        for (Capture capture : captures) {
            double time = capture.timeMs / 1000.0;
            labels.add(new VideoMetadata.CaptureLabels(capture.idx, capture.key, time, capture.timeMs,
                    RekognitionLabel.of(capture.labelsOrNone())));
            for (Face face : capture.facesOrNone()) {
                faces.add(new VideoMetadata.CaptureFace(capture.idx, time, face));
            }
        }
        RenditionsCreated renditions = video.renditions;
        return new VideoMetadata(video.id, video.status.name(), video.filename,
                new VideoMetadata.Source(nullToEmpty(video.sourceBucket), nullToEmpty(video.sourceKey)),
                video.gif, video.webp, video.probe, labels, RekognitionLabel.of(allLabels), faces, people,
                video.peopleKey, VideoMetadata.Storyboard.of(video.storyboard),
                renditions == null ? null : renditions.renditions(), renditions == null ? null : renditions.audio(),
                renditions == null ? null : renditions.hlsMasterKey(),
                VideoMetadata.Transcript.of(video.transcript), StageModels.of(video, captures), video.createdAt,
                readyAt);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
