package io.framewise.label.model;

/**
 * One object a detector found: its COCO class index (0..79), score (0..1, the model's own, uncalibrated) and box in
 * fractions of the labelled image.
 */
public record Detection(int classIndex, double score, Box box) {
}
