package io.framewise.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One fixed example of every event, pinned by the golden files. */
final class SampleEvents {

    static final String VIDEO_ID = "5f0c7a1e-2b7d-4c39-9a51-0d6f3e8b2c11";
    static final Instant AT = Instant.parse("2026-11-22T10:15:30.123Z");

    private SampleEvents() {
    }

    static UUID eventId(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    static final ImageAsset GIF = new ImageAsset(StorageKeys.previewGif(VIDEO_ID), 320, 180, 10, 482113);

    /** Golden file name (without .json) to event. */
    static Map<String, FramewiseEvent> all() {
        var events = new java.util.LinkedHashMap<String, FramewiseEvent>();
        events.put("video.uploaded", new VideoUploaded(VIDEO_ID, eventId(1), AT, "framewise-source",
                StorageKeys.sourceVideo(VIDEO_ID, "mp4"), "holiday.mp4", "video/mp4", 1_048_576,
                UploadSource.UPLOAD));
        events.put("render.start", new RenderStart(VIDEO_ID, eventId(2), AT,
                new ObjectRef("framewise-source", StorageKeys.sourceVideo(VIDEO_ID, "mp4")),
                new Probe(30_000, 1280, 720, 30.0, "h264", "aac", 1_048_576, "mov,mp4,m4a,3gp,3g2,mj2"),
                List.of(Stage.PREVIEW, Stage.CAPTURES, Stage.LABELS)));
        events.put("preview.created", new PreviewCreated(VIDEO_ID, eventId(3), AT, GIF,
                new ImageAsset(StorageKeys.previewWebp(VIDEO_ID), 320, 180, 10, 201554)));
        events.put("capture.created", new CaptureCreated(VIDEO_ID, eventId(4), AT,
                new CaptureRef(2, 12_400, StorageKeys.capture(VIDEO_ID, 2), 1280, 720), false, null));
        events.put("capture.created.complete", new CaptureCreated(VIDEO_ID, eventId(5), AT, null, true, 3));
        events.put("labels.done", new LabelsDone(VIDEO_ID, eventId(6), AT, 2, 12_400,
                List.of(new Label("Dog", 97.5, List.of("Animal", "Pet")), new Label("Grass", 81.25)),
                List.of(new Face(new FaceBox(0.25, 0.1, 0.2, 0.3), "Ada Lovelace", 92.0))));
        events.put("stage.failed", new StageFailed(VIDEO_ID, eventId(7), AT, Stage.SESSION,
                "not a video: the file has no video stream", false));
        events.put("render.ready", new RenderReady(VIDEO_ID, eventId(8), AT, RenderStatus.READY,
                StorageKeys.metadata(VIDEO_ID), GIF, List.of(new Label("Dog", 97.5, List.of("Animal", "Pet"))), null));
        events.put("render.ready.failed", new RenderReady(VIDEO_ID, eventId(9), AT, RenderStatus.FAILED, null, null,
                List.of(), "not a video: the file has no video stream"));
        return events;
    }
}
