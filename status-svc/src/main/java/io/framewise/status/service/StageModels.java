package io.framewise.status.service;

import io.framewise.events.ModelRef;
import io.framewise.events.Stage;
import io.framewise.status.domain.Capture;
import io.framewise.status.domain.Video;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which models made each stage's result, as metadata.json's {@code models}: {@code {"preview": [{name, version,
 * sha256}], "labels": […], …}}, keyed by the stages' wire names in pipeline order. Each stage's list holds every
 * distinct model its events named, first seen first (labels: over all captures, since a re-run with another model
 * leaves captures labelled by both).
 */
public final class StageModels {

    private StageModels() {
    }

    /** The video's models with {@code models} added to {@code stage}'s list (duplicates dropped). */
    public static Map<String, List<ModelRef>> record(Map<String, List<ModelRef>> recorded, Stage stage,
                                                     List<ModelRef> models) {
        if (models.isEmpty()) {
            return recorded;
        }
        Map<String, List<ModelRef>> byStage = recorded == null ? new LinkedHashMap<>() : new LinkedHashMap<>(recorded);
        Set<ModelRef> merged = new LinkedHashSet<>(byStage.getOrDefault(stage.wireName(), List.of()));
        merged.addAll(models);
        byStage.put(stage.wireName(), List.copyOf(merged));
        return byStage;
    }

    /** metadata.json's {@code models}: the video's stages and its captures' labellers, in pipeline order. */
    public static Map<String, List<ModelRef>> of(Video video, List<Capture> captures) {
        Map<String, List<ModelRef>> recorded = video.models == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(video.models);
        Set<ModelRef> labellers = new LinkedHashSet<>();
        captures.forEach(capture -> labellers.addAll(capture.modelsOrNone()));
        if (!labellers.isEmpty()) {
            recorded.put(Stage.LABELS.wireName(), new ArrayList<>(labellers));
        }
        Map<String, List<ModelRef>> ordered = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            List<ModelRef> models = recorded.get(stage.wireName());
            if (models != null) {
                ordered.put(stage.wireName(), models);
            }
        }
        return ordered;
    }
}
