package io.framewise.status.service;

import io.framewise.events.Label;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** S1's rule for a video's labels: merge every capture's labels by name, keep the highest confidence. */
public final class AllLabels {

    private AllLabels() {
    }

    public static List<Label> merge(List<List<Label>> perCapture) {
        Map<String, Label> best = new LinkedHashMap<>();
        for (List<Label> labels : perCapture) {
            for (Label label : labels) {
                best.merge(label.name().toLowerCase(Locale.ROOT), label, AllLabels::stronger);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Label::confidence).reversed().thenComparing(Label::name))
                .toList();
    }

    private static Label stronger(Label kept, Label other) {
        Label winner = other.confidence() > kept.confidence() ? other : kept;
        var parents = new LinkedHashSet<>(kept.parents());
        parents.addAll(other.parents());
        return new Label(winner.name(), winner.confidence(), List.copyOf(parents));
    }
}
