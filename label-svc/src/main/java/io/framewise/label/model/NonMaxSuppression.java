package io.framewise.label.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Greedy non-maximum suppression, as detectors' reference post-processing does it: best score first, a candidate is
 * dropped when it overlaps a kept one by more than the IoU threshold. Detectors give several neighbouring anchors
 * per object; this keeps one box per object.
 */
final class NonMaxSuppression {

    private NonMaxSuppression() {
    }

    static <T> List<T> apply(List<T> candidates, Function<T, Box> box, ToDoubleFunction<T> score, double maxIou) {
        List<T> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(score).reversed());
        List<T> kept = new ArrayList<>();
        for (T c : sorted) {
            Box b = box.apply(c);
            if (kept.stream().noneMatch(k -> box.apply(k).iou(b) > maxIou)) kept.add(c);
        }
        return List.copyOf(kept);
    }
}
