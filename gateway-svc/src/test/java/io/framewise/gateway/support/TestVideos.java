package io.framewise.gateway.support;

import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.FramewiseEvent;
import io.framewise.events.ImageAsset;
import io.framewise.events.Label;
import io.framewise.events.LabelsDone;
import io.framewise.events.ObjectRef;
import io.framewise.events.PreviewCreated;
import io.framewise.events.Probe;
import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.events.StorageKeys;
import io.framewise.events.UploadSource;
import io.framewise.events.VideoUploaded;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Test bytes and the stage events a real pipeline would send, for driving status-svc from the outside. */
public final class TestVideos {

    /** The first bytes of an MP4: enough for the sniffer, which never trusts names or Content-Type. */
    public static final byte[] MP4_HEAD = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};

    private TestVideos() {
    }

    public static byte[] mp4(int length) {
        return Arrays.copyOf(MP4_HEAD, length);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static VideoUploaded uploaded(String id, String filename, String contentType) {
        return VideoUploaded.create(id, new ObjectRef("framewise-source", StorageKeys.sourceVideo(id, "mp4")),
                filename, contentType, 1000, UploadSource.UPLOAD);
    }

    /** render.start, the preview, one capture with these labels, and the capture marker: the video is READY. */
    public static List<FramewiseEvent> processing(String id, Label... labels) {
        ObjectRef source = new ObjectRef("framewise-source", StorageKeys.sourceVideo(id, "mp4"));
        return List.of(
                RenderStart.create(id, source, new Probe(4000, 640, 360, 25, "h264", null, 1000, "mp4"),
                        List.of(Stage.PREVIEW, Stage.CAPTURES, Stage.LABELS)),
                PreviewCreated.create(id, new ImageAsset(StorageKeys.previewGif(id), 320, 180, 10, 5000),
                        new ImageAsset(StorageKeys.previewWebp(id), 320, 180, 10, 3000)),
                CaptureCreated.of(id, new CaptureRef(0, 1000, StorageKeys.capture(id, 0), 640, 360)),
                LabelsDone.create(id, 0, 1000, List.of(labels), List.of()),
                CaptureCreated.completion(id, 1));
    }
}
