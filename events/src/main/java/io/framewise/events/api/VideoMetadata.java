package io.framewise.events.api;

import io.framewise.events.Face;
import io.framewise.events.ImageAsset;
import io.framewise.events.MediaFile;
import io.framewise.events.ModelRef;
import io.framewise.events.Probe;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.TranscriptCreated;
import io.framewise.events.TranscriptSegment;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code {videoId}/metadata.json}, written by status-svc when a video is final: S1's metadata (the GIF, labels per
 * capture in Rekognition's shape, {@code allLabels}) and what the later stages made. Written with the contract's
 * mapper, which leaves out what is null (a stage the video did not go through). Pinned by {@code ApiGoldenJsonTest}.
 */
public record VideoMetadata(
        String id,
        String status,
        String filename,
        Source video,
        ImageAsset gif,
        ImageAsset webp,
        Probe probe,
        List<CaptureLabels> labels,
        List<RekognitionLabel> allLabels,
        List<CaptureFace> faces,
        List<PersonSeen> people,
        String peopleKey,
        Storyboard storyboard,
        List<MediaFile> renditions,
        MediaFile audio,
        String hls,
        Transcript transcript,
        Map<String, List<ModelRef>> models,
        Instant createdAt,
        Instant readyAt) {

    /** Where the uploaded video is ("" where it is not known). */
    public record Source(String bucket, String key) {
    }

    /** One capture: its image, when it is, and its labels. */
    public record CaptureLabels(int index, String frame, double time, long timeMs, List<RekognitionLabel> labels) {
    }

    /** One face found in a capture. */
    public record CaptureFace(int index, double time, Face face) {
    }

    /** The seek-preview storyboard: a sprite of tiles and the WebVTT that maps times to them. */
    public record Storyboard(ImageAsset sprite, String vtt, long intervalMs, int columns, int rows, int tileWidth,
                             int tileHeight) {

        public static Storyboard of(StoryboardCreated made) {
            return made == null ? null : new Storyboard(made.sprite(), made.vttKey(), made.intervalMs(), made.columns(),
                    made.rows(), made.tileWidth(), made.tileHeight());
        }
    }

    /** The transcript: its text and timed segments, and where its JSON and WebVTT files are. */
    public record Transcript(String language, String engine, String text, List<TranscriptSegment> segments,
                             String json, String vtt) {

        public static Transcript of(TranscriptCreated made) {
            return made == null ? null : new Transcript(made.language(), made.engine(), made.text(), made.segments(),
                    made.jsonKey(), made.vttKey());
        }
    }
}
