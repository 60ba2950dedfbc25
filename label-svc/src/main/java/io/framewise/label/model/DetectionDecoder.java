package io.framewise.label.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a detector's raw outputs into boxes (in input pixels) with class and score, as the model's authors decode them. */
interface DetectionDecoder {

    /** The per-class NMS threshold of NanoDet's reference post-processing ({@code multiclass_nms}, IoU 0.6). */
    double NMS_IOU = 0.6;
    /** At most this many boxes per image, like the reference's {@code max_num}. */
    int MAX_DETECTIONS = 100;

    /** The graph outputs this decoder reads (only their sub-graph is converted). */
    List<String> outputs();

    /** Boxes in input pixels (corners), one per object after per-class NMS, scores &ge; {@code minScore}. */
    List<Detection> decode(Map<String, float[]> values, double minScore);

    static DetectionDecoder of(DetectorModel model, JsonNode signature) throws IOException {
        return switch (model) {
            case NANODET -> NanoDetDecoder.of(signature, model.size);
            case CENTERNET -> new CenterNetDecoder(model.size);
        };
    }

    /** Per-class NMS over all candidates, best first, at most {@link #MAX_DETECTIONS}. */
    static List<Detection> perClassNms(List<Detection> candidates) {
        Map<Integer, List<Detection>> byClass = new java.util.TreeMap<>();
        for (Detection d : candidates) byClass.computeIfAbsent(d.classIndex(), c -> new ArrayList<>()).add(d);
        List<Detection> kept = new ArrayList<>();
        for (List<Detection> same : byClass.values()) {
            kept.addAll(NonMaxSuppression.apply(same, Detection::box, Detection::score, NMS_IOU));
        }
        kept.sort(java.util.Comparator.comparingDouble(Detection::score).reversed());
        return kept.size() > MAX_DETECTIONS ? List.copyOf(kept.subList(0, MAX_DETECTIONS)) : List.copyOf(kept);
    }
}
