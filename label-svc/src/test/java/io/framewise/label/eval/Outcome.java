package io.framewise.label.eval;

import io.framewise.events.Label;
import io.framewise.testkit.eval.EvalPhotos.Photo;
import java.util.List;

/**
 * What one labeller said about one photo in one view: the labels the service would publish, the best raw score per
 * COCO class (for fitting the calibration) and the CPU time {@code label()} took.
 *
 * @param view "photo" (as shipped) or "frame" (in a 1280x720 capture, see {@link Captures})
 */
record Outcome(Photo photo, String view, List<Label> labels, float[] rawBest, long cpuNanos) {

    boolean right(Label l) {
        return photo.truth().contains(l.name());
    }

    long falseLabels() {
        return labels.stream().filter(l -> !right(l)).count();
    }

    boolean mainFound() {
        return labels.stream().anyMatch(l -> photo.main().contains(l.name()));
    }

    boolean topRight() {
        return !labels.isEmpty() && right(labels.get(0));
    }
}
