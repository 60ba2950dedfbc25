package io.framewise.status.service;

import io.framewise.events.Stage;
import io.framewise.status.domain.Video;
import java.util.ArrayList;
import java.util.List;

/**
 * When is a video done? When every stage that render.start listed has reported, judged from the stored
 * events alone: no timer, no polling.
 */
public final class CompletionRules {

    private CompletionRules() {
    }

    public static List<Stage> expectedStages(Video video) {
        return video.expectedStages == null ? List.of() : video.expectedStages;
    }

    /** The stages still owed; empty means complete. Unknown until render.start has arrived. */
    public static List<Stage> pendingStages(Video video, long labeledCaptures) {
        if (video.expectedStages == null) {
            return List.of(Stage.SESSION);
        }
        List<Stage> pending = new ArrayList<>();
        for (Stage stage : expectedStages(video)) {
            if (!isDone(stage, video, labeledCaptures)) {
                pending.add(stage);
            }
        }
        return pending;
    }

    public static boolean isComplete(Video video, long labeledCaptures) {
        return video.expectedStages != null && pendingStages(video, labeledCaptures).isEmpty();
    }

    private static boolean isDone(Stage stage, Video video, long labeledCaptures) {
        return switch (stage) {
            case SESSION -> true;
            case PREVIEW -> video.gif != null;
            case CAPTURES -> video.capturesExpected != null;
            case LABELS -> video.capturesExpected != null && labeledCaptures >= video.capturesExpected;
            case STORYBOARD -> video.storyboard != null;
            case TRANSCODE -> video.renditions != null;
            case TRANSCRIBE -> video.transcript != null;
        };
    }
}
