package io.framewise.label.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Faces and known people ({@code framewise.faces.*}): whether to look for faces, which to keep, when two match. */
@ConfigMapping(prefix = "framewise.faces")
public interface FaceConfig {

    /** Look for faces in every capture and match them against the people gallery; false: {@code faces} stays empty. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Faces narrower than this many pixels (in the capture) are dropped: below about 40 px the embedding is too
     * blurred to tell people apart (README "Faces").
     */
    @WithDefault("24")
    int minFaceSize();

    /**
     * Faces the detector scores below this (percent, 0..100) are dropped. Clear faces score 82-95; a dog's face
     * scored 58 and faces of about 30 px 30-56 (README "Faces").
     */
    @WithDefault("60")
    double minConfidence();

    /**
     * A face is someone from the gallery when its cosine similarity to one of their photos reaches this (0..1;
     * README "Faces" has the measured same-person and different-person figures behind 0.6).
     */
    @WithDefault("0.6")
    double matchThreshold();

    /** ONNX Runtime threads per face-model inference (1: captures are already handled in parallel). */
    @WithDefault("1")
    int threads();

    /** Kafka consumer settings of the gallery reader: how long one poll waits. */
    @WithDefault("PT1S")
    java.time.Duration pollTimeout();
}
