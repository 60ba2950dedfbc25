package io.framewise.events;

import java.util.List;
import java.util.Map;

/** The Kafka topics of the event contract and the record type each one carries. */
public final class Topics {

    public static final String VIDEO_UPLOADED = "video.uploaded";
    public static final String RENDER_START = "render.start";
    /**
     * The low-priority lane: a {@link RenderStart} for re-processing (a retried stage), kept off
     * {@value #RENDER_START} so a backlog of re-runs never queues fresh uploads behind it.
     */
    public static final String RENDER_REPROCESS = "render.reprocess";
    public static final String PREVIEW_CREATED = "preview.created";
    public static final String CAPTURE_CREATED = "capture.created";
    public static final String LABELS_DONE = "labels.done";
    public static final String STORYBOARD_CREATED = "storyboard.created";
    public static final String RENDITIONS_CREATED = "renditions.created";
    public static final String TRANSCRIPT_CREATED = "transcript.created";
    public static final String STAGE_FAILED = "stage.failed";
    public static final String RENDER_READY = "render.ready";

    /**
     * The people gallery (gateway → label-svc, status-svc): a compacted topic keyed by person id carrying
     * {@link PersonEnrolled}; a null value (tombstone) removes the person. Not a video event, so not in {@link #ALL}.
     */
    public static final String PEOPLE = "people";

    /** SmallRye's dead-letter queues take the failing topic's name plus this suffix. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    /** Every topic, in pipeline order, with the record type it carries. */
    public static final Map<String, Class<? extends FramewiseEvent>> EVENT_TYPES = orderedTypes();

    /** Every topic of the contract, in pipeline order. */
    public static final List<String> ALL = List.copyOf(EVENT_TYPES.keySet());

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /**
     * The main topics and their dead-letter topics, plus the people gallery's dead-letter topic (a plain one: the
     * records label-svc could not apply): what a deployment creates with its usual partitions. {@value #PEOPLE}
     * itself is not listed, since it is compacted, in one partition.
     */
    public static List<String> allWithDeadLetters() {
        var topics = new java.util.ArrayList<>(ALL.stream().flatMap(t -> java.util.stream.Stream.of(t, deadLetter(t))).toList());
        topics.add(deadLetter(PEOPLE));
        return List.copyOf(topics);
    }

    private static Map<String, Class<? extends FramewiseEvent>> orderedTypes() {
        var types = new java.util.LinkedHashMap<String, Class<? extends FramewiseEvent>>();
        types.put(VIDEO_UPLOADED, VideoUploaded.class);
        types.put(RENDER_START, RenderStart.class);
        types.put(RENDER_REPROCESS, RenderStart.class);
        types.put(PREVIEW_CREATED, PreviewCreated.class);
        types.put(CAPTURE_CREATED, CaptureCreated.class);
        types.put(LABELS_DONE, LabelsDone.class);
        types.put(STORYBOARD_CREATED, StoryboardCreated.class);
        types.put(RENDITIONS_CREATED, RenditionsCreated.class);
        types.put(TRANSCRIPT_CREATED, TranscriptCreated.class);
        types.put(STAGE_FAILED, StageFailed.class);
        types.put(RENDER_READY, RenderReady.class);
        return java.util.Collections.unmodifiableMap(types);
    }
}
