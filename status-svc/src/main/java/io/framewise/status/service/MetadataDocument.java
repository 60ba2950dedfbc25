package io.framewise.status.service;

import io.framewise.events.api.PersonSeen;
import io.framewise.events.api.RekognitionLabel;
import io.framewise.events.Face;
import io.framewise.events.Label;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.TranscriptCreated;
import io.framewise.status.domain.Capture;
import io.framewise.status.domain.Video;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code metadata.json}: S1's shape (its field names and casing, so an S1 client can read it), extended
 * with the probe, the WebP preview, faces, the known people with their timecodes, and what the storyboard,
 * transcode and transcribe stages made.
 */
public final class MetadataDocument {

    private MetadataDocument() {
    }

    public static Map<String, Object> of(Video video, List<Capture> captures, List<Label> allLabels,
                                         List<PersonSeen> people, Instant readyAt) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", video.id);
        doc.put("status", video.status.name());
        doc.put("filename", video.filename);
        doc.put("video", Map.of("bucket", nullToEmpty(video.sourceBucket), "key", nullToEmpty(video.sourceKey)));
        doc.put("gif", video.gif);
        doc.put("webp", video.webp);
        doc.put("probe", video.probe);
        List<Map<String, Object>> labels = new ArrayList<>();
        List<Map<String, Object>> faces = new ArrayList<>();
        for (Capture capture : captures) {
            labels.add(captureLabels(capture));
            for (Face face : capture.facesOrNone()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("index", capture.idx);
                entry.put("time", capture.timeMs / 1000.0);
                entry.put("face", face);
                faces.add(entry);
            }
        }
        doc.put("labels", labels);
        doc.put("allLabels", RekognitionLabel.of(allLabels));
        doc.put("faces", faces);
        doc.put("people", people);
        doc.put("peopleKey", video.peopleKey);
        putStageOutputs(doc, video);
        doc.put("models", StageModels.of(video, captures));
        doc.put("createdAt", video.createdAt);
        doc.put("readyAt", readyAt);
        return doc;
    }

    /** What the storyboard, transcode and transcribe stages made, where the video went through them. */
    static void putStageOutputs(Map<String, Object> doc, Video video) {
        StoryboardCreated storyboard = video.storyboard;
        if (storyboard != null) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("sprite", storyboard.sprite());
            entry.put("vtt", storyboard.vttKey());
            entry.put("intervalMs", storyboard.intervalMs());
            entry.put("columns", storyboard.columns());
            entry.put("rows", storyboard.rows());
            entry.put("tileWidth", storyboard.tileWidth());
            entry.put("tileHeight", storyboard.tileHeight());
            doc.put("storyboard", entry);
        }
        RenditionsCreated renditions = video.renditions;
        if (renditions != null) {
            doc.put("renditions", renditions.renditions());
            doc.put("audio", renditions.audio());
            doc.put("hls", renditions.hlsMasterKey());
        }
        TranscriptCreated transcript = video.transcript;
        if (transcript != null) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("language", transcript.language());
            entry.put("engine", transcript.engine());
            entry.put("text", transcript.text());
            entry.put("segments", transcript.segments());
            entry.put("json", transcript.jsonKey());
            entry.put("vtt", transcript.vttKey());
            doc.put("transcript", entry);
        }
    }

    private static Map<String, Object> captureLabels(Capture capture) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("index", capture.idx);
        entry.put("frame", capture.key);
        entry.put("time", capture.timeMs / 1000.0);
        entry.put("timeMs", capture.timeMs);
        entry.put("labels", RekognitionLabel.of(capture.labelsOrNone()));
        return entry;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
