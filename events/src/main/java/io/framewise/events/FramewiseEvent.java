package io.framewise.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every record on every Framewise topic carries. Records are keyed by {@link #videoId()} so one
 * video's events stay ordered in one partition; {@link #eventId()} lets consumers drop redeliveries.
 */
public sealed interface FramewiseEvent
        permits VideoUploaded, RenderStart, PreviewCreated, CaptureCreated, LabelsDone, StoryboardCreated,
        RenditionsCreated, TranscriptCreated, StageFailed, RenderReady {

    String videoId();

    UUID eventId();

    Instant at();
}
